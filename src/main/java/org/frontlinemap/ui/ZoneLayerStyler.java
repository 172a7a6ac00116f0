package org.frontlinemap.ui;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Splits the zones GeoJSON of one date into one collection per faction (one map overlay each) and gives every
 * feature its drawing style: the faction's colour; stripes for partial or contested control; a heavy dashed outline
 * for besieged areas. Front lines and changes get their own styles. The labels travel as plain properties and are
 * shown as text by the map component.
 */
public final class ZoneLayerStyler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ZoneLayerStyler() {
    }

    /** faction id → FeatureCollection JSON, in the order the factions first appear. */
    public static Map<String, String> byFaction(String zonesFeatureCollection, boolean arabic) {
        return byFaction(zonesFeatureCollection, arabic, java.util.function.UnaryOperator.identity());
    }

    /** @param statusWords the word shown for a status code (held, contested, besieged) in the tooltip */
    public static Map<String, String> byFaction(String zonesFeatureCollection, boolean arabic,
                                                java.util.function.UnaryOperator<String> statusWords) {
        Map<String, ArrayNode> groups = new LinkedHashMap<>();
        for (JsonNode f : read(zonesFeatureCollection).path("features")) {
            ObjectNode feature = (ObjectNode) f.deepCopy();
            ObjectNode p = (ObjectNode) feature.get("properties");
            String faction = p.path("faction").asText("unknown");
            String colour = p.path("colour").asText("#888888");
            double share = p.path("share").asDouble(1.0);
            String status = p.path("status").asText("held");
            boolean partial = share < 0.999 || "contested".equals(status);
            ObjectNode style = p.putObject("style");
            style.put("color", "besieged".equals(status) ? "#000000" : colour);
            style.put("fillColor", colour);
            style.put("weight", "besieged".equals(status) ? 3 : 1);
            style.put("opacity", 0.9);
            style.put("fillOpacity", partial ? 0.55 : 0.45);
            if ("besieged".equals(status)) {
                style.put("dashArray", "6 4");
            }
            if (partial) {
                style.put("hatch", true);
            }
            p.put("label", tooltip(p, arabic, statusWords));
            p.put("id", faction + "@" + p.path("validFrom").asText() + "#" + groups.getOrDefault(faction,
                    JSON.createArrayNode()).size());
            groups.computeIfAbsent(faction, k -> JSON.createArrayNode()).add(feature);
        }
        Map<String, String> out = new LinkedHashMap<>();
        groups.forEach((faction, features) -> out.put(faction, collection(features)));
        return out;
    }

    /** All factions' styled zones in one collection (one swipe side of the comparison). */
    public static String merged(Map<String, String> byFaction) {
        ArrayNode all = JSON.createArrayNode();
        byFaction.values().forEach(fc -> read(fc).path("features").forEach(all::add));
        return collection(all);
    }

    /** Front lines: a bold neutral line with both sides and the length in the tooltip. */
    public static String frontLines(String frontLinesFeatureCollection, Map<String, String> factionNames) {
        return frontLines(frontLinesFeatureCollection, factionNames, "#111111", 3.5, null);
    }

    /** Front lines in a given line style (an earlier date's lines are drawn grey and dashed under the later ones). */
    public static String frontLines(String frontLinesFeatureCollection, Map<String, String> factionNames,
                                    String colour, double weight, String dashArray) {
        ArrayNode features = JSON.createArrayNode();
        for (JsonNode f : read(frontLinesFeatureCollection).path("features")) {
            ObjectNode feature = (ObjectNode) f.deepCopy();
            ObjectNode p = (ObjectNode) feature.get("properties");
            JsonNode sides = p.path("factions");
            String a = sides.path(0).asText(p.path("factionA").asText());
            String b = sides.path(1).asText(p.path("factionB").asText());
            p.put("label", factionNames.getOrDefault(a, a) + " | " + factionNames.getOrDefault(b, b) + " · "
                    + Math.round(p.path("lengthKm").asDouble()) + " km");
            ObjectNode style = p.putObject("style");
            style.put("color", colour);
            style.put("weight", weight);
            style.put("opacity", 0.95);
            style.put("fillOpacity", 0);
            if (dashArray != null) {
                style.put("dashArray", dashArray);
            }
            features.add(feature);
        }
        return collection(features);
    }

    /** Gains drawn striped in the faction's colour, losses outlined in it with dashes. */
    public static String changes(String changesFeatureCollection, Map<String, String> factionNames) {
        ArrayNode features = JSON.createArrayNode();
        for (JsonNode f : read(changesFeatureCollection).path("features")) {
            ObjectNode feature = (ObjectNode) f.deepCopy();
            ObjectNode p = (ObjectNode) feature.get("properties");
            if (feature.path("geometry").isNull()) {
                continue;
            }
            String colour = p.path("colour").asText("#888888");
            boolean gained = "gained".equals(p.path("change").asText());
            String faction = p.path("faction").asText();
            p.put("label", factionNames.getOrDefault(faction, faction) + " " + (gained ? "+" : "−")
                    + Math.round(p.path("areaKm2").asDouble()) + " km²");
            ObjectNode style = p.putObject("style");
            style.put("color", colour);
            style.put("fillColor", colour);
            style.put("weight", gained ? 1 : 2.5);
            style.put("fillOpacity", gained ? 0.6 : 0.0);
            if (gained) {
                style.put("hatch", true);
            } else {
                style.put("dashArray", "5 5");
            }
            features.add(feature);
        }
        return collection(features);
    }

    private static String tooltip(ObjectNode p, boolean arabic, java.util.function.UnaryOperator<String> statusWords) {
        String name = arabic ? p.path("nameAr").asText() : p.path("nameEn").asText();
        StringBuilder sb = new StringBuilder(name);
        double share = p.path("share").asDouble(1.0);
        if (share < 0.999) {
            sb.append(" · ").append(Math.round(share * 100)).append(" %");
        }
        String status = p.path("status").asText("held");
        if (!"held".equals(status)) {
            sb.append(" · ").append(statusWords.apply(status));
        }
        sb.append(" · ").append(p.path("validFrom").asText());
        return sb.toString();
    }

    private static JsonNode read(String fc) {
        try {
            return JSON.readTree(fc);
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed GeoJSON from the zone service", e);
        }
    }

    private static String collection(ArrayNode features) {
        ObjectNode fc = JSON.createObjectNode();
        fc.put("type", "FeatureCollection");
        fc.set("features", features);
        return fc.toString();
    }
}
