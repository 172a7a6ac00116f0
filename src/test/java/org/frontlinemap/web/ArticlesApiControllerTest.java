package org.frontlinemap.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.zaxxer.hikari.HikariDataSource;
import org.frontlinemap.claims.Claim;
import org.frontlinemap.claims.Relation;
import org.frontlinemap.ingest.IngestOptions;
import org.frontlinemap.ingest.IngestService;
import org.frontlinemap.ingest.KeywordGeoparser;
import org.frontlinemap.ingest.RawArticle;
import org.frontlinemap.ingest.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class ArticlesApiControllerTest {

    final HikariDataSource ds = TestDb.fresh();
    MockMvc mvc;
    long id;

    @BeforeEach
    void setUp() {
        IngestService svc = new IngestService(ds, KeywordGeoparser.syrianCities(), (text, mentions, date) ->
                mentions.isEmpty() ? List.of() : List.of(new Claim("sdf", Relation.CONTROLS, mentions.get(0).placeId(),
                        null, 0.8, null, date, false, true, 0, mentions.get(0).end(),
                        text.substring(0, mentions.get(0).end()))));
        id = svc.ingest(new RawArticle("Raqqa", "Demo", "https://example.org/r", LocalDate.of(2017, 9, 25), true, "en",
                List.of(), "The SDF holds most of Raqqa.\n\n<b>Aleppo</b> is quiet.", "t"), IngestOptions.NONE)
                .articleId();
        // the JSON settings Spring Boot applies: ISO dates, not arrays of numbers
        ObjectMapper json = Jackson2ObjectMapperBuilder.json().featuresToDisable(
                SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        mvc = MockMvcBuilders.standaloneSetup(new ArticlesApiController(ds))
                .setMessageConverters(new MappingJackson2HttpMessageConverter(json)).build();
    }

    @AfterEach
    void close() {
        ds.close();
    }

    @Test
    void placeMentions() throws Exception {
        mvc.perform(get("/api/places/raqqa/mentions").param("from", "2017-09-01").param("to", "2017-09-30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].text").value("The SDF holds most of Raqqa."))
                .andExpect(jsonPath("$.items[0].articleId").value(id))
                .andExpect(jsonPath("$.items[0].title").value("Raqqa"))
                .andExpect(jsonPath("$.items[0].source").value("Demo"))
                .andExpect(jsonPath("$.items[0].published").value("2017-09-25"))
                .andExpect(jsonPath("$.items[0].mentions[0].start").value(22))
                .andExpect(jsonPath("$.items[0].mentions[0].end").value(27));
        mvc.perform(get("/api/places/raqqa/mentions").param("from", "2018-01-01"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void articleWithSpans() throws Exception {
        mvc.perform(get("/api/articles/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.body").value("The SDF holds most of Raqqa.\n\n<b>Aleppo</b> is quiet."))
                .andExpect(jsonPath("$.dateBasis").value("metadata"))
                .andExpect(jsonPath("$.dateEstimated").value(true))
                .andExpect(jsonPath("$.paragraphs.length()").value(2))
                .andExpect(jsonPath("$.mentions[1].placeId").value("aleppo"))
                .andExpect(jsonPath("$.claims[0].actor").value("sdf"))
                .andExpect(jsonPath("$.claims[0].relation").value("controls"))
                .andExpect(jsonPath("$.claims[0].hedged").value(true));
        mvc.perform(get("/api/articles/424242")).andExpect(status().isNotFound());
    }

    @Test
    void countsTimelineAndBadParameters() throws Exception {
        mvc.perform(get("/api/places/mention-counts")).andExpect(status().isOk())
                .andExpect(jsonPath("$.raqqa").value(1)).andExpect(jsonPath("$.aleppo").value(1));
        mvc.perform(get("/api/articles/per-month")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].month").value("2017-09")).andExpect(jsonPath("$[0].articles").value(1));
        mvc.perform(get("/api/places/raqqa/mentions").param("from", "2017-02-30")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/places/raqqa/mentions").param("from", "2018-01-01").param("to", "2017-01-01"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/places/raqqa/mentions").param("size", "100000")).andExpect(status().isBadRequest());
    }
}
