package org.frontlinemap.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.frontlinemap.gazetteer.InMemoryGazetteer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

class GeodesicAreaTest {

    @Test
    void oneDegreeCellAtTheEquator() {
        // On the WGS 84 ellipsoid: 1° of longitude on the equator is 111.319 km, the meridian degree there 110.574 km,
        // so the cell is about 12,309 km². A sphere of radius 6371 km would give 12,364 km²; the ellipsoid's flatter
        // equatorial meridian makes the true figure 0.45 % smaller.
        assertThat(GeodesicArea.km2(Shapes.box(0, 0, 1, 1))).isCloseTo(12_308.8, within(1.0));
    }

    @Test
    void cellsShrinkTowardsThePoles() {
        double equator = GeodesicArea.km2(Shapes.box(0, 0, 1, 1));
        double at60 = GeodesicArea.km2(Shapes.box(0, 60, 1, 61));
        assertThat(at60 / equator).isCloseTo(Math.cos(Math.toRadians(60.5)), within(0.01));
    }

    @Test
    void orientationDoesNotChangeTheSign() {
        Polygon p = Shapes.box(36, 34, 37, 35);
        assertThat(GeodesicArea.km2(p.reverse())).isCloseTo(GeodesicArea.km2(p), within(1e-6));
    }

    @Test
    void holesAreSubtracted() {
        Polygon outer = Shapes.box(36, 34, 38, 36);
        Polygon inner = Shapes.box(36.5, 34.5, 37.5, 35.5);
        Polygon withHole = InMemoryGazetteer.WGS84.createPolygon(outer.getExteriorRing().getCoordinates() == null ? null
                : InMemoryGazetteer.WGS84.createLinearRing(outer.getExteriorRing().getCoordinates()),
                new LinearRing[]{InMemoryGazetteer.WGS84.createLinearRing(inner.getExteriorRing().getCoordinates())});
        assertThat(GeodesicArea.km2(withHole))
                .isCloseTo(GeodesicArea.km2(outer) - GeodesicArea.km2(inner), within(1e-6));
        assertThat(GeodesicArea.km2(outer.difference(inner))).isCloseTo(GeodesicArea.km2(withHole), within(1e-3));
    }

    @Test
    void multiPolygonsAddUp() {
        Geometry a = Shapes.box(36, 34, 37, 35);
        Geometry b = Shapes.box(38, 34, 39, 35);
        Geometry both = a.union(b);
        assertThat(both.getNumGeometries()).isEqualTo(2);
        assertThat(GeodesicArea.km2(both)).isCloseTo(GeodesicArea.km2(a) + GeodesicArea.km2(b), within(1e-6));
    }

    @Test
    void linesHaveNoArea() {
        assertThat(GeodesicArea.km2(Shapes.box(0, 0, 1, 1).getBoundary())).isZero();
    }

    @Test
    void lengthOfOneDegreeOfEquator() {
        Geometry line = InMemoryGazetteer.WGS84.createLineString(new Coordinate[]{new Coordinate(0, 0), new Coordinate(1, 0)});
        assertThat(GeodesicArea.lengthKm(line)).isCloseTo(111.319, within(0.01));
        assertThat(GeodesicArea.distanceKm(new Coordinate(0, 0), new Coordinate(0, 1))).isCloseTo(110.574, within(0.01));
    }
}
