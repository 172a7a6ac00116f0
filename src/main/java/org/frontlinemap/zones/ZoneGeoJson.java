package org.frontlinemap.zones;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * GeoJSON (RFC 7946) for zones, changes and front lines. Geometries are simplified by a tolerance in degrees so the
 * country view stays small, and written with 5 decimals (about 1 m).
 */
public final class ZoneGeoJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FactionCatalog factions;
    private final double tolerance;

    /** @param toleranceDegrees Douglas-Peucker tolerance, 0 for full detail */
    public ZoneGeoJson(FactionCatalog factions, double toleranceDegrees) {
        this.factions = factions;
        this.tolerance = Math.max(0, toleranceDegrees);
    }

    /** One screen pixel at a web-map zoom level, in degrees of longitude. */
    public static double toleranceForZoom(int zoom) {
        int z = Math.max(0, Math.min(20, zoom));
        return 360.0 / (256.0 * (1L << z));
    }

    public ObjectNode zones(List<ControlZone> zones) {
        ObjectNode fc = collection();
        ArrayNode features = fc.withArray("features");
        for (ControlZone z : zones) {
            ObjectNode props = factionProps(z.faction());
            props.put("share", z.share());
            props.put("status", z.status().code());
            props.put("confidence", z.confidence());
            props.put("validFrom", z.validFrom().toString());
            props.put("validTo", z.validTo() == null ? null : z.validTo().toString());
            props.put("origin", z.provenance().origin());
            if (z.provenance().snapshotId() != null) {
                props.put("snapshot", z.provenance().snapshotId());
            }
            if (z.placeId() != null) {
                props.put("placeId", z.placeId());
            }
            if (!z.provenance().claimIds().isEmpty()) {
                ArrayNode ids = props.putArray("claimIds");
                z.provenance().claimIds().forEach(ids::add);
            }
            props.set("sources", sources(z.provenance().sources()));
            props.put("areaKm2", Math.round(z.areaKm2() * 10) / 10.0);
            features.add(feature(z.geometry(), props));
        }
        return fc;
    }

    public ObjectNode changes(ControlZoneTimeline.Changes ch) {
        ObjectNode fc = collection();
        fc.put("from", ch.from().toString());
        fc.put("to", ch.to().toString());
        ArrayNode features = fc.withArray("features");
        ArrayNode totals = fc.putArray("totals");
        for (ControlZoneTimeline.FactionChange f : ch.factions()) {
            ObjectNode t = totals.addObject();
            t.put("faction", f.faction());
            t.put("gainedKm2", round(f.gainedKm2()));
            t.put("lostKm2", round(f.lostKm2()));
            t.put("netKm2", round(f.gainedKm2() - f.lostKm2()));
            if (!f.gained().isEmpty()) {
                ObjectNode p = factionProps(f.faction());
                p.put("change", "gained");
                p.put("areaKm2", round(f.gainedKm2()));
                features.add(feature(f.gained(), p));
            }
            if (!f.lost().isEmpty()) {
                ObjectNode p = factionProps(f.faction());
                p.put("change", "lost");
                p.put("areaKm2", round(f.lostKm2()));
                features.add(feature(f.lost(), p));
            }
        }
        ArrayNode places = fc.putArray("placesChangedHands");
        for (ControlZoneTimeline.PlaceChange pc : ch.places()) {
            ObjectNode p = places.addObject();
            p.put("placeId", pc.placeId());
            p.put("nameEn", pc.nameEn());
            p.put("from", pc.fromFaction());
            p.put("to", pc.toFaction());
            p.set("evidence", JSON.valueToTree(pc.evidence()));
        }
        return fc;
    }

    public ObjectNode frontLines(List<FrontLine> lines) {
        ObjectNode fc = collection();
        ArrayNode features = fc.withArray("features");
        for (FrontLine l : lines) {
            ObjectNode p = JSON.createObjectNode();
            ArrayNode f = p.putArray("factions");
            f.add(l.factionA());
            f.add(l.factionB());
            p.put("date", l.date().toString());
            p.put("lengthKm", round(l.lengthKm()));
            p.put("colourA", factions.colour(l.factionA()));
            p.put("colourB", factions.colour(l.factionB()));
            ArrayNode prov = p.putArray("provenance");
            l.provenance().stream().map(x -> x.snapshotId() != null ? "snapshot:" + x.snapshotId() + "/" + x.zoneName()
                    : "claims:" + x.claimIds()).distinct().forEach(prov::add);
            features.add(feature(l.geometry(), p));
        }
        return fc;
    }

    public static String write(JsonNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode factionProps(String faction) {
        ObjectNode p = JSON.createObjectNode();
        p.put("faction", faction);
        FactionCatalog.Faction f = factions.byId(faction).orElse(null);
        p.put("nameEn", f == null ? faction : f.nameEn());
        p.put("nameAr", f == null ? faction : f.nameAr());
        p.put("colour", factions.colour(faction));
        return p;
    }

    private static ArrayNode sources(List<CitedSource> sources) {
        ArrayNode a = JSON.createArrayNode();
        for (CitedSource s : sources) {
            if (s == null) {
                continue;
            }
            ObjectNode o = a.addObject();
            o.put("name", s.name());
            o.put("date", s.date());
            o.put("facts", s.facts());
        }
        return a;
    }

    private static ObjectNode collection() {
        ObjectNode fc = JSON.createObjectNode();
        fc.put("type", "FeatureCollection");
        fc.putArray("features");
        return fc;
    }

    private ObjectNode feature(Geometry g, ObjectNode props) {
        ObjectNode f = JSON.createObjectNode();
        f.put("type", "Feature");
        f.set("geometry", geometry(g));
        f.set("properties", props);
        return f;
    }

    private JsonNode geometry(Geometry g) {
        Geometry s = tolerance > 0 ? TopologyPreservingSimplifier.simplify(g, tolerance) : g;
        if (g instanceof org.locationtech.jts.geom.MultiLineString && s instanceof org.locationtech.jts.geom.LineString ls) {
            // front lines are promised as MultiLineStrings whatever their number of parts
            s = g.getFactory().createMultiLineString(new org.locationtech.jts.geom.LineString[]{ls});
        }
        GeoJsonWriter w = new GeoJsonWriter(5);
        w.setEncodeCRS(false);
        try {
            return JSON.readTree(w.write(s));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
