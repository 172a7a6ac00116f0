package org.frontlinemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ZoneLayerStylerTest {

    static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[38,35],[39,35],[39,36],[38,36],[38,35]]]}";

    static String zone(String faction, String colour, double share, String status) {
        return "{\"type\":\"Feature\",\"geometry\":" + SQUARE + ",\"properties\":{\"faction\":\"" + faction
                + "\",\"nameEn\":\"" + faction + " en\",\"nameAr\":\"" + faction + " ar\",\"colour\":\"" + colour
                + "\",\"share\":" + share + ",\"status\":\"" + status + "\",\"validFrom\":\"2017-09-25\"}}";
    }

    static final String ZONES = "{\"type\":\"FeatureCollection\",\"features\":[" + zone("sdf", "#DDCC77", 1.0, "held")
            + "," + zone("isis", "#4D4D4D", 0.2, "held") + "," + zone("sdf", "#DDCC77", 1.0, "besieged") + ","
            + zone("hts", "#332288", 1.0, "contested") + "]}";

    static JsonNode style(String fc, int i) throws Exception {
        return new ObjectMapper().readTree(fc).path("features").get(i).path("properties");
    }

    @Test
    void oneLayerPerFactionWithItsColour() throws Exception {
        Map<String, String> layers = ZoneLayerStyler.byFaction(ZONES, false);
        assertThat(layers).containsOnlyKeys("sdf", "isis", "hts");
        JsonNode held = style(layers.get("sdf"), 0);
        assertThat(held.path("style").path("fillColor").asText()).isEqualTo("#DDCC77");
        assertThat(held.path("style").has("hatch")).isFalse();
        assertThat(held.path("label").asText()).isEqualTo("sdf en · 2017-09-25");
    }

    @Test
    void partialAndContestedAreStripedBesiegedIsOutlined() throws Exception {
        Map<String, String> layers = ZoneLayerStyler.byFaction(ZONES, true, s -> "[" + s + "]");
        JsonNode partial = style(layers.get("isis"), 0);
        assertThat(partial.path("style").path("hatch").asBoolean()).isTrue();
        assertThat(partial.path("label").asText()).isEqualTo("isis ar · 20 % · 2017-09-25");
        JsonNode besieged = style(layers.get("sdf"), 1);
        assertThat(besieged.path("style").path("dashArray").asText()).isNotBlank();
        assertThat(besieged.path("style").path("color").asText()).isEqualTo("#000000");
        JsonNode contested = style(layers.get("hts"), 0);
        assertThat(contested.path("style").path("hatch").asBoolean()).isTrue();
        assertThat(contested.path("label").asText()).contains("[contested]");
        // each feature gets an id the click handler can look up
        assertThat(style(layers.get("sdf"), 0).path("id").asText())
                .isNotEqualTo(style(layers.get("sdf"), 1).path("id").asText());
    }

    @Test
    void mergedKeepsEveryFeature() throws Exception {
        String merged = ZoneLayerStyler.merged(ZoneLayerStyler.byFaction(ZONES, false));
        assertThat(new ObjectMapper().readTree(merged).path("features").size()).isEqualTo(4);
    }
}
