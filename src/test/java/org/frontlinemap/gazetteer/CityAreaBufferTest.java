package org.frontlinemap.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class CityAreaBufferTest {

    @Test
    void radiusGrowsWithPopulationWithinBounds() {
        assertThat(CityAreaBuffer.radiusKm(null)).isEqualTo(1.5);
        assertThat(CityAreaBuffer.radiusKm(1_000L)).isEqualTo(1.5);
        assertThat(CityAreaBuffer.radiusKm(250_000L)).isCloseTo(6.0, offset(1e-9));
        assertThat(CityAreaBuffer.radiusKm(5_000_000L)).isEqualTo(12.0);
    }

    @Test
    void circleVerticesLieAtTheRadius() {
        Polygon p = CityAreaBuffer.circle(35.336, 40.141, 5.0);
        assertThat(p.isValid()).isTrue();
        for (Coordinate c : p.getCoordinates()) {
            double km = Geodesic.WGS84.Inverse(35.336, 40.141, c.y, c.x).s12 / 1000;
            assertThat(km).isCloseTo(5.0, offset(1e-6));
        }
        assertThat(p.covers(p.getFactory().createPoint(new Coordinate(40.141, 35.336)))).isTrue();
        assertThat(p.covers(p.getFactory().createPoint(new Coordinate(40.141, 35.4)))).isFalse();
    }
}
