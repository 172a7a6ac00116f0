package org.frontlinemap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontlinemap.claims.RuleBasedClaimExtractor;
import org.frontlinemap.gazetteer.BundledGazetteer;
import org.frontlinemap.gazetteer.GazetteerStore;
import org.frontlinemap.geoparse.GazetteerGeoparser;
import org.frontlinemap.ingest.IngestOptions;
import org.frontlinemap.ingest.IngestService;
import org.frontlinemap.ingest.RawArticle;
import org.frontlinemap.store.Database;
import org.frontlinemap.zones.ZoneService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class ExportControllerTest {

    static MockMvc mvc;

    @BeforeAll
    static void setUp() {
        DataSource ds = Database.openMigrated(Database.memoryUrl("export-" + System.nanoTime()), 2);
        BundledGazetteer gazetteer = BundledGazetteer.shared();
        GazetteerStore.sync(ds, gazetteer);
        IngestService ingest = new IngestService(ds, new GazetteerGeoparser(gazetteer), new RuleBasedClaimExtractor());
        var outcome = ingest.ingest(new RawArticle("t", "s", null, LocalDate.of(2017, 6, 1), false, "ar", List.of(),
                "اشتباكات عنيفة في مدينة الرقة ومدينة الرقة محاصرة من الجهات الأربع.", "test"), IngestOptions.NONE);
        assertThat(outcome.articleId()).isNotNull();
        ZoneService zones = new ZoneService(ds, gazetteer);
        mvc = MockMvcBuilders.standaloneSetup(new ExportController(zones, ds, gazetteer)).build();
    }

    @Test
    void geoJsonHasZonesFrontLinesAndMentionedPlaces() throws Exception {
        MvcResult r = mvc.perform(get("/api/export").param("format", "geojson").param("date", "2017-09-25"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"frontline-map-2017-09-25.geojson\""))
                .andReturn();
        JsonNode fc = new ObjectMapper().readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
        long zones = count(fc, "zones");
        assertThat(zones).as("bundled zones of 2017-09-25").isPositive();
        assertThat(count(fc, "frontlines")).isPositive();
        JsonNode raqqa = null;
        for (JsonNode f : fc.path("features")) {
            if ("places".equals(f.path("properties").path("layer").asText())
                    && "raqqa".equals(f.path("properties").path("id").asText())) {
                raqqa = f;
            }
        }
        assertThat(raqqa).as("Raqqa as a mentioned place").isNotNull();
        assertThat(raqqa.path("properties").path("mentions").asLong()).isEqualTo(2);
        assertThat(raqqa.path("geometry").path("type").asText()).isEqualTo("Point");
        assertThat(raqqa.path("geometry").path("coordinates").get(0).asDouble()).isBetween(38.9, 39.1);
    }

    @Test
    void placesCountOnlyArticlesUpToTheDate() throws Exception {
        MvcResult r = mvc.perform(get("/api/export").param("date", "2017-05-31").param("layers", "places"))
                .andExpect(status().isOk()).andReturn();
        JsonNode fc = new ObjectMapper().readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(fc.path("features")).isEmpty();
        r = mvc.perform(get("/api/export").param("date", "2017-06-01").param("layers", "places"))
                .andExpect(status().isOk()).andReturn();
        fc = new ObjectMapper().readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(count(fc, "places")).isEqualTo(fc.path("features").size()).isPositive();
    }

    @Test
    void kmlAndCsvAreDownloadsOfTheirOwnType() throws Exception {
        MvcResult kml = mvc.perform(get("/api/export").param("format", "kml").param("date", "2017-09-25")
                        .param("layers", "zones,places"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/vnd.google-earth.kml+xml"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"frontline-map-2017-09-25.kml\""))
                .andReturn();
        assertThat(kml.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("<kml").contains("Placemark");
        MvcResult csv = mvc.perform(get("/api/export").param("format", "CSV").param("date", "2017-09-25"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"frontline-map-2017-09-25.csv\""))
                .andReturn();
        String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isGreaterThan(2);
        assertThat(text).contains("POLYGON").contains("POINT").contains("raqqa");
    }

    @Test
    void badParametersAre400WithAJsonError() throws Exception {
        mvc.perform(get("/api/export").param("format", "shp").param("date", "2017-09-25"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.error").value("format must be geojson, kml or csv"));
        mvc.perform(get("/api/export").param("format", "kml").param("date", "2017-02-30"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("date must be YYYY-MM-DD"));
        mvc.perform(get("/api/export").param("date", "25/09/2017"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").exists());
        mvc.perform(get("/api/export").param("date", "2017-09-25").param("layers", "zones,secrets"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").exists());
    }

    private static long count(JsonNode fc, String layer) {
        long n = 0;
        for (JsonNode f : fc.path("features")) {
            if (layer.equals(f.path("properties").path("layer").asText())) {
                n++;
            }
        }
        return n;
    }
}
