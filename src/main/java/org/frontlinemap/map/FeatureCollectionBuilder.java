package org.frontlinemap.map;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * Builds a GeoJSON FeatureCollection from JTS geometries and property maps. Coordinates are written with a fixed
 * number of decimals (5 ≈ 1 m) so payloads stay small.
 */
public final class FeatureCollectionBuilder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GeoJsonWriter writer;
    private final ArrayNode features = JSON.createArrayNode();

    public FeatureCollectionBuilder() {
        this(5);
    }

    public FeatureCollectionBuilder(int decimals) {
        writer = new GeoJsonWriter(decimals);
        writer.setEncodeCRS(false);
    }

    /** Adds a feature; geometry may be null (a feature without location). Values go through Jackson. */
    public FeatureCollectionBuilder add(Geometry geometry, Map<String, ?> properties) {
        ObjectNode f = features.addObject();
        f.put("type", "Feature");
        if (geometry == null || geometry.isEmpty()) {
            f.putNull("geometry");
        } else {
            try {
                f.set("geometry", JSON.readTree(writer.write(geometry)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("JTS wrote invalid GeoJSON", e);
            }
        }
        f.set("properties", JSON.valueToTree(properties == null ? Map.of() : properties));
        return this;
    }

    public int size() {
        return features.size();
    }

    public JsonNode toNode() {
        ObjectNode fc = JSON.createObjectNode();
        fc.put("type", "FeatureCollection");
        fc.set("features", features);
        return fc;
    }

    @Override
    public String toString() {
        return toNode().toString();
    }
}
