package org.frontlinemap.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * Adds the populated places (feature class P) and administrative areas (class A: districts and subdistricts) of a
 * GeoNames dump (the 19-column tab-separated format of {@code SY.txt}) to the {@code places} table, with their
 * Arabic alternate names. The whole file is checked before anything is written, and written in one transaction; a
 * second import of the same rows updates them in place.
 */
public final class GeoNamesImporter {

    public static final int COLUMNS = 19;

    /** GeoNames admin1 codes of Syria to governorate ids. */
    static final Map<String, String> SY_ADMIN1 = Map.ofEntries(Map.entry("01", "hasakah-governorate"),
            Map.entry("02", "latakia-governorate"), Map.entry("03", "quneitra-governorate"),
            Map.entry("04", "raqqa-governorate"), Map.entry("05", "suwayda-governorate"),
            Map.entry("06", "daraa-governorate"), Map.entry("07", "deir-ez-zor-governorate"),
            Map.entry("08", "rif-dimashq-governorate"), Map.entry("09", "aleppo-governorate"),
            Map.entry("10", "hama-governorate"), Map.entry("11", "homs-governorate"),
            Map.entry("12", "idlib-governorate"), Map.entry("13", "damascus-governorate"),
            Map.entry("14", "tartus-governorate"));

    /** Counts of what an import did. */
    public record Result(int inserted, int updated, int skipped) {
    }

    record Row(long geonameId, String name, String ascii, List<String> arabic, List<String> latin, double lat,
            double lon, String featureClass, String featureCode, String country, String admin1, Long population) {
    }

    private GeoNamesImporter() {
    }

    public static Result importFile(DataSource ds, Path file, Gazetteer bundled) {
        List<Row> rows = parse(file);
        String source = GazetteerStore.IMPORT_SOURCE_PREFIX + file.getFileName();
        Set<Long> known = new HashSet<>();
        Set<String> bundledIds = new HashSet<>();
        for (Place p : bundled.places()) {
            bundledIds.add(p.id());
            if (p.geonamesId() != null) {
                known.add(p.geonamesId());
            }
        }
        try (Connection c = ds.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Map<Long, String> existing = new HashMap<>();
                Set<String> usedIds = new HashSet<>(bundledIds);
                try (PreparedStatement ps = c.prepareStatement("SELECT id, geonames_id, source FROM places");
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        usedIds.add(rs.getString(1));
                        long gid = rs.getLong(2);
                        if (!rs.wasNull() && rs.getString(3).startsWith(GazetteerStore.IMPORT_SOURCE_PREFIX)) {
                            existing.put(gid, rs.getString(1));
                        }
                    }
                }
                int inserted = 0;
                int updated = 0;
                int skipped = 0;
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO places (id, kind, name_en, name_ar, "
                        + "aliases_en, aliases_ar, admin1, population, lat, lon, geonames_id, source, derived_from, geom)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                        PreparedStatement upd = c.prepareStatement("UPDATE places SET id = ?, kind = ?, name_en = ?, "
                                + "name_ar = ?, aliases_en = ?, aliases_ar = ?, admin1 = ?, population = ?, lat = ?, "
                                + "lon = ?, geonames_id = ?, source = ?, derived_from = ?, geom = ? WHERE id = ?")) {
                    for (Row r : rows) {
                        PlaceKind kind = kindOf(r);
                        if (kind == null || known.contains(r.geonameId())) {
                            skipped++;
                            continue;
                        }
                        String id = existing.get(r.geonameId());
                        boolean update = id != null;
                        if (!update) {
                            id = slug(r.ascii().isBlank() ? r.name() : r.ascii());
                            if (id.isEmpty() || usedIds.contains(id)) {
                                id = (id.isEmpty() ? "geonames" : id) + "-" + r.geonameId();
                            }
                            usedIds.add(id);
                            existing.put(r.geonameId(), id);
                        }
                        String admin1 = "SY".equals(r.country()) ? SY_ADMIN1.get(r.admin1()) : null;
                        Place p = new Place(id, kind, r.name(), r.arabic().isEmpty() ? null : r.arabic().get(0),
                                r.latin(), r.arabic().size() > 1 ? r.arabic().subList(1, r.arabic().size()) : List.of(),
                                admin1, r.population(), r.lat(), r.lon(), r.geonameId(), source);
                        Point pt = InMemoryGazetteer.WGS84.createPoint(new Coordinate(r.lon(), r.lat()));
                        pt.setSRID(4326);
                        PreparedStatement ps = update ? upd : ins;
                        GazetteerStore.bind(ps, p, null);
                        ps.setObject(14, pt);
                        if (update) {
                            ps.setString(15, id);
                            updated++;
                        } else {
                            inserted++;
                        }
                        ps.addBatch();
                    }
                    ins.executeBatch();
                    upd.executeBatch();
                }
                c.commit();
                return new Result(inserted, updated, skipped);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("import of " + file + " failed, nothing was written: " + e.getMessage(), e);
        }
    }

    static PlaceKind kindOf(Row r) {
        if ("P".equals(r.featureClass())) {
            if (r.featureCode().equals("PPLX")) {
                return PlaceKind.NEIGHBOURHOOD;
            }
            long pop = r.population() == null ? 0 : r.population();
            if (r.featureCode().equals("PPLC") || pop >= 100_000) {
                return PlaceKind.CITY;
            }
            return pop >= 10_000 ? PlaceKind.TOWN : PlaceKind.VILLAGE;
        }
        if ("A".equals(r.featureClass())) {
            // Governorates and countries come from Natural Earth with their outlines; only finer units are added.
            return switch (r.featureCode()) {
                case "ADM2" -> PlaceKind.DISTRICT;
                case "ADM3" -> PlaceKind.SUBDISTRICT;
                default -> null;
            };
        }
        return null;
    }

    /** Reads and checks every line; a bad line stops the import before anything is written. */
    static List<Row> parse(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new GeodataFormatException(name, 0, "no such file");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<Row> rows = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != COLUMNS) {
                    throw new GeodataFormatException(name, lineNo, "expected " + COLUMNS
                            + " tab-separated columns (GeoNames dump format), found " + c.length);
                }
                rows.add(row(name, lineNo, c));
            }
        } catch (CharacterCodingException e) {
            throw new GeodataFormatException(name, lineNo + 1, "not valid UTF-8", e);
        } catch (IOException e) {
            throw new GeodataFormatException(name, lineNo, "cannot read: " + e.getMessage(), e);
        }
        return rows;
    }

    private static Row row(String file, int lineNo, String[] c) {
        long id;
        double lat;
        double lon;
        try {
            id = Long.parseLong(c[0].trim());
        } catch (NumberFormatException e) {
            throw new GeodataFormatException(file, lineNo, "bad geonameid '" + c[0] + "'");
        }
        try {
            lat = Double.parseDouble(c[4].trim());
            lon = Double.parseDouble(c[5].trim());
        } catch (NumberFormatException e) {
            throw new GeodataFormatException(file, lineNo, "bad coordinates '" + c[4] + "', '" + c[5] + "'");
        }
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new GeodataFormatException(file, lineNo, "coordinates out of range: " + lat + ", " + lon);
        }
        Long pop = null;
        if (!c[14].isBlank()) {
            try {
                pop = Long.parseLong(c[14].trim());
            } catch (NumberFormatException e) {
                throw new GeodataFormatException(file, lineNo, "bad population '" + c[14] + "'");
            }
        }
        LinkedHashSet<String> arabic = new LinkedHashSet<>();
        LinkedHashSet<String> latin = new LinkedHashSet<>();
        for (String alt : c[3].split(",")) {
            String a = alt.trim();
            if (a.isEmpty() || a.length() > 200) {
                continue;
            }
            if (isArabic(a)) {
                arabic.add(a);
            } else if (isLatin(a) && !a.equals(c[1]) && latin.size() < 12) {
                latin.add(a);
            }
        }
        if (!c[2].isBlank() && !c[2].equals(c[1])) {
            latin.add(c[2]);
        }
        return new Row(id, c[1].trim(), c[2].trim(), List.copyOf(arabic), List.copyOf(latin), lat, lon, c[6].trim(),
                c[7].trim(), c[8].trim(), c[10].trim(), pop);
    }

    static boolean isArabic(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
    }

    static boolean isLatin(String s) {
        return s.codePoints().allMatch(cp -> {
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            return sc == Character.UnicodeScript.LATIN || sc == Character.UnicodeScript.COMMON
                    || sc == Character.UnicodeScript.INHERITED;
        });
    }

    static String slug(String s) {
        String f = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return f.replaceAll("['’ʼʻ`‘]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
