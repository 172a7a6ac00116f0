package org.frontlinemap.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Splits a country by a river line drawn across it: the country's boundary and the river are noded together and
 * polygonized, and each face goes to the bank on whose side of the nearest river segment it lies. The river runs
 * downstream (from Turkey to Iraq for the Euphrates), so its left hand side is the east (Jazira) bank.
 */
public final class EuphratesBankSplitter {

    /** The two banks; {@code left} is the left bank looking downstream. */
    public record Banks(Geometry left, Geometry right) {
    }

    private EuphratesBankSplitter() {
    }

    public static Banks split(Geometry country, LineString river) {
        GeometryFactory gf = country.getFactory();
        Geometry noded = UnaryUnionOp.union(List.of(country.getBoundary(), river));
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(noded);
        @SuppressWarnings("unchecked")
        Collection<Polygon> faces = polygonizer.getPolygons();
        List<Geometry> left = new ArrayList<>();
        List<Geometry> right = new ArrayList<>();
        for (Polygon face : faces) {
            Point inside = face.getInteriorPoint();
            if (!country.covers(inside)) {
                continue;
            }
            (isLeftOf(river, inside.getCoordinate()) ? left : right).add(face);
        }
        if (left.isEmpty() || right.isEmpty()) {
            throw new IllegalArgumentException("the river line does not cross the country from border to border");
        }
        Geometry l = UnaryUnionOp.union(left);
        Geometry r = UnaryUnionOp.union(right);
        l.setSRID(4326);
        r.setSRID(4326);
        return new Banks(gf.createGeometry(l), gf.createGeometry(r));
    }

    /** True when {@code c} lies to the left of the river segment nearest to it. */
    static boolean isLeftOf(LineString river, Coordinate c) {
        Coordinate[] cs = river.getCoordinates();
        double best = Double.MAX_VALUE;
        int side = 0;
        GeometryFactory gf = river.getFactory();
        Point p = gf.createPoint(c);
        for (int i = 0; i + 1 < cs.length; i++) {
            LineString seg = gf.createLineString(new Coordinate[] {cs[i], cs[i + 1]});
            double d = DistanceOp.distance(seg, p);
            if (d < best) {
                best = d;
                side = Orientation.index(cs[i], cs[i + 1], c);
                if (side == 0 && i + 2 < cs.length) {
                    side = Orientation.index(cs[i + 1], cs[i + 2], c);
                }
            }
        }
        return side == Orientation.LEFT;
    }
}
