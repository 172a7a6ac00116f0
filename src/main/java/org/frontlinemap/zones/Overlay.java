package org.frontlinemap.zones;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Set operations through OverlayNG with its snapping and precision fallbacks. The classic overlay behind
 * {@code Geometry.difference} throws on nearly-coincident edges, which zones composed from shared boundaries
 * (banks, governorates, countrysides) have everywhere.
 */
final class Overlay {

    private Overlay() {
    }

    static Geometry union(Geometry a, Geometry b) {
        return OverlayNGRobust.overlay(clean(a), clean(b), OverlayNG.UNION);
    }

    static Geometry intersection(Geometry a, Geometry b) {
        return OverlayNGRobust.overlay(clean(a), clean(b), OverlayNG.INTERSECTION);
    }

    static Geometry difference(Geometry a, Geometry b) {
        return OverlayNGRobust.overlay(clean(a), clean(b), OverlayNG.DIFFERENCE);
    }

    /**
     * OverlayNG refuses mixed-dimension collections; earlier operations leave them (a polygon plus the line where
     * two areas only touched), and only the highest dimension matters for a zone.
     */
    static Geometry clean(Geometry g) {
        if (!(g instanceof GeometryCollection) || g.getClass() != GeometryCollection.class) {
            return g;
        }
        int dim = g.getDimension();
        List<Geometry> keep = new ArrayList<>();
        collect(g, dim, keep);
        return g.getFactory().buildGeometry(keep);
    }

    private static void collect(Geometry g, int dim, List<Geometry> out) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part.getClass() == GeometryCollection.class) {
                collect(part, dim, out);
            } else if (part.getDimension() == dim && !part.isEmpty()) {
                for (int k = 0; k < part.getNumGeometries(); k++) {
                    out.add(part.getGeometryN(k));
                }
            }
        }
    }
}
