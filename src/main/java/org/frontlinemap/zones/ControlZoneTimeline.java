package org.frontlinemap.zones;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.frontlinemap.gazetteer.Gazetteer;
import org.frontlinemap.gazetteer.InMemoryGazetteer;
import org.frontlinemap.gazetteer.Place;
import org.frontlinemap.gazetteer.PlaceKind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Zones over time. As of a day, every area shows its newest version: snapshot zones valid that day, then claim
 * zones in order of validFrom, each cutting its area out of older zones of other factions. Claim zones with the same
 * validFrom do not cut each other (the refiner marks such conflicts contested), and partial zones (share &lt; 1)
 * cut nothing because the text does not say which part changed hands.
 */
public class ControlZoneTimeline {

    /** Gains and losses of one faction between two days. */
    public record FactionChange(String faction, Geometry gained, Geometry lost, double gainedKm2, double lostKm2) {
    }

    /** A settlement whose point lay in one faction's zone at {@code from} and in another's at {@code to}. */
    public record PlaceChange(String placeId, String nameEn, String fromFaction, String toFaction,
                              Provenance evidence) {
    }

    public record Changes(LocalDate from, LocalDate to, List<FactionChange> factions, List<PlaceChange> places) {
    }

    private final ZoneStore store;
    private final Gazetteer gazetteer;

    /**
     * Zone rows never change once written (edits insert new rows with new ids), so a change computation is fully
     * determined by the ids of the zones valid at each end. Control is piecewise constant between versions, so a
     * time slider asks for the same few pairs again and again.
     */
    private final Map<String, Changes> changeCache = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Changes> eldest) {
                    return size() > 128;
                }
            });

    public ControlZoneTimeline(ZoneStore store, Gazetteer gazetteer) {
        this.store = store;
        this.gazetteer = gazetteer;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public List<ControlZone> asOf(LocalDate day) {
        ZoneDates.requireInRange("date", day);
        return newestPerArea(store.validAt(day));
    }

    /** The layering rule, public for callers that hold zones in memory. */
    public static List<ControlZone> newestPerArea(List<ControlZone> valid) {
        List<ControlZone> base = new ArrayList<>();
        List<ControlZone> claims = new ArrayList<>();
        for (ControlZone z : valid) {
            (z.provenance().fromClaims() ? claims : base).add(z);
        }
        if (claims.isEmpty()) {
            return base;
        }
        claims.sort(Comparator.comparing(ControlZone::validFrom).thenComparing(z -> z.id() == null ? 0 : z.id()));
        List<ControlZone> out = new ArrayList<>(base);
        for (ControlZone c : claims) {
            if (c.share() >= 1.0) {
                for (int i = 0; i < out.size(); i++) {
                    ControlZone older = out.get(i);
                    boolean olderInTime = !older.provenance().fromClaims() || older.validFrom().isBefore(c.validFrom());
                    if (olderInTime && !older.faction().equals(c.faction())
                            && older.geometry().getEnvelopeInternal().intersects(c.geometry().getEnvelopeInternal())
                            && older.geometry().intersects(c.geometry())) {
                        out.set(i, older.withGeometry(SnapshotComposer.polygonsOnly(Overlay.difference(older.geometry(), c.geometry()))));
                    }
                }
                out.removeIf(z -> z.geometry().isEmpty());
            }
            out.add(c);
        }
        return out;
    }

    /** Union of each faction's held and contested zones (partial zones excluded), by faction id. */
    public static Map<String, Geometry> byFaction(List<ControlZone> zones) {
        Map<String, List<Geometry>> parts = new TreeMap<>();
        for (ControlZone z : zones) {
            if (z.share() >= 1.0) {
                parts.computeIfAbsent(z.faction(), k -> new ArrayList<>()).add(z.geometry());
            }
        }
        Map<String, Geometry> out = new LinkedHashMap<>();
        parts.forEach((f, gs) -> out.put(f, SnapshotComposer.polygonsOnly(union(gs))));
        return out;
    }

    /**
     * Union of a faction's zone parts. Parts composed from one gazetteer usually form a coverage (no overlaps,
     * identical shared edges), which CoverageUnion dissolves an order of magnitude faster than a general overlay;
     * if the result is invalid or its area shows the parts overlapped, the general union is used instead.
     */
    static Geometry union(List<Geometry> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        if (parts.size() >= 16) {
            try {
                Geometry u = CoverageUnion.union(parts.toArray(new Geometry[0]));
                double sum = 0;
                for (Geometry g : parts) {
                    sum += g.getArea();
                }
                if (u != null && Math.abs(u.getArea() - sum) <= 1e-9 * Math.max(1, sum) && u.isValid()) {
                    return u;
                }
            } catch (RuntimeException e) {
                // not a clean coverage: fall through to the general union
            }
        }
        return OverlayNGRobust.union(parts);
    }

    public Changes changes(LocalDate from, LocalDate to) {
        ZoneDates.requireInRange("from", from);
        ZoneDates.requireInRange("to", to);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        List<ControlZone> a = asOf(from);
        List<ControlZone> b = asOf(to);
        String key = idKey(a) + "|" + idKey(b);
        Changes cached = key.contains("null") ? null : changeCache.get(key);
        if (cached != null) {
            return new Changes(from, to, cached.factions(), cached.places());
        }
        Changes computed = compute(from, to, a, b);
        if (!key.contains("null")) {
            changeCache.put(key, computed);
        }
        return computed;
    }

    private static String idKey(List<ControlZone> zones) {
        StringBuilder sb = new StringBuilder();
        zones.stream().map(z -> String.valueOf(z.id())).sorted().forEach(id -> sb.append(id).append(','));
        return sb.toString();
    }

    private Changes compute(LocalDate from, LocalDate to, List<ControlZone> a, List<ControlZone> b) {
        Map<String, Geometry> ua = byFaction(a);
        Map<String, Geometry> ub = byFaction(b);
        TreeSet<String> factions = new TreeSet<>(ua.keySet());
        factions.addAll(ub.keySet());
        Geometry empty = InMemoryGazetteer.WGS84.createMultiPolygon();
        List<FactionChange> fc = new ArrayList<>();
        for (String f : factions) {
            Geometry ga = ua.getOrDefault(f, empty);
            Geometry gb = ub.getOrDefault(f, empty);
            Geometry gained = SnapshotComposer.polygonsOnly(Overlay.difference(gb, ga));
            Geometry lost = SnapshotComposer.polygonsOnly(Overlay.difference(ga, gb));
            fc.add(new FactionChange(f, gained, lost, GeodesicArea.km2(gained), GeodesicArea.km2(lost)));
        }
        return new Changes(from, to, fc, placesChangedHands(a, b));
    }

    private List<PlaceChange> placesChangedHands(List<ControlZone> a, List<ControlZone> b) {
        ZoneIndex ia = new ZoneIndex(a);
        ZoneIndex ib = new ZoneIndex(b);
        List<PlaceChange> out = new ArrayList<>();
        for (Place p : gazetteer.places()) {
            if (p.kind() != PlaceKind.CITY && p.kind() != PlaceKind.TOWN && p.kind() != PlaceKind.VILLAGE) {
                continue;
            }
            Point pt = InMemoryGazetteer.WGS84.createPoint(new Coordinate(p.lon(), p.lat()));
            ControlZone za = ia.holder(pt);
            ControlZone zb = ib.holder(pt);
            if (za != null && zb != null && !za.faction().equals(zb.faction())) {
                out.add(new PlaceChange(p.id(), p.nameEn(), za.faction(), zb.faction(), zb.provenance()));
            }
        }
        return out;
    }

    /** Point lookup over a set of zones: the held, full-share zone that covers a point. */
    static final class ZoneIndex {
        private final STRtree tree = new STRtree();

        ZoneIndex(List<ControlZone> zones) {
            for (ControlZone z : zones) {
                if (z.share() >= 1.0 && z.status() == ZoneStatus.HELD) {
                    PreparedGeometry pg = PreparedGeometryFactory.prepare(z.geometry());
                    tree.insert(z.geometry().getEnvelopeInternal(), Map.entry(pg, z));
                }
            }
        }

        ControlZone holder(Point pt) {
            @SuppressWarnings("unchecked")
            List<Map.Entry<PreparedGeometry, ControlZone>> hits = tree.query(pt.getEnvelopeInternal());
            ControlZone best = null;
            for (Map.Entry<PreparedGeometry, ControlZone> e : hits) {
                if (e.getKey().covers(pt) && (best == null || e.getValue().validFrom().isAfter(best.validFrom()))) {
                    best = e.getValue();
                }
            }
            return best;
        }
    }
}
