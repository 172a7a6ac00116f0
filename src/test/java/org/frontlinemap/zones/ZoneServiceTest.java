package org.frontlinemap.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ZoneServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ZoneService seeded() {
        ZoneService s = new ZoneService(Shapes.database(), Shapes.gazetteer());
        String z2016 = """
                {"name": "gov", "faction": "syrian-government", "expr": "euphrates-west-bank"},
                {"name": "isis", "faction": "isis", "expr": "euphrates-east-bank"}""";
        String z2017 = """
                {"name": "gov", "faction": "syrian-government", "expr": "euphrates-west-bank"},
                {"name": "isis", "faction": "isis", "expr": "euphrates-east-bank & south-governorate"},
                {"name": "sdf", "faction": "sdf", "expr": "euphrates-east-bank - @isis"}""";
        s.loadSnapshots(List.of(snap("2016-12-22", z2016), snap("2017-10-20", z2017)));
        return s;
    }

    static Snapshot snap(String date, String zones) {
        return SnapshotComposerTest.read(date + ".json", """
                {"date": "%s", "generalised": true, "sources": [{"key": "a", "name": "Agency", "date": "%s", "facts": "f"}],
                 "zones": [%s]}""".formatted(date, date, zones));
    }

    @Test
    void zonesFeatureCollectionCarriesFactionProperties() throws Exception {
        JsonNode fc = JSON.readTree(seeded().zonesGeoJson("2017-11-01", null, null));
        assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.path("features")).hasSize(3);
        JsonNode sdf = null;
        for (JsonNode f : fc.path("features")) {
            if (f.path("properties").path("faction").asText().equals("sdf")) {
                sdf = f;
            }
        }
        assertThat(sdf).isNotNull();
        JsonNode p = sdf.path("properties");
        assertThat(p.path("colour").asText()).isEqualTo("#DDCC77");
        assertThat(p.path("nameEn").asText()).contains("SDF");
        assertThat(p.path("nameAr").asText()).isEqualTo("قوات سوريا الديمقراطية");
        assertThat(p.path("share").asDouble()).isEqualTo(1.0);
        assertThat(p.path("status").asText()).isEqualTo("held");
        assertThat(p.path("validFrom").asText()).isEqualTo("2017-10-20");
        assertThat(p.path("validTo").isNull()).isTrue();
        assertThat(p.path("sources").get(0).path("name").asText()).isEqualTo("Agency");
        assertThat(sdf.path("geometry").path("type").asText()).isEqualTo("Polygon");
        assertThat(sdf.path("geometry").has("crs")).isFalse();
    }

    @Test
    void changesGiveGainedLostAndTotals() throws Exception {
        JsonNode fc = JSON.readTree(seeded().changesGeoJson("2017-01-01", "2017-11-01", 0.0, null));
        JsonNode totals = fc.path("totals");
        double sdfGained = 0;
        double isisLost = 0;
        for (JsonNode t : totals) {
            if (t.path("faction").asText().equals("sdf")) {
                sdfGained = t.path("gainedKm2").asDouble();
            }
            if (t.path("faction").asText().equals("isis")) {
                isisLost = t.path("lostKm2").asDouble();
            }
        }
        assertThat(sdfGained).isGreaterThan(10_000).isEqualTo(isisLost);
        assertThat(fc.path("features")).anyMatch(f -> f.path("properties").path("change").asText().equals("lost"));
        assertThat(fc.path("placesChangedHands").get(0).path("placeId").asText()).isEqualTo("north-village");
    }

    @Test
    void frontLinesAsMultiLineStrings() throws Exception {
        JsonNode fc = JSON.readTree(seeded().frontLinesGeoJson("2017-11-01", null, 10));
        assertThat(fc.path("features")).hasSize(3);
        for (JsonNode f : fc.path("features")) {
            assertThat(f.path("geometry").path("type").asText()).isEqualTo("MultiLineString");
            assertThat(f.path("properties").path("factions")).hasSize(2);
            assertThat(f.path("properties").path("lengthKm").asDouble()).isGreaterThan(50);
        }
    }

    @Test
    void displacementOfFronts() throws Exception {
        JsonNode a = JSON.readTree(seeded().frontLineDisplacementJson("2017-01-01", "2017-11-01"));
        // government/isis front stays on the 38 E meridian but loses its northern half to the SDF: the part that
        // moved is up to one degree of latitude (about 111 km) away from the new line
        JsonNode govIsis = null;
        for (JsonNode d : a) {
            if (d.path("factions").toString().contains("isis") && d.path("factions").toString().contains("syrian-government")) {
                govIsis = d;
            }
        }
        assertThat(govIsis).isNotNull();
        assertThat(govIsis.path("hausdorffKm").asDouble()).isBetween(100.0, 115.0);
    }

    @Test
    void badInputIsRejectedWithAClearMessage() {
        ZoneService s = seeded();
        assertThatThrownBy(() -> s.zonesGeoJson("yesterday", null, null)).hasMessage("date 'yesterday' is not a date YYYY-MM-DD");
        assertThatThrownBy(() -> s.zonesGeoJson("1999-01-01", null, null)).hasMessageContaining("outside 2011-01-01..");
        assertThatThrownBy(() -> s.zonesGeoJson(null, null, null)).hasMessageContaining("date is missing");
        assertThatThrownBy(() -> s.changesGeoJson("2017-01-01", "2099-01-01", null, null)).hasMessageContaining("to 2099-01-01");
        assertThatThrownBy(() -> s.zonesGeoJson("2017-01-01", -1.0, null)).hasMessageContaining("tolerance");
        assertThatThrownBy(() -> s.zonesGeoJson("2017-01-01", null, 99)).hasMessageContaining("zoom");
    }

    @Test
    void prepareReportsUnknownIdsOnceAndKeepsServing() {
        ZoneService s = seeded();
        String problem = s.prepare();
        // the tiny test gazetteer lacks the real governorates the bundled snapshots name
        assertThat(problem).contains("2017-09-25.json: zone '").contains("unknown place id 'deir-ez-zor-governorate'");
        assertThat(s.prepare()).isSameAs(problem);
        assertThat(s.zonesAt(java.time.LocalDate.parse("2017-11-01"))).hasSize(3);
    }

    @Test
    void simplificationShrinksDetailedGeometries() throws Exception {
        ZoneService s = new ZoneService(Shapes.database(), Shapes.gazetteer());
        // a disc around a city has 64+ vertices; at country zoom it needs far fewer
        s.loadSnapshots(List.of(snap("2017-09-25", "{\"name\": \"t\", \"faction\": \"isis\", \"expr\": \"buffer(east-town, 40)\"}")));
        String full = s.zonesGeoJson("2017-09-26", 0.0, null);
        String country = s.zonesGeoJson("2017-09-26", null, 6);
        assertThat(country.length()).isLessThan(full.length() / 2);
    }
}
