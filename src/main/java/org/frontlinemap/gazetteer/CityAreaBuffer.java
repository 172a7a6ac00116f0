package org.frontlinemap.gazetteer;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * The built-up area of a city as a geodesic circle whose radius grows with population, so that "the city" and "its
 * countryside" can be told apart without city outlines (which no registry package provides).
 */
public final class CityAreaBuffer {

    static final int VERTICES = 48;

    private CityAreaBuffer() {
    }

    /** Radius in km: 1.2 * sqrt(population / 10,000), kept within [1.5, 12]; 1.5 when the population is unknown. */
    public static double radiusKm(Long population) {
        if (population == null || population <= 0) {
            return 1.5;
        }
        double r = 1.2 * Math.sqrt(population / 10_000.0);
        return Math.max(1.5, Math.min(12.0, r));
    }

    /** A polygon of points at {@code radiusKm} (along the WGS 84 ellipsoid) around lat/lon. */
    public static Polygon circle(double lat, double lon, double radiusKm) {
        Coordinate[] ring = new Coordinate[VERTICES + 1];
        for (int i = 0; i < VERTICES; i++) {
            GeodesicData d = Geodesic.WGS84.Direct(lat, lon, 360.0 * i / VERTICES, radiusKm * 1000.0);
            ring[i] = new Coordinate(d.lon2, d.lat2);
        }
        ring[VERTICES] = ring[0].copy();
        Polygon p = InMemoryGazetteer.WGS84.createPolygon(ring);
        p.setSRID(4326);
        return p;
    }

    public static Polygon of(Place city) {
        return circle(city.lat(), city.lon(), radiusKm(city.population()));
    }
}
