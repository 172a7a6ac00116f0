package org.frontlinemap.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.sf.geographiclib.Geodesic;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The gazetteer shipped in the jar: boundaries, rivers, the place TSVs and the regions derived from them. Load it
 * once through {@link #shared()}; {@link #problems()} tells which files could not be read.
 */
public final class BundledGazetteer implements Gazetteer {

    /** About 200 m: fine enough for a country-scale map, coarse enough to cut most vertices. */
    public static final double DISPLAY_TOLERANCE_DEG = 0.002;

    private static volatile BundledGazetteer shared;

    private final Map<String, Place> places;
    private final Map<String, Geometry> geometries;
    private final Map<String, Geometry> display = new LinkedHashMap<>();
    private final Map<String, String> derivedFrom;
    private final List<GeodataProblem> problems;
    private final String contentHash;
    private final long loadMillis;
    private final long loadCpuMillis;
    private final STRtree regionIndex = new STRtree();

    private record IndexedRegion(String id, int order, PreparedGeometry geometry) {
    }

    BundledGazetteer(Map<String, Place> places, Map<String, Geometry> geometries, Map<String, String> derivedFrom,
            List<GeodataProblem> problems, String contentHash, long startNanos, long startCpuNanos) {
        this.places = Collections.unmodifiableMap(new LinkedHashMap<>(places));
        this.geometries = Collections.unmodifiableMap(new LinkedHashMap<>(geometries));
        this.derivedFrom = Map.copyOf(derivedFrom);
        this.problems = List.copyOf(problems);
        this.contentHash = contentHash;
        int order = 0;
        for (Map.Entry<String, Geometry> e : geometries.entrySet()) {
            Place p = places.get(e.getKey());
            Geometry g = e.getValue();
            if (g.getDimension() == 2) {
                Geometry s = TopologyPreservingSimplifier.simplify(g, DISPLAY_TOLERANCE_DEG);
                s.setSRID(4326);
                display.put(e.getKey(), s);
            }
            if (p != null && p.kind().isRegion() && p.kind() != PlaceKind.COUNTRY && g.getDimension() == 2) {
                regionIndex.insert(g.getEnvelopeInternal(),
                        new IndexedRegion(e.getKey(), order++, PreparedGeometryFactory.prepare(g)));
            }
        }
        regionIndex.build();
        this.loadMillis = (System.nanoTime() - startNanos) / 1_000_000;
        this.loadCpuMillis = (GeodataLoader.cpuNanos() - startCpuNanos) / 1_000_000;
    }

    /** The bundled gazetteer from the classpath, built on first use and then shared. */
    public static BundledGazetteer shared() {
        BundledGazetteer g = shared;
        if (g == null) {
            synchronized (BundledGazetteer.class) {
                g = shared;
                if (g == null) {
                    g = GeodataLoader.load(GeodataLoader.classpath(BundledGazetteer.class.getClassLoader()));
                    shared = g;
                }
            }
        }
        return g;
    }

    @Override
    public Collection<Place> places() {
        return places.values();
    }

    @Override
    public Optional<Place> byId(String id) {
        return Optional.ofNullable(places.get(id));
    }

    @Override
    public Optional<Geometry> geometry(String id) {
        Geometry g = geometries.get(id);
        if (g != null) {
            return Optional.of(g);
        }
        return byId(id).map(p -> {
            Point pt = InMemoryGazetteer.WGS84.createPoint(new Coordinate(p.lon(), p.lat()));
            pt.setSRID(4326);
            return pt;
        });
    }

    /** The geometry simplified for drawing (topology kept); the full geometry for lines and points. */
    public Optional<Geometry> displayGeometry(String id) {
        Geometry g = display.get(id);
        return g != null ? Optional.of(g) : geometry(id);
    }

    /** True when the place has a real outline or line, not just a point. */
    public boolean hasShape(String id) {
        return geometries.containsKey(id);
    }

    @Override
    public List<String> regionsContaining(double lat, double lon) {
        Point pt = InMemoryGazetteer.WGS84.createPoint(new Coordinate(lon, lat));
        List<IndexedRegion> hits = new ArrayList<>();
        for (Object o : regionIndex.query(new Envelope(lon, lon, lat, lat))) {
            IndexedRegion r = (IndexedRegion) o;
            if (r.geometry().covers(pt)) {
                hits.add(r);
            }
        }
        hits.sort(Comparator.comparingInt((IndexedRegion r) -> kindOrder(places.get(r.id()).kind()))
                .thenComparingInt(IndexedRegion::order));
        return hits.stream().map(IndexedRegion::id).toList();
    }

    /**
     * Regions of a place: those containing its point, except that a Syrian place whose point falls just outside its
     * governorate (Natural Earth's 1:10m border is off by up to a few km, e.g. at Kobani) is moved onto the nearest
     * point of that governorate first, when that is less than {@value #SNAP_KM} km away.
     */
    public List<String> regionsOf(String placeId) {
        Place p = places.get(placeId);
        if (p == null) {
            return List.of();
        }
        Geometry own = geometries.get(placeId);
        if (own != null && own.getDimension() == 2) {
            // An area lies in the regions that cover (nearly) all of it: a bank part lies in its governorate.
            Point inside = own.getInteriorPoint();
            return regionsContaining(inside.getY(), inside.getX()).stream()
                    .filter(id -> !id.equals(placeId))
                    .filter(id -> geometries.get(id).intersection(own).getArea() >= 0.98 * own.getArea())
                    .toList();
        }
        List<String> r = regionsContaining(p.lat(), p.lon());
        Geometry gov = p.admin1() == null ? null : geometries.get(p.admin1());
        if (gov == null || r.contains(p.admin1()) || p.kind().isRegion()) {
            return r;
        }
        Point pt = InMemoryGazetteer.WGS84.createPoint(new Coordinate(p.lon(), p.lat()));
        Coordinate near = DistanceOp.nearestPoints(gov, pt)[0];
        double km = Geodesic.WGS84.Inverse(p.lat(), p.lon(), near.y, near.x).s12 / 1000.0;
        if (km > SNAP_KM) {
            return r;
        }
        Coordinate inside = gov.getInteriorPoint().getCoordinate();
        double dx = inside.x - near.x;
        double dy = inside.y - near.y;
        double len = Math.hypot(dx, dy);
        Coordinate nudged = len == 0 ? near : new Coordinate(near.x + dx / len * 1e-4, near.y + dy / len * 1e-4);
        return regionsContaining(nudged.y, nudged.x);
    }

    /** Largest distance in km over which {@link #regionsOf} moves a place onto its governorate. */
    public static final double SNAP_KM = 5.0;

    private static int kindOrder(PlaceKind k) {
        return switch (k) {
            case GOVERNORATE -> 0;
            case BANK -> 1;
            case RELATIVE_REGION -> 2;
            default -> 3;
        };
    }

    /** How a derived region was made, for derived regions only. */
    public Optional<String> derivedFrom(String id) {
        return Optional.ofNullable(derivedFrom.get(id));
    }

    /** Files that were missing or could not be read, and derivations that failed. Empty when all is well. */
    public List<GeodataProblem> problems() {
        return problems;
    }

    /** SHA-256 over the bundled files; changes whenever any geodata file changes. */
    public String contentHash() {
        return contentHash;
    }

    /** CPU time of the loading thread, in milliseconds: the load's own cost on a busy machine. */
    public long loadCpuMillis() {
        return loadCpuMillis;
    }

    /** Wall time of the load including derivation, in milliseconds. */
    public long loadMillis() {
        return loadMillis;
    }
}
