package org.frontlinemap.zones;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.frontlinemap.claims.Claim;
import org.frontlinemap.claims.Relation;
import org.frontlinemap.gazetteer.Gazetteer;
import org.frontlinemap.gazetteer.Place;
import org.frontlinemap.gazetteer.PlaceKind;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * Refines the curated snapshots with claims extracted from articles. A {@code controls}/{@code captured} claim
 * gives the place's area (or, with a stated share, a partial zone) to the actor from the claim's date (its validFrom,
 * else the article date) until the next snapshot; an {@code agreed_zone} on a bank with a governorate in scope gives
 * bank ∩ governorate. A scope narrows any claim the same way.
 *
 * <p>Negated claims assign nothing. Hedged claims ("reportedly", "according to") assign nothing either, because a
 * rumour should not redraw the map; instead each hedged claim that gives the same place to another actor lowers the
 * confidence of the zones asserted for that place by {@link #HEDGED_DOUBT}. Claims from different articles that give
 * the same place to different actors on the same day are all kept and marked {@code contested}.
 */
public class ClaimZoneRefiner {

    public static final double CLAIM_CONFIDENCE = 0.7;
    public static final double HEDGED_DOUBT = 0.2;
    /** A claim whose stated area is less than 1/AREA_PART of its place's area says too little to draw. */
    static final double AREA_PART = 3.0;

    /** A claim as stored, with what it came from. */
    public record ClaimRecord(long claimId, long articleId, String source, LocalDate articleDate, Claim claim) {
    }

    /** What refining did, claim by claim. */
    public record Report(List<ControlZone> zones, List<String> skipped, List<String> contested) {
    }

    private final PlaceAreas areas;
    private final FactionCatalog factions;

    public ClaimZoneRefiner(Gazetteer gazetteer, FactionCatalog factions) {
        this.areas = new PlaceAreas(gazetteer);
        this.factions = factions;
    }

    /**
     * Zones the claims imply.
     *
     * @param snapshotDates dates of the stored snapshots: a claim zone runs until the first one after its date
     */
    public Report refine(List<ClaimRecord> claims, List<LocalDate> snapshotDates) {
        return refine(claims, snapshotDates, day -> List.of());
    }

    /**
     * As {@link #refine(List, List)}, knowing the snapshot zones held on a day: an agreement that puts one party
     * on one bank and another on the other divides ground between those parties only, so an {@code agreed_zone}
     * zone leaves out what a third faction (ISIS in the Euphrates valley, say) held that day.
     */
    public Report refine(List<ClaimRecord> claims, List<LocalDate> snapshotDates,
                         java.util.function.Function<LocalDate, List<ControlZone>> snapshotZonesAt) {
        Map<Long, java.util.Set<String>> agreementParties = new java.util.HashMap<>();
        for (ClaimRecord r : claims) {
            if (r.claim().relation() == Relation.AGREED_ZONE && !r.claim().negated()) {
                agreementParties.computeIfAbsent(r.articleId(), k -> new java.util.HashSet<>()).add(r.claim().actor());
            }
        }
        List<String> skipped = new ArrayList<>();
        List<String> contested = new ArrayList<>();
        Map<String, List<ControlZone>> byPlaceDay = new LinkedHashMap<>();
        List<ClaimRecord> hedged = new ArrayList<>();
        for (ClaimRecord r : claims) {
            Claim c = r.claim();
            String label = "claim " + r.claimId() + " (" + c.actor() + " " + c.relation().code() + " " + c.placeId() + ")";
            if (!c.relation().assignsControl()) {
                skipped.add(label + ": relation does not assign control");
                continue;
            }
            if (c.negated()) {
                skipped.add(label + ": negated");
                continue;
            }
            if (c.hedged()) {
                skipped.add(label + ": hedged, lowers confidence only");
                hedged.add(r);
                continue;
            }
            if (!factions.contains(c.actor())) {
                skipped.add(label + ": unknown faction");
                continue;
            }
            LocalDate from = c.validFrom() != null ? c.validFrom() : r.articleDate();
            if (from == null) {
                skipped.add(label + ": no date");
                continue;
            }
            try {
                ZoneDates.requireInRange("date", from);
            } catch (IllegalArgumentException e) {
                skipped.add(label + ": " + e.getMessage());
                continue;
            }
            Optional<Geometry> g;
            try {
                g = geometry(c);
            } catch (IllegalArgumentException e) {
                skipped.add(label + ": " + e.getMessage());
                continue;
            }
            if (g.isPresent() && c.relation() == Relation.AGREED_ZONE) {
                java.util.Set<String> parties = agreementParties.getOrDefault(r.articleId(), java.util.Set.of(c.actor()));
                Geometry agreed = g.get();
                for (ControlZone held : snapshotZonesAt.apply(from)) {
                    if (!parties.contains(held.faction()) && agreed.intersects(held.geometry())) {
                        agreed = Overlay.difference(agreed, held.geometry());
                    }
                }
                g = Optional.of(SnapshotComposer.polygonsOnly(agreed));
            }
            if (g.isEmpty() || g.get().isEmpty()) {
                skipped.add(label + ": place has no area in the gazetteer");
                continue;
            }
            if (c.areaKm2() != null && c.areaKm2() > 0 && GeodesicArea.km2(g.get()) > AREA_PART * c.areaKm2()) {
                // "cleared 16 km² west of the Euphrates": a foothold, not the whole bank; where is not said
                skipped.add(label + ": stated area " + c.areaKm2() + " km² is a small part of the place");
                continue;
            }
            double share = c.share() != null && c.share() > 0 && c.share() < 1 ? c.share() : 1.0;
            LocalDate to = snapshotDates.stream().filter(d -> d.isAfter(from)).findFirst().orElse(null);
            String placeKey = c.placeId() + (c.scopePlaceId() == null ? "" : "&" + c.scopePlaceId());
            Provenance prov = new Provenance(Provenance.CLAIM, null, placeKey, List.of(r.claimId()),
                    List.of(new CitedSource(r.source() == null ? "article " + r.articleId() : r.source(),
                            r.articleDate() == null ? "" : r.articleDate().toString(), evidence(c))));
            // "parts of X" with no share: the actor is in X but does not hold all of it
            ZoneStatus status = c.partial() && c.share() == null ? ZoneStatus.CONTESTED : ZoneStatus.HELD;
            ControlZone z = new ControlZone(null, c.actor(), g.get(), from, to, share, status,
                    CLAIM_CONFIDENCE, c.placeId(), r.articleId(), prov);
            byPlaceDay.computeIfAbsent(placeKey + "@" + from, k -> new ArrayList<>()).add(z);
        }
        List<ControlZone> out = new ArrayList<>();
        for (Map.Entry<String, List<ControlZone>> e : byPlaceDay.entrySet()) {
            List<ControlZone> zs = mergeSameActor(e.getValue());
            boolean conflict = conflicting(zs);
            if (conflict) {
                contested.add(e.getKey() + ": " + zs.stream().map(ControlZone::faction).distinct().toList()
                        + " all claimed; kept as contested");
                zs.replaceAll(z -> z.withStatus(ZoneStatus.CONTESTED));
            }
            out.addAll(zs);
        }
        for (ClaimRecord h : hedged) {
            for (int i = 0; i < out.size(); i++) {
                ControlZone z = out.get(i);
                if (h.claim().placeId().equals(z.placeId()) && !h.claim().actor().equals(z.faction())) {
                    out.set(i, z.withConfidence(Math.max(0, z.confidence() - HEDGED_DOUBT)));
                }
            }
        }
        return new Report(out, skipped, contested);
    }

    /**
     * Two claims conflict when they give the place to different factions that are not allies, on the word of
     * different articles: "the SDF and the coalition hold 80 % of Raqqa" in one article is one statement, not two.
     */
    private static boolean conflicting(List<ControlZone> zs) {
        for (ControlZone a : zs) {
            for (ControlZone b : zs) {
                if (!a.faction().equals(b.faction()) && !allied(a.faction(), b.faction())
                        && !java.util.Objects.equals(a.articleId(), b.articleId())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean allied(String a, String b) {
        return FrontLineTracer.DEFAULT_ALLIES.stream().anyMatch(p -> p.contains(a) && p.contains(b));
    }

    /** Several claims by one actor for the same place and day become one zone citing all of them. */
    private static List<ControlZone> mergeSameActor(List<ControlZone> zs) {
        Map<String, ControlZone> byActor = new LinkedHashMap<>();
        for (ControlZone z : zs) {
            byActor.merge(z.faction(), z, (a, b) -> {
                List<Long> ids = new ArrayList<>(a.provenance().claimIds());
                ids.addAll(b.provenance().claimIds());
                List<CitedSource> src = new ArrayList<>(a.provenance().sources());
                b.provenance().sources().stream().filter(s -> !src.contains(s)).forEach(src::add);
                Provenance p = new Provenance(Provenance.CLAIM, null, a.provenance().zoneName(), ids, src);
                Long article = a.articleId() != null && a.articleId().equals(b.articleId()) ? a.articleId() : null;
                return new ControlZone(null, a.faction(), a.geometry(), a.validFrom(), a.validTo(),
                        Math.max(a.share(), b.share()), a.status(), a.confidence(), a.placeId(), article, p);
            });
        }
        return new ArrayList<>(byActor.values());
    }

    private Optional<Geometry> geometry(Claim c) {
        Optional<Geometry> g = areas.area(c.placeId());
        if (g.isEmpty()) {
            return g;
        }
        Geometry geom = g.get();
        if (c.scopePlaceId() != null) {
            Optional<Geometry> scope = areas.area(c.scopePlaceId());
            if (scope.isPresent()) {
                geom = Overlay.intersection(geom, scope.get());
            }
        } else if (c.relation() == Relation.AGREED_ZONE && isBank(c.placeId())) {
            Optional<Geometry> country = areas.gazetteer().geometry("syria").filter(x -> x instanceof Polygonal);
            if (country.isPresent()) {
                geom = Overlay.intersection(geom, country.get());
            }
        }
        return Optional.of(SnapshotComposer.polygonsOnly(geom));
    }

    private boolean isBank(String id) {
        return areas.gazetteer().byId(id).map(Place::kind).map(k -> k == PlaceKind.BANK).orElse(id.contains("-bank"));
    }

    private static String evidence(Claim c) {
        String e = c.evidence() == null ? "" : c.evidence().strip();
        return e.length() > 300 ? e.substring(0, 300) + "…" : e;
    }

    /**
     * Reads every stored claim with its article's date and source. Uses a {@code scope_place_id} column when the
     * claims schema has one.
     */
    public static List<ClaimRecord> loadClaims(DataSource ds) {
        List<ClaimRecord> out = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            boolean hasScope = hasColumn(c, "CLAIMS", "SCOPE_PLACE_ID");
            String sql = "SELECT c.id, c.article_id, c.actor, c.relation, c.place_id, c.share, c.area_km2, c.valid_from, "
                    + "c.negated, c.hedged, c.start_off, c.end_off, c.evidence, c.partial, a.published, a.source"
                    + (hasScope ? ", c.scope_place_id" : "")
                    + " FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY c.id";
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Relation rel;
                    try {
                        rel = Relation.fromCode(rs.getString("relation"));
                    } catch (IllegalArgumentException e) {
                        continue;
                    }
                    Double share = rs.getDouble("share");
                    if (rs.wasNull()) {
                        share = null;
                    }
                    Double area = rs.getDouble("area_km2");
                    if (rs.wasNull()) {
                        area = null;
                    }
                    java.sql.Date vf = rs.getDate("valid_from");
                    java.sql.Date pub = rs.getDate("published");
                    Claim claim = new Claim(rs.getString("actor"), rel, rs.getString("place_id"),
                            hasScope ? rs.getString("scope_place_id") : null, share, area,
                            vf == null ? null : vf.toLocalDate(), rs.getBoolean("negated"), rs.getBoolean("hedged"),
                            rs.getInt("start_off"), rs.getInt("end_off"), rs.getString("evidence"),
                            rs.getBoolean("partial"));
                    out.add(new ClaimRecord(rs.getLong("id"), rs.getLong("article_id"), rs.getString("source"),
                            pub == null ? null : pub.toLocalDate(), claim));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading claims failed: " + e.getMessage(), e);
        }
        return out;
    }

    private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getColumns(null, null, table, column)) {
            if (rs.next()) {
                return true;
            }
        }
        try (ResultSet rs = md.getColumns(null, null, table.toLowerCase(Locale.ROOT), column.toLowerCase(Locale.ROOT))) {
            return rs.next();
        }
    }

    /** Re-derives all claim zones from the stored claims and replaces the old ones in one transaction. */
    public Report refineStored(ZoneStore store) {
        Report r = refine(loadClaims(store.dataSource()), store.snapshotDates(),
                day -> store.validAt(day).stream().filter(z -> Provenance.SNAPSHOT.equals(z.provenance().origin()))
                        .toList());
        store.replaceClaimZones(null, r.zones());
        return r;
    }
}
