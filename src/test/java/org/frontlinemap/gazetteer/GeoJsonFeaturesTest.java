package org.frontlinemap.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class GeoJsonFeaturesTest {

    private static List<GeoJsonFeatures.Feature> read(String json) {
        return GeoJsonFeatures.read("f.geojson", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsFeaturesWithProperties() {
        var fs = read("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"id\":\"x\","
                + "\"name_ar\":\"س\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[38,36],[39,35]]}}]}");
        assertThat(fs).hasSize(1);
        assertThat(fs.get(0).id()).isEqualTo("x");
        assertThat(fs.get(0).property("name_ar")).isEqualTo("س");
        assertThat(fs.get(0).geometry().getGeometryType()).isEqualTo("LineString");
    }

    @Test
    void malformedJsonNamesFileAndLine() {
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\n\"features\":[\n{\"type\":\"Feature\",,}]}"))
                .isInstanceOf(GeodataFormatException.class).hasMessageContaining("f.geojson:3")
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void missingIdOrBadGeometryIsAnError() {
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}]}"))
                .hasMessageContaining("no 'id'");
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"id\":\"a\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[1,2],[3]]]}}]}"))
                .hasMessageContaining("(a) has a bad geometry");
        assertThatThrownBy(() -> read("[1,2]")).hasMessageContaining("not a GeoJSON FeatureCollection");
    }
}
