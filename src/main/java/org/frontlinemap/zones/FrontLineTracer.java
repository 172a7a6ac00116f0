package org.frontlinemap.zones;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.frontlinemap.gazetteer.InMemoryGazetteer;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.util.LineStringExtracter;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * Front lines: for every pair of non-allied factions whose zones meet, the part of one side's boundary that lies
 * within a small snapping tolerance of the other side. The tolerance bridges rounding gaps between zones composed
 * from different sources but is far smaller than a real gap, so gaps produce no phantom lines. Parts on the
 * country outline (international borders, coast) are dropped, as are merged pieces shorter than a minimum length.
 */
public class FrontLineTracer {

    /** Pairs that fight on the same side by default; their shared edges are not fronts. */
    public static final List<List<String>> DEFAULT_ALLIES = List.of(
            List.of("syrian-government", "iran-backed-militias"),
            List.of("syrian-government", "russia"),
            List.of("turkey", "turkish-backed-opposition"),
            List.of("sdf", "us-coalition"));

    /** Movement of one pair's front between two days. */
    public record Displacement(String factionA, String factionB, LocalDate from, LocalDate to, double hausdorffKm) {
    }

    private final double snapDegrees;
    private final double minLengthKm;
    private final Set<String> allies = new HashSet<>();
    private final Geometry outline;

    /**
     * @param snapDegrees tolerance (degrees) within which two zones count as touching; 0.002° is about 200 m
     * @param minLengthKm merged pieces shorter than this are slivers and are dropped
     * @param allies      pairs of faction ids whose shared edges are not front lines
     * @param country     the country polygon whose outline is never a front line, or null
     */
    public FrontLineTracer(double snapDegrees, double minLengthKm, Collection<List<String>> allies, Geometry country) {
        this.snapDegrees = snapDegrees;
        this.minLengthKm = minLengthKm;
        for (List<String> pair : allies) {
            this.allies.add(key(pair.get(0), pair.get(1)));
        }
        this.outline = country == null ? null : country.getBoundary().buffer(snapDegrees);
    }

    public FrontLineTracer(Geometry country) {
        this(0.002, 1.0, DEFAULT_ALLIES, country);
    }

    private static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    public boolean allied(String a, String b) {
        return allies.contains(key(a, b));
    }

    /** Front lines between the given zones (all valid on {@code date}). */
    public List<FrontLine> trace(LocalDate date, List<ControlZone> zones) {
        Map<String, Geometry> union = ControlZoneTimeline.byFaction(zones);
        Map<String, List<Provenance>> prov = new LinkedHashMap<>();
        for (ControlZone z : zones) {
            prov.computeIfAbsent(z.faction(), k -> new ArrayList<>()).add(z.provenance());
        }
        List<String> factions = new ArrayList<>(union.keySet());
        Map<String, Geometry> widened = new LinkedHashMap<>();
        List<FrontLine> out = new ArrayList<>();
        for (int i = 0; i < factions.size(); i++) {
            for (int j = i + 1; j < factions.size(); j++) {
                String a = factions.get(i);
                String b = factions.get(j);
                if (allied(a, b)) {
                    continue;
                }
                Geometry ga = union.get(a);
                Geometry gb = union.get(b);
                if (ga.isEmpty() || gb.isEmpty() || ga.getEnvelopeInternal().distance(gb.getEnvelopeInternal()) > snapDegrees
                        || ga.distance(gb) > snapDegrees) {
                    continue;
                }
                Geometry near = widened.computeIfAbsent(b, k -> gb.buffer(snapDegrees, 4));
                Geometry shared = Overlay.intersection(ga.getBoundary(), near);
                if (outline != null && !shared.isEmpty()) {
                    shared = Overlay.difference(shared, outline);
                }
                MultiLineString lines = mergeAndPrune(shared);
                if (lines.isEmpty()) {
                    continue;
                }
                List<Provenance> p = new ArrayList<>(prov.getOrDefault(a, List.of()));
                p.addAll(prov.getOrDefault(b, List.of()));
                out.add(new FrontLine(a, b, date, lines, GeodesicArea.lengthKm(lines), p));
            }
        }
        return out;
    }

    private MultiLineString mergeAndPrune(Geometry shared) {
        LineMerger merger = new LineMerger();
        @SuppressWarnings("unchecked")
        List<LineString> parts = LineStringExtracter.getLines(shared);
        merger.add(parts);
        @SuppressWarnings("unchecked")
        Collection<LineString> merged = merger.getMergedLineStrings();
        List<LineString> kept = new ArrayList<>();
        for (LineString ls : merged) {
            if (GeodesicArea.lengthKm(ls) >= minLengthKm) {
                kept.add(ls);
            }
        }
        MultiLineString m = InMemoryGazetteer.WGS84.createMultiLineString(kept.toArray(new LineString[0]));
        m.setSRID(4326);
        return m;
    }

    /**
     * Hausdorff distance, in geodesic km, between each pair's front at {@code from} and at {@code to}; pairs present
     * on only one of the two days are left out.
     */
    public static List<Displacement> displacement(List<FrontLine> from, List<FrontLine> to) {
        Map<String, FrontLine> byPair = new LinkedHashMap<>();
        for (FrontLine f : from) {
            byPair.put(key(f.factionA(), f.factionB()), f);
        }
        List<Displacement> out = new ArrayList<>();
        for (FrontLine t : to) {
            FrontLine f = byPair.get(key(t.factionA(), t.factionB()));
            if (f != null) {
                out.add(new Displacement(t.factionA(), t.factionB(), f.date(), t.date(),
                        hausdorffKm(f.geometry(), t.geometry())));
            }
        }
        return out;
    }

    /** Discrete Hausdorff distance; the two witness points are measured geodesically. */
    public static double hausdorffKm(Geometry a, Geometry b) {
        DiscreteHausdorffDistance d = new DiscreteHausdorffDistance(a, b);
        d.setDensifyFraction(0.05);
        d.distance();
        Coordinate[] pts = d.getCoordinates();
        return GeodesicArea.distanceKm(pts[0], pts[1]);
    }
}
