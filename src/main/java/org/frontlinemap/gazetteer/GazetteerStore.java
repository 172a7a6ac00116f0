package org.frontlinemap.gazetteer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Keeps the {@code places} table in step with the bundled geodata, and reads back places imported from GeoNames
 * dumps. Bundled rows are rewritten only when the geodata content hash (kept in {@code geodata_meta}) changes;
 * imported rows ({@code source} starting with {@value #IMPORT_SOURCE_PREFIX}) are left alone.
 */
public final class GazetteerStore {

    public static final String IMPORT_SOURCE_PREFIX = "geonames-import:";
    static final String HASH_KEY = "geodata.content-hash";

    /** What {@link #sync} did. */
    public record SyncResult(boolean written, int places, long millis) {
    }

    private GazetteerStore() {
    }

    public static SyncResult sync(DataSource ds, BundledGazetteer g) {
        long t0 = System.nanoTime();
        try (Connection c = ds.getConnection()) {
            if (g.contentHash().equals(storedHash(c))) {
                return new SyncResult(false, 0, (System.nanoTime() - t0) / 1_000_000);
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (PreparedStatement del = c.prepareStatement("DELETE FROM places WHERE source NOT LIKE ?")) {
                    del.setString(1, IMPORT_SOURCE_PREFIX + "%");
                    del.executeUpdate();
                }
                // An imported row whose id the bundled data now uses gives way; a re-import brings it back.
                try (PreparedStatement del = c.prepareStatement("DELETE FROM places WHERE id = ?")) {
                    for (Place p : g.places()) {
                        del.setString(1, p.id());
                        del.addBatch();
                    }
                    del.executeBatch();
                }
                int n = 0;
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO places (id, kind, name_en, name_ar, "
                        + "aliases_en, aliases_ar, admin1, population, lat, lon, geonames_id, source, derived_from, geom)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                    for (Place p : g.places()) {
                        bind(ins, p, g.derivedFrom(p.id()).orElse(null));
                        ins.setObject(14, g.geometry(p.id()).orElseThrow());
                        ins.addBatch();
                        if (++n % 500 == 0) {
                            ins.executeBatch();
                        }
                    }
                    ins.executeBatch();
                }
                try (PreparedStatement m = c.prepareStatement(
                        "MERGE INTO geodata_meta (name, value, updated_at) KEY (name) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
                    m.setString(1, HASH_KEY);
                    m.setString(2, g.contentHash());
                    m.executeUpdate();
                }
                c.commit();
                return new SyncResult(true, n, (System.nanoTime() - t0) / 1_000_000);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the gazetteer to the database: " + e.getMessage(), e);
        }
    }

    static void bind(PreparedStatement ps, Place p, String derivedFrom) throws SQLException {
        ps.setString(1, p.id());
        ps.setString(2, p.kind().code());
        ps.setString(3, p.nameEn());
        ps.setString(4, p.nameAr());
        ps.setString(5, String.join("|", p.aliasesEn()));
        ps.setString(6, String.join("|", p.aliasesAr()));
        ps.setString(7, p.admin1());
        if (p.population() == null) {
            ps.setNull(8, Types.BIGINT);
        } else {
            ps.setLong(8, p.population());
        }
        ps.setDouble(9, p.lat());
        ps.setDouble(10, p.lon());
        if (p.geonamesId() == null) {
            ps.setNull(11, Types.BIGINT);
        } else {
            ps.setLong(11, p.geonamesId());
        }
        ps.setString(12, p.source());
        ps.setString(13, derivedFrom);
    }

    static String storedHash(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM geodata_meta WHERE name = ?")) {
            ps.setString(1, HASH_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Places imported from GeoNames dumps (see {@link GeoNamesImporter}). */
    public static List<Place> loadImported(DataSource ds) {
        List<Place> out = new ArrayList<>();
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT id, kind, name_en, name_ar, aliases_en, aliases_ar, "
                        + "admin1, population, lat, lon, geonames_id, source FROM places WHERE source LIKE ? ORDER BY id")) {
            ps.setString(1, IMPORT_SOURCE_PREFIX + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long pop = rs.getLong(8);
                    Long population = rs.wasNull() ? null : pop;
                    long gid = rs.getLong(11);
                    Long geonamesId = rs.wasNull() ? null : gid;
                    out.add(new Place(rs.getString(1), PlaceKind.fromCode(rs.getString(2)), rs.getString(3),
                            rs.getString(4), split(rs.getString(5)), split(rs.getString(6)), rs.getString(7), population,
                            rs.getDouble(9), rs.getDouble(10), geonamesId, rs.getString(12)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read imported places: " + e.getMessage(), e);
        }
        return out;
    }

    /** The bundled gazetteer plus the places imported into the database: what the geoparser and locate see. */
    public static Gazetteer withImported(DataSource ds, Gazetteer bundled) {
        return new MergedGazetteer(bundled, loadImported(ds));
    }

    private static List<String> split(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return List.of(s.split("\\|"));
    }
}
