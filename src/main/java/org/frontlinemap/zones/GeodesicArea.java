package org.frontlinemap.zones;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Areas and lengths on the WGS 84 ellipsoid (GeographicLib), for geometries in lon/lat degrees. Planar measures in
 * degrees would shrink northern zones by cos(latitude) and make km² figures meaningless.
 */
public final class GeodesicArea {

    private GeodesicArea() {
    }

    /** Area in km² of the polygons in {@code g} (holes subtracted); lines and points count zero. */
    public static double km2(Geometry g) {
        if (g == null || g.isEmpty()) {
            return 0;
        }
        double m2 = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                m2 += ringM2(p.getExteriorRing());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    m2 -= ringM2(p.getInteriorRingN(h));
                }
            } else if (part != g && part.getNumGeometries() > 0) {
                m2 += km2(part) * 1e6;
            }
        }
        return m2 / 1e6;
    }

    private static double ringM2(LineString ring) {
        Coordinate[] cs = ring.getCoordinates();
        int n = cs.length;
        if (n > 1 && cs[0].equals2D(cs[n - 1])) {
            n--;
        }
        if (n < 3) {
            return 0;
        }
        PolygonArea pa = new PolygonArea(Geodesic.WGS84, false);
        for (int i = 0; i < n; i++) {
            pa.AddPoint(cs[i].y, cs[i].x);
        }
        PolygonResult r = pa.Compute(false, true);
        return Math.abs(r.area);
    }

    /** Geodesic length in km of the lines (or polygon boundaries) in {@code g}. */
    public static double lengthKm(Geometry g) {
        if (g == null || g.isEmpty()) {
            return 0;
        }
        if (g instanceof Polygon p) {
            return lengthKm(p.getBoundary());
        }
        double m = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof LineString ls) {
                Coordinate[] cs = ls.getCoordinates();
                for (int k = 1; k < cs.length; k++) {
                    m += distanceM(cs[k - 1], cs[k]);
                }
            } else if (part != g) {
                m += lengthKm(part) * 1000;
            }
        }
        return m / 1000;
    }

    /** Geodesic distance in km between two lon/lat coordinates. */
    public static double distanceKm(Coordinate a, Coordinate b) {
        return distanceM(a, b) / 1000;
    }

    private static double distanceM(Coordinate a, Coordinate b) {
        GeodesicData d = Geodesic.WGS84.Inverse(a.y, a.x, b.y, b.x);
        return d.s12;
    }
}
