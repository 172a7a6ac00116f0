package org.frontlinemap.ui;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.frontlinemap.gazetteer.Gazetteer;
import org.frontlinemap.gazetteer.Place;
import org.frontlinemap.gazetteer.PlaceKind;
import org.frontlinemap.map.FeatureCollectionBuilder;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The offline base map, built once from the gazetteer: neighbouring countries, Syria, its governorates (with
 * Arabic and English labels), rivers and lakes, and the main towns. Geometries are simplified for display; the
 * full detail stays in the gazetteer for analysis.
 */
public final class BaseMapLayers {

    /** About 500 m at Syria's latitude: invisible at country zoom, and it keeps the payload small. */
    static final double DISPLAY_TOLERANCE_DEG = 0.005;

    private static final Set<String> NEIGHBOURS = Set.of("turkey", "iraq", "jordan", "lebanon", "israel", "cyprus",
            "palestine", "egypt", "saudi-arabia");

    private final String countries;
    private final String governorates;
    private final String rivers;
    private final String towns;
    private final int governorateCount;
    private final int riverCount;

    public BaseMapLayers(Gazetteer gazetteer) {
        FeatureCollectionBuilder c = new FeatureCollectionBuilder(4);
        for (Place p : sorted(gazetteer, p -> p.kind() == PlaceKind.COUNTRY
                && (NEIGHBOURS.contains(p.id()) || "syria".equals(p.id())))) {
            gazetteer.geometry(p.id()).filter(g -> !(g instanceof Point)).ifPresent(g ->
                    c.add(simplify(g), props(p, "syria".equals(p.id()) ? "syria" : "neighbour")));
        }
        countries = c.toString();

        FeatureCollectionBuilder gov = new FeatureCollectionBuilder(4);
        for (Place p : sorted(gazetteer, p -> p.kind() == PlaceKind.GOVERNORATE)) {
            gazetteer.geometry(p.id()).filter(g -> !(g instanceof Point)).ifPresent(g -> {
                Map<String, Object> props = props(p, "governorate");
                props.put("label", shortName(p.nameAr(), "محافظة ") + " · " + shortName(p.nameEn(), " Governorate"));
                Point inner = g.getInteriorPoint();
                props.put("labelLat", inner.getY());
                props.put("labelLon", inner.getX());
                gov.add(simplify(g), props);
            });
        }
        governorates = gov.toString();
        governorateCount = gov.size();

        FeatureCollectionBuilder r = new FeatureCollectionBuilder(4);
        for (Place p : sorted(gazetteer, p -> p.kind() == PlaceKind.RIVER || p.kind() == PlaceKind.LAKE)) {
            gazetteer.geometry(p.id()).filter(g -> !(g instanceof Point)).ifPresent(g ->
                    r.add(simplify(g), props(p, p.kind().code())));
        }
        rivers = r.toString();
        riverCount = r.size();

        FeatureCollectionBuilder t = new FeatureCollectionBuilder(4);
        gazetteer.places().stream()
                .filter(p -> p.kind() == PlaceKind.CITY && p.population() != null && p.population() >= 50_000)
                .sorted(Comparator.comparing(Place::population).reversed())
                .limit(40)
                .forEach(p -> {
                    Map<String, Object> props = props(p, "town");
                    props.put("label", p.nameAr() == null ? p.nameEn() : p.nameAr() + " · " + p.nameEn());
                    t.add(org.frontlinemap.gazetteer.InMemoryGazetteer.WGS84.createPoint(
                            new org.locationtech.jts.geom.Coordinate(p.lon(), p.lat())), props);
                });
        towns = t.toString();
    }

    private static List<Place> sorted(Gazetteer g, Predicate<Place> filter) {
        return g.places().stream().filter(filter).sorted(Comparator.comparing(Place::id)).toList();
    }

    private static Map<String, Object> props(Place p, String role) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("role", role);
        m.put("nameEn", p.nameEn());
        m.put("nameAr", p.nameAr());
        m.put("kind", p.kind().code());
        return m;
    }

    /** Governorate labels without the word "governorate", which every one of them would repeat. */
    static String shortName(String name, String word) {
        if (name == null) {
            return "";
        }
        return name.replace(word, "").trim();
    }

    static Geometry simplify(Geometry g) {
        return TopologyPreservingSimplifier.simplify(g, DISPLAY_TOLERANCE_DEG);
    }

    public String countries() {
        return countries;
    }

    public String governorates() {
        return governorates;
    }

    public String rivers() {
        return rivers;
    }

    public String towns() {
        return towns;
    }

    public int governorateCount() {
        return governorateCount;
    }

    public int riverCount() {
        return riverCount;
    }
}
