package org.frontlinemap.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/** Reads a GeoJSON FeatureCollection into features with string properties and valid JTS geometries. */
public final class GeoJsonFeatures {

    /** One feature: its {@code id} property, all properties as text, and its geometry. */
    public record Feature(String id, Map<String, String> properties, Geometry geometry) {

        public String property(String name) {
            return properties.get(name);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private GeoJsonFeatures() {
    }

    public static List<Feature> read(String fileName, InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new GeodataFormatException(fileName, loc == null ? 0 : loc.getLineNr(),
                    "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new GeodataFormatException(fileName, 0, "cannot read: " + e.getMessage(), e);
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())
                || !root.path("features").isArray()) {
            throw new GeodataFormatException(fileName, 0, "not a GeoJSON FeatureCollection");
        }
        GeoJsonReader reader = new GeoJsonReader(InMemoryGazetteer.WGS84);
        List<Feature> out = new ArrayList<>();
        int index = 0;
        for (JsonNode f : root.path("features")) {
            String where = "feature #" + index++;
            JsonNode props = f.path("properties");
            Map<String, String> p = new LinkedHashMap<>();
            props.fields().forEachRemaining(e -> p.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
            String id = p.get("id");
            if (id == null || id.isBlank()) {
                throw new GeodataFormatException(fileName, 0, where + " has no 'id' property");
            }
            if (!f.has("geometry") || f.get("geometry").isNull()) {
                throw new GeodataFormatException(fileName, 0, where + " (" + id + ") has no geometry");
            }
            Geometry g;
            try {
                g = reader.read(f.get("geometry").toString());
            } catch (ParseException | RuntimeException e) {
                throw new GeodataFormatException(fileName, 0, where + " (" + id + ") has a bad geometry: "
                        + e.getMessage(), e);
            }
            if (g.isEmpty()) {
                throw new GeodataFormatException(fileName, 0, where + " (" + id + ") has an empty geometry");
            }
            if (!g.isValid()) {
                // Natural Earth rings can touch themselves after rounding; a zero buffer repairs polygons only.
                if (g.getDimension() == 2) {
                    g = g.buffer(0);
                } else {
                    throw new GeodataFormatException(fileName, 0, where + " (" + id + ") has an invalid geometry");
                }
            }
            g.setSRID(4326);
            out.add(new Feature(id, Map.copyOf(withoutNulls(p)), g));
        }
        return out;
    }

    private static Map<String, String> withoutNulls(Map<String, String> p) {
        p.values().removeIf(v -> v == null);
        return p;
    }
}
