package org.frontlinemap.export;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.kml.KMLWriter;

/**
 * Turns the GeoJSON FeatureCollections the map draws into files other tools load: GeoJSON as is, KML (Google Earth,
 * QGIS) with each feature's properties as ExtendedData, and CSV with a WKT geometry column (QGIS "delimited text").
 */
public final class FeatureExport {

    public enum Format {
        GEOJSON("geojson", "application/geo+json"),
        KML("kml", "application/vnd.google-earth.kml+xml"),
        CSV("csv", "text/csv");

        public final String extension;
        public final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public static Format of(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private FeatureExport() {
    }

    /** Merges several collections (named layers) into one list of features, each tagged with its layer. */
    public static String merge(Map<String, String> collectionsByLayer) {
        var out = JSON.createObjectNode();
        out.put("type", "FeatureCollection");
        var features = out.putArray("features");
        collectionsByLayer.forEach((layer, fc) -> {
            for (JsonNode f : read(fc).path("features")) {
                var copy = f.deepCopy();
                if (copy.path("properties").isObject()) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) copy.get("properties")).put("layer", layer);
                }
                features.add(copy);
            }
        });
        return out.toString();
    }

    public static String write(String featureCollection, Format format) {
        return switch (format) {
            case GEOJSON -> read(featureCollection).toString();
            case KML -> kml(featureCollection);
            case CSV -> csv(featureCollection);
        };
    }

    static String kml(String featureCollection) {
        JsonNode fc = read(featureCollection);
        KMLWriter kml = new KMLWriter();
        kml.setPrecision(5);
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><name>Frontline Map export</name>\n");
        for (JsonNode f : fc.path("features")) {
            Geometry g = geometry(f);
            if (g == null) {
                continue;
            }
            JsonNode props = f.path("properties");
            sb.append("<Placemark><name>").append(xml(label(props))).append("</name><ExtendedData>");
            Iterator<Map.Entry<String, JsonNode>> it = props.fields();
            while (it.hasNext()) {
                var e = it.next();
                if (e.getValue().isValueNode()) {
                    sb.append("<Data name=\"").append(xml(e.getKey())).append("\"><value>")
                            .append(xml(e.getValue().asText())).append("</value></Data>");
                }
            }
            sb.append("</ExtendedData>").append(kml.write(g)).append("</Placemark>\n");
        }
        sb.append("</Document></kml>\n");
        return sb.toString();
    }

    static String csv(String featureCollection) {
        JsonNode fc = read(featureCollection);
        Set<String> columns = new LinkedHashSet<>();
        for (JsonNode f : fc.path("features")) {
            f.path("properties").fields().forEachRemaining(e -> {
                if (e.getValue().isValueNode()) {
                    columns.add(e.getKey());
                }
            });
        }
        List<String> header = new ArrayList<>(columns);
        header.add("wkt");
        WKTWriter wkt = new WKTWriter();
        wkt.setPrecisionModel(new org.locationtech.jts.geom.PrecisionModel(1e5));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(header.toArray(String[]::new)).build())) {
            for (JsonNode f : fc.path("features")) {
                List<String> row = new ArrayList<>();
                for (String c : columns) {
                    JsonNode v = f.path("properties").get(c);
                    row.add(v == null || v.isNull() ? "" : v.asText());
                }
                Geometry g = geometry(f);
                row.add(g == null ? "" : wkt.write(g));
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static String label(JsonNode props) {
        for (String k : List.of("nameEn", "name", "faction", "id")) {
            if (props.hasNonNull(k)) {
                return props.get(k).asText();
            }
        }
        return "";
    }

    private static Geometry geometry(JsonNode f) {
        JsonNode g = f.get("geometry");
        if (g == null || g.isNull()) {
            return null;
        }
        try {
            return new GeoJsonReader().read(g.toString());
        } catch (ParseException e) {
            throw new IllegalArgumentException("feature with a malformed geometry: " + e.getMessage(), e);
        }
    }

    private static JsonNode read(String fc) {
        try {
            JsonNode n = JSON.readTree(fc);
            if (n == null || !"FeatureCollection".equals(n.path("type").asText())) {
                throw new IllegalArgumentException("not a GeoJSON FeatureCollection");
            }
            return n;
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed GeoJSON: " + e.getMessage(), e);
        }
    }

    private static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
