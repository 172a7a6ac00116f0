package org.frontlinemap.zones;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.frontlinemap.gazetteer.InMemoryGazetteer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Turns a snapshot's zone expressions into geometries with JTS set operations over gazetteer areas, clipped to
 * Syria when the gazetteer knows it. Unknown ids and factions are all reported at once (file, zone, id).
 */
public final class SnapshotComposer {

    /** Composed zones plus what had to be repaired. */
    public record Result(List<ControlZone> zones, List<String> warnings) {
    }

    private final PlaceAreas areas;
    private final FactionCatalog factions;

    public SnapshotComposer(PlaceAreas areas, FactionCatalog factions) {
        this.areas = areas;
        this.factions = factions;
    }

    /** Ids the snapshot names that the gazetteer does not know, as "file: zone 'z': unknown place id 'x'". */
    public List<String> problems(Snapshot s) {
        List<String> out = new ArrayList<>();
        for (Snapshot.Zone z : s.zones()) {
            if (!factions.contains(z.faction())) {
                out.add(s.file() + ": zone '" + z.name() + "': unknown faction '" + z.faction() + "'");
            }
            for (String id : z.expression().placeIds()) {
                if (areas.gazetteer().geometry(id).isEmpty()) {
                    out.add(s.file() + ": zone '" + z.name() + "': unknown place id '" + id + "'");
                }
            }
        }
        return out;
    }

    /**
     * @param validTo the next snapshot's date, or null for the newest snapshot
     */
    public Result compose(Snapshot s, LocalDate validTo) {
        List<String> problems = problems(s);
        if (!problems.isEmpty()) {
            throw new SnapshotException(String.join("\n", problems));
        }
        ZoneDates.requireInRange(s.file() + ": snapshot date", s.date());
        Geometry country = areas.gazetteer().geometry("syria").filter(g -> g instanceof Polygonal).orElse(null);
        Map<String, Geometry> placeCache = new HashMap<>();
        Map<String, Geometry> named = new LinkedHashMap<>();
        Map<String, CitedSource> sourceByKey = new HashMap<>();
        s.sources().forEach(src -> sourceByKey.put(src.key(), src.cited()));
        List<ControlZone> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Snapshot.Zone z : s.zones()) {
            String where = s.file() + ": zone '" + z.name() + "'";
            Geometry g;
            try {
                g = z.expression().evaluate(new ZoneExpression.Resolver() {
                    @Override
                    public Geometry place(String id) {
                        return placeCache.computeIfAbsent(id, k -> areas.area(k).orElse(null));
                    }

                    @Override
                    public Geometry placeToWiden(String id) {
                        return areas.gazetteer().geometry(id).orElse(null);
                    }

                    @Override
                    public Geometry zone(String name) {
                        return named.get(name);
                    }

                    @Override
                    public Geometry buffer(Geometry geom, double km) {
                        return PlaceAreas.bufferKm(geom, km);
                    }
                });
            } catch (IllegalArgumentException e) {
                throw new SnapshotException(where + ": " + e.getMessage());
            }
            if (country != null) {
                g = Overlay.intersection(g, country);
            }
            if (!g.isValid()) {
                warnings.add(where + ": invalid polygon repaired with GeometryFixer");
                g = GeometryFixer.fix(g);
            }
            g = polygonsOnly(g);
            named.put(z.name(), g);
            if (g.isEmpty()) {
                warnings.add(where + ": expression '" + z.expression() + "' is empty; zone skipped");
                continue;
            }
            List<CitedSource> cited = new ArrayList<>();
            List<String> keys = z.sourceKeys().isEmpty()
                    ? s.sources().stream().map(Snapshot.Source::key).toList() : z.sourceKeys();
            keys.forEach(k -> cited.add(sourceByKey.get(k)));
            out.add(new ControlZone(null, z.faction(), g, s.date(), validTo, z.share(), z.status(), z.confidence(),
                    null, null, Provenance.snapshot(s.id(), z.name(), cited)));
        }
        return new Result(out, warnings);
    }

    /** Keeps only the polygonal parts: set operations can leave slivers of lines or points along shared edges. */
    static Geometry polygonsOnly(Geometry g) {
        if (g instanceof Polygonal) {
            g.setSRID(4326);
            return g;
        }
        List<org.locationtech.jts.geom.Polygon> polys = new ArrayList<>();
        org.locationtech.jts.geom.util.PolygonExtracter.getPolygons(g, polys);
        Geometry out = InMemoryGazetteer.WGS84.buildGeometry(polys);
        if (!(out instanceof Polygonal)) {
            out = InMemoryGazetteer.WGS84.createMultiPolygon();
        }
        out.setSRID(4326);
        return out;
    }
}
