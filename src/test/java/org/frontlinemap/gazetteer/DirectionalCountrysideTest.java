package org.frontlinemap.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.frontlinemap.gazetteer.DirectionalCountryside.Direction;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class DirectionalCountrysideTest {

    private final Geometry box = InMemoryGazetteer.WGS84.createPolygon(new Coordinate[] {new Coordinate(37, 35),
            new Coordinate(39, 35), new Coordinate(39, 37), new Coordinate(37, 37), new Coordinate(37, 35)});

    private boolean in(Geometry g, double lon, double lat) {
        return g.covers(g.getFactory().createPoint(new Coordinate(lon, lat)));
    }

    @Test
    void countrysideExcludesTheCityArea() {
        Geometry cs = DirectionalCountryside.countryside(box, CityAreaBuffer.circle(36, 38, 5));
        assertThat(in(cs, 38, 36)).isFalse();
        assertThat(in(cs, 38.2, 36)).isTrue();
    }

    @Test
    void quadrantsAreWedgesAroundTheCity() {
        Geometry cs = DirectionalCountryside.countryside(box, CityAreaBuffer.circle(36, 38, 5));
        Map<Direction, Geometry> q = DirectionalCountryside.quadrants(cs, 36, 38);
        assertThat(in(q.get(Direction.WEST), 37.3, 36.2)).isTrue(); // west-north-west is west
        assertThat(in(q.get(Direction.NORTH), 38.2, 36.8)).isTrue(); // north-north-east is north
        assertThat(in(q.get(Direction.EAST), 38.8, 35.7)).isTrue();
        assertThat(in(q.get(Direction.SOUTH), 37.9, 35.2)).isTrue();
        assertThat(in(q.get(Direction.SOUTH), 38.8, 35.7)).isFalse();
        double total = q.values().stream().mapToDouble(Geometry::getArea).sum();
        assertThat(total).isCloseTo(cs.getArea(), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void rotatedQuadrantsFollowAValley() {
        Geometry cs = DirectionalCountryside.countryside(box, CityAreaBuffer.circle(36, 38, 5));
        Map<Direction, Geometry> q = DirectionalCountryside.quadrants(cs, 36, 38, 45);
        // South-east of the city counts as east once the frame is turned by 45 degrees.
        assertThat(in(q.get(Direction.EAST), 38.6, 35.4)).isTrue();
        assertThat(in(q.get(Direction.WEST), 37.4, 36.6)).isTrue();
    }
}
