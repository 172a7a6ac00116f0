package org.frontlinemap.zones;

import java.util.Optional;

import org.frontlinemap.gazetteer.Gazetteer;
import org.frontlinemap.gazetteer.InMemoryGazetteer;
import org.frontlinemap.gazetteer.Place;
import org.frontlinemap.gazetteer.PlaceKind;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * The area a gazetteer id stands for in a zone: its polygon, or for a place known only as a point (a city or
 * village) a disc around it whose radius depends on the kind of place, so that "the regime holds Deir ez-Zor" covers
 * the built-up area and not a dimensionless point.
 */
public final class PlaceAreas {

    private static final double KM_PER_DEGREE = 111.32;

    private final Gazetteer gazetteer;

    public PlaceAreas(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * Radius in km of the disc that stands for a settlement known only by its point: 1.2·sqrt(population / 10,000)
     * within [1.5, 12] (the gazetteer's city-area rule), else a default by kind.
     */
    public static double radiusKm(Place place) {
        if (place.population() != null && place.population() > 0
                && (place.kind() == PlaceKind.CITY || place.kind() == PlaceKind.TOWN || place.kind() == PlaceKind.VILLAGE)) {
            return Math.max(1.5, Math.min(12, 1.2 * Math.sqrt(place.population() / 10_000.0)));
        }
        return radiusKm(place.kind());
    }

    /** Default radius by kind when the population is unknown. */
    public static double radiusKm(PlaceKind kind) {
        return switch (kind) {
            case CITY -> 6;
            case TOWN -> 3;
            case VILLAGE, NEIGHBOURHOOD, CROSSING -> 1.5;
            case AIRBASE, DAM -> 2;
            default -> 3;
        };
    }

    /**
     * The polygonal area of the place; empty when the id is unknown.
     *
     * @throws IllegalArgumentException when the place is a line (a river) and so has no area of its own
     */
    public Optional<Geometry> area(String id) {
        Optional<Geometry> g = gazetteer.geometry(id);
        if (g.isEmpty()) {
            return Optional.empty();
        }
        Geometry geom = g.get();
        if (geom instanceof Polygonal) {
            return Optional.of(geom);
        }
        if (geom instanceof Puntal) {
            double km = gazetteer.byId(id).map(PlaceAreas::radiusKm).orElse(radiusKm(PlaceKind.TOWN));
            return Optional.of(bufferKm(geom, km));
        }
        if (geom instanceof Lineal) {
            throw new IllegalArgumentException("place '" + id + "' is a line; write buffer(" + id + ", km) to use it as an area");
        }
        Geometry polys = geom.buffer(0);
        return polys.isEmpty() ? Optional.empty() : Optional.of(polys);
    }

    /** Widens a lon/lat geometry by about {@code km}, correcting the longitude scale at its latitude. */
    public static Geometry bufferKm(Geometry g, double km) {
        double lat = g.getEnvelopeInternal().centre().y;
        double cos = Math.max(0.1, Math.cos(Math.toRadians(lat)));
        AffineTransformation squash = AffineTransformation.scaleInstance(cos, 1);
        AffineTransformation stretch = AffineTransformation.scaleInstance(1 / cos, 1);
        Geometry local = squash.transform(g);
        Geometry widened = local.buffer(km / KM_PER_DEGREE, 16);
        Geometry out = stretch.transform(widened);
        out.setSRID(4326);
        return InMemoryGazetteer.WGS84.createGeometry(out);
    }
}
