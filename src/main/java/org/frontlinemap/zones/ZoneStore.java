package org.frontlinemap.zones;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontlinemap.gazetteer.Gazetteer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * Zone versions in table {@code control_zones} (V1 + V20). Writes happen in one transaction each, so a failed load
 * leaves the previous zones in place.
 */
public class ZoneStore {

    public static final String META_SNAPSHOT_HASH = "zones.snapshots.sha256";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final System.Logger LOG = System.getLogger(ZoneStore.class.getName());
    private static final String COLUMNS = "id, faction, valid_from, valid_to, share, status, confidence, origin, "
            + "snapshot_id, place_id, provenance, geom, zone_name, article_id";

    /** What a snapshot load did. */
    public record LoadReport(boolean loaded, String contentHash, int snapshots, int zones, List<String> warnings,
                             List<OverlapResolver.Overlap> overlaps) {
    }

    private final DataSource ds;

    public ZoneStore(DataSource ds) {
        this.ds = ds;
    }

    public DataSource dataSource() {
        return ds;
    }

    /**
     * Composes and stores the snapshots unless the same content (snapshot text and the geometries of every id they
     * name) was loaded before. Validity of each runs to the next one's date.
     */
    public LoadReport loadSnapshots(List<Snapshot> snapshots, SnapshotComposer composer, Gazetteer gazetteer) {
        List<Snapshot> sorted = new ArrayList<>(snapshots);
        sorted.sort((a, b) -> a.date().compareTo(b.date()));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).date().equals(sorted.get(i - 1).date())) {
                throw new SnapshotException(sorted.get(i).file() + " and " + sorted.get(i - 1).file()
                        + " share the date " + sorted.get(i).date());
            }
        }
        for (Snapshot s : sorted) {
            ZoneDates.requireInRange(s.file() + ": snapshot date", s.date());
        }
        String hash = contentHash(sorted, gazetteer);
        if (hash.equals(meta(META_SNAPSHOT_HASH).orElse(null))) {
            return new LoadReport(false, hash, sorted.size(), 0, List.of(), List.of());
        }
        List<String> problems = new ArrayList<>();
        sorted.forEach(s -> problems.addAll(composer.problems(s)));
        if (!problems.isEmpty()) {
            throw new SnapshotException("snapshots name unknown ids or factions:\n" + String.join("\n", problems));
        }
        List<ControlZone> all = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<OverlapResolver.Overlap> overlaps = new ArrayList<>();
        OverlapResolver resolver = new OverlapResolver(1.0);
        for (int i = 0; i < sorted.size(); i++) {
            LocalDate to = i + 1 < sorted.size() ? sorted.get(i + 1).date() : null;
            SnapshotComposer.Result r = composer.compose(sorted.get(i), to);
            warnings.addAll(r.warnings());
            OverlapResolver.Result o = resolver.resolve(r.zones());
            overlaps.addAll(o.overlaps());
            all.addAll(o.zones());
        }
        inTransaction("storing zones", c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM control_zones WHERE origin = 'snapshot'")) {
                del.executeUpdate();
            }
            insert(c, all);
            putMeta(c, META_SNAPSHOT_HASH, hash);
        });
        return new LoadReport(true, hash, sorted.size(), all.size(), warnings, overlaps);
    }

    /** SHA-256 over the snapshots' content and the WKB of every geometry they name. */
    public static String contentHash(List<Snapshot> snapshots, Gazetteer gazetteer) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            WKBWriter wkb = new WKBWriter(2);
            TreeSet<String> ids = new TreeSet<>();
            for (Snapshot s : snapshots) {
                md.update((s.id() + '\n' + s.date() + '\n').getBytes(StandardCharsets.UTF_8));
                for (Snapshot.Zone z : s.zones()) {
                    md.update((z.name() + '\t' + z.faction() + '\t' + z.expression().text() + '\t' + z.status() + '\t'
                            + z.share() + '\t' + z.confidence() + '\t' + z.sourceKeys() + '\n').getBytes(StandardCharsets.UTF_8));
                    ids.addAll(z.expression().placeIds());
                }
                for (Snapshot.Source src : s.sources()) {
                    md.update((src.key() + '\t' + src.cited() + '\n').getBytes(StandardCharsets.UTF_8));
                }
            }
            ids.add("syria");
            for (String id : ids) {
                md.update(id.getBytes(StandardCharsets.UTF_8));
                gazetteer.geometry(id).ifPresent(g -> md.update(wkb.write(g)));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Inserts zone versions in one transaction. */
    public void insert(List<ControlZone> zones) {
        inTransaction("storing zones", c -> insert(c, zones));
    }

    /** Replaces the claim zones of one article (all claim zones when articleId is null) in one transaction. */
    public void replaceClaimZones(Long articleId, List<ControlZone> zones) {
        inTransaction("storing claim zones", c -> {
            String sql = articleId == null ? "DELETE FROM control_zones WHERE origin = 'claim'"
                    : "DELETE FROM control_zones WHERE origin = 'claim' AND article_id = ?";
            try (PreparedStatement del = c.prepareStatement(sql)) {
                if (articleId != null) {
                    del.setLong(1, articleId);
                }
                del.executeUpdate();
            }
            insert(c, zones);
        });
    }

    /** Work on one connection that commits whole or not at all. */
    @FunctionalInterface
    private interface SqlWork {
        void run(Connection c) throws SQLException;
    }

    private void inTransaction(String what, SqlWork work) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(what + " failed: " + e.getMessage(), e);
        }
    }

    void insert(Connection c, List<ControlZone> zones) throws SQLException {
        String sql = "INSERT INTO control_zones (faction, valid_from, valid_to, share, status, confidence, origin, "
                + "snapshot_id, place_id, provenance, geom, zone_name, article_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (ControlZone z : zones) {
                ZoneDates.requireInRange("zone of " + z.faction() + ": validFrom", z.validFrom());
                Geometry g = z.geometry();
                if (!g.isValid()) {
                    LOG.log(System.Logger.Level.WARNING, "zone of {0} from {1} ({2}) had an invalid polygon; repaired with GeometryFixer",
                            z.faction(), z.validFrom(), z.provenance().zoneName());
                    g = org.locationtech.jts.geom.util.GeometryFixer.fix(g);
                }
                g.setSRID(4326);
                ps.setString(1, z.faction());
                ps.setDate(2, Date.valueOf(z.validFrom()));
                if (z.validTo() == null) {
                    ps.setNull(3, Types.DATE);
                } else {
                    ps.setDate(3, Date.valueOf(z.validTo()));
                }
                ps.setDouble(4, z.share());
                ps.setString(5, z.status().code());
                ps.setDouble(6, z.confidence());
                ps.setString(7, z.provenance().origin());
                ps.setString(8, z.provenance().snapshotId());
                ps.setString(9, z.placeId());
                ps.setString(10, json(z.provenance()));
                ps.setObject(11, g);
                ps.setString(12, z.provenance().zoneName());
                if (z.articleId() == null) {
                    ps.setNull(13, Types.BIGINT);
                } else {
                    ps.setLong(13, z.articleId());
                }
                ps.addBatch();
                if (++n % 500 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** Zone versions valid at the day: valid_from <= day < valid_to. */
    public List<ControlZone> validAt(LocalDate day) {
        return query("SELECT " + COLUMNS + " FROM control_zones WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?) "
                + "ORDER BY valid_from, id", day, day);
    }

    public List<ControlZone> byOrigin(String origin) {
        return query("SELECT " + COLUMNS + " FROM control_zones WHERE origin = ? ORDER BY valid_from, id", origin);
    }

    /** Dates where a stored snapshot starts or ends, ascending. */
    public List<LocalDate> snapshotDates() {
        List<LocalDate> out = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT valid_from d FROM control_zones WHERE origin = 'snapshot' UNION "
                     + "SELECT valid_to d FROM control_zones WHERE origin = 'snapshot' AND valid_to IS NOT NULL ORDER BY d");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getDate(1).toLocalDate());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading zones failed: " + e.getMessage(), e);
        }
        return out;
    }

    public int count() {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM control_zones");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("reading zones failed: " + e.getMessage(), e);
        }
    }

    private List<ControlZone> query(String sql, Object... args) {
        List<ControlZone> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof LocalDate d) {
                    ps.setDate(i + 1, Date.valueOf(d));
                } else {
                    ps.setObject(i + 1, args[i]);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading zones failed: " + e.getMessage(), e);
        }
        return out;
    }

    private static ControlZone row(ResultSet rs) throws SQLException {
        Date to = rs.getDate("valid_to");
        long article = rs.getLong("article_id");
        Long articleId = rs.wasNull() ? null : article;
        Geometry g = rs.getObject("geom", Geometry.class);
        return new ControlZone(rs.getLong("id"), rs.getString("faction"), g, rs.getDate("valid_from").toLocalDate(),
                to == null ? null : to.toLocalDate(), rs.getDouble("share"), ZoneStatus.fromCode(rs.getString("status")),
                rs.getDouble("confidence"), rs.getString("place_id"), articleId,
                provenance(rs.getString("provenance"), rs.getString("origin"), rs.getString("snapshot_id"),
                        rs.getString("zone_name")));
    }

    /** Provenance is immutable and many rows repeat it; parsing JSON per row would dominate as-of queries. */
    private static final java.util.Map<String, Provenance> PROVENANCE_CACHE = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Provenance> eldest) {
                    return size() > 20_000;
                }
            });

    private static Provenance provenance(String json, String origin, String snapshotId, String zoneName) {
        if (json != null && !json.isBlank()) {
            Provenance cached = PROVENANCE_CACHE.get(json);
            if (cached != null) {
                return cached;
            }
            try {
                Provenance p = JSON.readValue(json, Provenance.class);
                PROVENANCE_CACHE.put(json, p);
                return p;
            } catch (JsonProcessingException e) {
                // rows written by other tools may hold free text; keep what the columns say
            }
        }
        return new Provenance(origin, snapshotId, zoneName, List.of(), List.of());
    }

    static String json(Provenance p) {
        try {
            return JSON.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<String> meta(String name) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT \"VALUE\" FROM geodata_meta WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading geodata_meta failed: " + e.getMessage(), e);
        }
    }

    private static void putMeta(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "MERGE INTO geodata_meta (name, \"VALUE\", updated_at) KEY (name) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }
}
