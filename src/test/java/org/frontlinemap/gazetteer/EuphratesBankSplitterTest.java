package org.frontlinemap.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

class EuphratesBankSplitterTest {

    private final GeometryFactory gf = InMemoryGazetteer.WGS84;

    private Geometry square() {
        return gf.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(10, 0), new Coordinate(10, 10),
                new Coordinate(0, 10), new Coordinate(0, 0)});
    }

    private LineString line(double... xy) {
        Coordinate[] cs = new Coordinate[xy.length / 2];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return gf.createLineString(cs);
    }

    @Test
    void riverFlowingSouthPutsTheEastOnItsLeft() {
        // Flows from north (y=11) to south (y=-1) with a bend, like the Euphrates from Turkey to Iraq.
        var banks = EuphratesBankSplitter.split(square(), line(4, 11, 4, 7, 6, 5, 5, -1));
        assertThat(banks.left().covers(gf.createPoint(new Coordinate(8, 5)))).isTrue();
        assertThat(banks.right().covers(gf.createPoint(new Coordinate(2, 5)))).isTrue();
        assertThat(banks.left().covers(gf.createPoint(new Coordinate(2, 5)))).isFalse();
        assertThat(banks.left().getArea() + banks.right().getArea()).isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(banks.left().intersection(banks.right()).getArea()).isZero();
    }

    @Test
    void riverCrossingTheBorderTwiceMoreKeepsFacesOnTheirSide() {
        // The line leaves the square through the east side and comes back: three faces, two on the left.
        var banks = EuphratesBankSplitter.split(square(), line(5, 11, 5, 6, 11, 6, 11, 4, 5, 4, 5, -1));
        assertThat(banks.left().covers(gf.createPoint(new Coordinate(9, 8)))).isTrue();
        assertThat(banks.left().covers(gf.createPoint(new Coordinate(9, 2)))).isTrue();
        assertThat(banks.right().covers(gf.createPoint(new Coordinate(9, 5)))).isTrue();
        assertThat(banks.right().covers(gf.createPoint(new Coordinate(2, 5)))).isTrue();
    }

    @Test
    void aRiverThatDoesNotCrossIsRejected() {
        assertThatThrownBy(() -> EuphratesBankSplitter.split(square(), line(2, 2, 3, 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
