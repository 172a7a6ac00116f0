package org.frontlinemap.gazetteer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.frontlinemap.gazetteer.GeoJsonFeatures.Feature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * Loads the bundled geodata (boundaries, hydrography, gazetteer TSVs) and derives the relative regions. Each file
 * is loaded on its own: a missing or corrupt file becomes a {@link GeodataProblem} and the rest still loads.
 */
public final class GeodataLoader {

    public static final String SYRIA = "boundaries/syria.geojson";
    public static final String NEIGHBOURS = "boundaries/neighbours.geojson";
    public static final String GOVERNORATES = "boundaries/governorates.geojson";
    public static final String HYDRO = "hydro/hydro.geojson";
    /** Earlier files win when two rows share an id: curated rows come before generated ones. */
    public static final List<String> TSV_FILES = List.of("gazetteer/curated-core.tsv", "gazetteer/curated-admin.tsv",
            "gazetteer/curated-places.tsv", "gazetteer/curated-frontline.tsv", "gazetteer/geonames.tsv");
    public static final List<String> GEOJSON_FILES = List.of(SYRIA, NEIGHBOURS, GOVERNORATES, HYDRO);

    /** Opens a file by its path under {@code geodata/}; returns null when there is no such file. */
    @FunctionalInterface
    public interface Source {
        InputStream open(String path) throws IOException;
    }

    private GeodataLoader() {
    }

    public static Source classpath(ClassLoader loader) {
        return path -> loader.getResourceAsStream("geodata/" + path);
    }

    public static BundledGazetteer load(Source source) {
        long t0 = System.nanoTime();
        long cpu0 = cpuNanos();
        List<GeodataProblem> problems = new ArrayList<>();
        MessageDigest sha = sha256();
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(TSV_FILES);
        all.addAll(GEOJSON_FILES);
        for (String f : all) {
            try (InputStream in = source.open(f)) {
                if (in == null) {
                    if (!f.equals("gazetteer/curated-admin.tsv") && !f.equals("gazetteer/curated-frontline.tsv")) {
                        problems.add(new GeodataProblem(f, 0, f + ": missing geodata file"));
                    }
                    continue;
                }
                byte[] bytes = in.readAllBytes();
                files.put(f, bytes);
                sha.update(f.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update(bytes);
            } catch (IOException e) {
                problems.add(new GeodataProblem(f, 0, f + ": cannot read: " + e.getMessage()));
            }
        }

        Map<String, Place> places = new LinkedHashMap<>();
        Map<String, Geometry> geometries = new LinkedHashMap<>();
        Map<String, String> derivedFrom = new LinkedHashMap<>();
        for (String f : TSV_FILES) {
            byte[] b = files.get(f);
            if (b == null) {
                continue;
            }
            try {
                for (Place p : GazetteerTsv.read(f, new ByteArrayInputStream(b))) {
                    if (places.putIfAbsent(p.id(), p) != null) {
                        problems.add(new GeodataProblem(f, 0, f + ": duplicate id '" + p.id() + "' skipped"));
                    }
                }
            } catch (GeodataFormatException e) {
                problems.add(GeodataProblem.of(e));
            }
        }

        Map<String, Geometry> governorates = new LinkedHashMap<>();
        for (String f : GEOJSON_FILES) {
            byte[] b = files.get(f);
            if (b == null) {
                continue;
            }
            List<Feature> features;
            try {
                features = GeoJsonFeatures.read(f, new ByteArrayInputStream(b));
            } catch (GeodataFormatException e) {
                problems.add(GeodataProblem.of(e));
                continue;
            }
            for (Feature feat : features) {
                geometries.put(feat.id(), feat.geometry());
                places.computeIfAbsent(feat.id(), id -> placeFromFeature(f, feat));
                if (f.equals(GOVERNORATES)) {
                    governorates.put(feat.id(), feat.geometry());
                }
            }
        }

        long t1 = System.nanoTime();
        derive(places, geometries, governorates, derivedFrom, problems);
        if (Boolean.getBoolean("frontline.geodata.timing")) {
            System.err.printf("geodata: read+parse %d ms, derive %d ms%n", (t1 - t0) / 1_000_000,
                    (System.nanoTime() - t1) / 1_000_000);
        }
        for (GeodataProblem p : problems) {
            System.getLogger(GeodataLoader.class.getName()).log(System.Logger.Level.WARNING, "Geodata problem: " + p);
        }
        return new BundledGazetteer(places, geometries, derivedFrom, problems, HexFormat.of().formatHex(sha.digest()),
                t0, cpu0);
    }

    private static void derive(Map<String, Place> places, Map<String, Geometry> geometries,
            Map<String, Geometry> governorates, Map<String, String> derivedFrom, List<GeodataProblem> problems) {
        List<DerivedRegions.Region> regions = new ArrayList<>();
        // The banks are cut from the union of the governorates rather than the admin-0 outline so that every
        // governorate is covered exactly by its two bank parts (the two Natural Earth layers differ by up to ~1 km).
        Geometry syria = governorates.isEmpty() ? geometries.get("syria")
                : org.locationtech.jts.operation.union.UnaryUnionOp.union(governorates.values());
        if (syria != null && syria.getNumGeometries() > 1) {
            syria = largestPart(syria);
        }
        Geometry river = geometries.get("euphrates");
        if (syria != null && river instanceof LineString line) {
            try {
                regions.addAll(DerivedRegions.banks(syria, line, governorates, places));
            } catch (RuntimeException e) {
                problems.add(new GeodataProblem(HYDRO, 0, "cannot derive the Euphrates banks: " + e.getMessage()));
            }
        } else {
            problems.add(new GeodataProblem(HYDRO, 0,
                    "Euphrates banks not derived: Syria's outline or the Euphrates line is missing"));
        }
        if (!governorates.isEmpty()) {
            try {
                regions.addAll(DerivedRegions.countrysides(governorates, places));
            } catch (RuntimeException e) {
                problems.add(new GeodataProblem(GOVERNORATES, 0, "cannot derive countrysides: " + e.getMessage()));
            }
        }
        for (DerivedRegions.Region r : regions) {
            if (places.putIfAbsent(r.place().id(), r.place()) == null) {
                geometries.put(r.place().id(), r.geometry());
                derivedFrom.put(r.place().id(), r.derivedFrom());
            }
        }
    }

    private static Geometry largestPart(Geometry g) {
        Geometry best = g.getGeometryN(0);
        for (int i = 1; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i).getArea() > best.getArea()) {
                best = g.getGeometryN(i);
            }
        }
        return best;
    }

    private static Place placeFromFeature(String file, Feature f) {
        PlaceKind kind = switch (file) {
            case SYRIA, NEIGHBOURS -> PlaceKind.COUNTRY;
            case GOVERNORATES -> PlaceKind.GOVERNORATE;
            default -> f.geometry().getDimension() == 2 ? PlaceKind.LAKE : PlaceKind.RIVER;
        };
        Point c = f.geometry().getInteriorPoint();
        return new Place(f.id(), kind, f.property("name_en"), f.property("name_ar"), List.of(), List.of(), null, null,
                c.getY(), c.getX(), null, f.properties().getOrDefault("source", file));
    }

    /** CPU time of this thread, which unlike wall time does not grow when other processes share the cores. */
    static long cpuNanos() {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
