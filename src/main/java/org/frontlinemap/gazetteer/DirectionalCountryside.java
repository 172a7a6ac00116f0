package org.frontlinemap.gazetteer;

import java.util.EnumMap;
import java.util.Map;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * A governorate's countryside (the governorate less its main city's area) and its four directional parts. The
 * directions are wedges centred on the compass points around the city ("west" runs from south-west to north-west),
 * which is how "the western countryside of Deir ez-Zor" is meant in the news.
 */
public final class DirectionalCountryside {

    public enum Direction {
        NORTH(0, "north", "northern", "الشمالي", "الشمالية"),
        EAST(90, "east", "eastern", "الشرقي", "الشرقية"),
        SOUTH(180, "south", "southern", "الجنوبي", "الجنوبية"),
        WEST(270, "west", "western", "الغربي", "الغربية");

        public final double bearing;
        public final String code;
        public final String adjective;
        /** Masculine Arabic adjective (agrees with ريف). */
        public final String arabic;
        /** Feminine Arabic adjective (agrees with الضفة / المنطقة). */
        public final String arabicFeminine;

        Direction(double bearing, String code, String adjective, String arabic, String arabicFeminine) {
            this.bearing = bearing;
            this.code = code;
            this.adjective = adjective;
            this.arabic = arabic;
            this.arabicFeminine = arabicFeminine;
        }
    }

    /** Far enough to reach beyond any Syrian governorate from its capital. */
    static final double WEDGE_REACH_KM = 800;

    private DirectionalCountryside() {
    }

    public static Geometry countryside(Geometry governorate, Geometry cityArea) {
        return governorate.difference(cityArea);
    }

    public static Map<Direction, Geometry> quadrants(Geometry countryside, double cityLat, double cityLon) {
        return quadrants(countryside, cityLat, cityLon, 0);
    }

    /**
     * Quadrants turned clockwise by {@code rotationDeg}: where a city's countryside follows a valley that does not
     * run east-west, the news names its parts along the valley (Deir ez-Zor's "eastern countryside" is the
     * Euphrates valley down to al-Bukamal, which lies south-east of the city).
     */
    public static Map<Direction, Geometry> quadrants(Geometry countryside, double cityLat, double cityLon,
            double rotationDeg) {
        Map<Direction, Geometry> out = new EnumMap<>(Direction.class);
        for (Direction d : Direction.values()) {
            double centre = d.bearing + rotationDeg;
            Geometry part = countryside.intersection(wedge(cityLat, cityLon, centre - 45, centre + 45));
            part.setSRID(4326);
            out.put(d, part);
        }
        return out;
    }

    /** The sector between two bearings (degrees clockwise from north) around a point, drawn geodesically. */
    static Polygon wedge(double lat, double lon, double fromBearing, double toBearing) {
        int steps = 18;
        Coordinate[] ring = new Coordinate[steps + 3];
        ring[0] = new Coordinate(lon, lat);
        for (int i = 0; i <= steps; i++) {
            double b = fromBearing + (toBearing - fromBearing) * i / steps;
            GeodesicData g = Geodesic.WGS84.Direct(lat, lon, b, WEDGE_REACH_KM * 1000);
            ring[i + 1] = new Coordinate(g.lon2, g.lat2);
        }
        ring[steps + 2] = ring[0].copy();
        return InMemoryGazetteer.WGS84.createPolygon(ring);
    }
}
