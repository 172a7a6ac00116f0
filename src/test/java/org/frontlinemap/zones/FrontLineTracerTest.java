package org.frontlinemap.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class FrontLineTracerTest {

    private static final LocalDate DAY = LocalDate.parse("2017-09-25");
    private final Geometry country = Shapes.box(36, 34, 40, 36);
    private final FrontLineTracer tracer = new FrontLineTracer(country);

    private static ControlZone z(String faction, Geometry g) {
        return Shapes.zone(faction, g, DAY.toString(), null);
    }

    private static double meridianKm(double lon, double lat0, double lat1) {
        return GeodesicArea.distanceKm(new Coordinate(lon, lat0), new Coordinate(lon, lat1));
    }

    @Test
    void twoSquaresSharingASide() {
        // interior squares, away from the border, sharing the meridian 38 E from 34.5 to 35.5 N
        List<FrontLine> lines = tracer.trace(DAY, List.of(
                z("syrian-government", Shapes.box(37, 34.5, 38, 35.5)), z("sdf", Shapes.box(38, 34.5, 39, 35.5))));
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.factionA()).isEqualTo("sdf");
            assertThat(l.factionB()).isEqualTo("syrian-government");
            assertThat(l.lengthKm()).isCloseTo(meridianKm(38, 34.5, 35.5), within(0.5));
            assertThat(l.geometry().getNumGeometries()).isEqualTo(1);
            assertThat(l.date()).isEqualTo(DAY);
            assertThat(l.provenance()).hasSize(2);
        });
    }

    @Test
    void anEnclaveIsRingedByAClosedFront() {
        Geometry outer = Shapes.box(37, 34.5, 39, 35.5);
        Geometry pocket = Shapes.box(37.5, 34.8, 38.0, 35.2);
        List<FrontLine> lines = tracer.trace(DAY, List.of(z("syrian-government", outer.difference(pocket)), z("isis", pocket)));
        assertThat(lines).singleElement().satisfies(l ->
                assertThat(l.lengthKm()).isCloseTo(GeodesicArea.lengthKm(pocket.getBoundary()), within(1.0)));
    }

    @Test
    void theCountryOutlineIsNoFront() {
        // both zones reach the southern border at 34 N; only the shared meridian (34..35) is a front
        List<FrontLine> lines = tracer.trace(DAY, List.of(
                z("syrian-government", Shapes.box(36, 34, 38, 35)), z("isis", Shapes.box(38, 34, 40, 35))));
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.lengthKm()).isCloseTo(meridianKm(38, 34, 35), within(1.0));
            assertThat(l.geometry().getEnvelopeInternal().getMinX()).isCloseTo(38, within(0.01));
        });
    }

    @Test
    void aRealGapMakesNoPhantomLineButARoundingGapIsBridged() {
        List<FrontLine> gap = tracer.trace(DAY, List.of(
                z("syrian-government", Shapes.box(37, 34.5, 38, 35.5)), z("sdf", Shapes.box(38.1, 34.5, 39, 35.5))));
        assertThat(gap).isEmpty();
        List<FrontLine> rounding = tracer.trace(DAY, List.of(
                z("syrian-government", Shapes.box(37, 34.5, 38, 35.5)), z("sdf", Shapes.box(38.0005, 34.5, 39, 35.5))));
        assertThat(rounding).singleElement().satisfies(l -> assertThat(l.lengthKm()).isCloseTo(meridianKm(38, 34.5, 35.5), within(1.0)));
    }

    @Test
    void alliesShareNoFrontAndSliversAreDropped() {
        assertThat(tracer.trace(DAY, List.of(z("turkey", Shapes.box(37, 34.5, 38, 35.5)),
                z("turkish-backed-opposition", Shapes.box(38, 34.5, 39, 35.5))))).isEmpty();
        // corner contact only: a point, no line
        assertThat(tracer.trace(DAY, List.of(z("hts", Shapes.box(37, 34.5, 38, 35)),
                z("syrian-government", Shapes.box(38, 35, 39, 35.5))))).isEmpty();
        FrontLineTracer open = new FrontLineTracer(0.002, 1.0, List.of(), country);
        assertThat(open.trace(DAY, List.of(z("turkey", Shapes.box(37, 34.5, 38, 35.5)),
                z("turkish-backed-opposition", Shapes.box(38, 34.5, 39, 35.5))))).hasSize(1);
    }

    @Test
    void displacementIsTheGeodesicHausdorffDistance() {
        List<FrontLine> before = tracer.trace(DAY, List.of(
                z("syrian-government", Shapes.box(37, 34.5, 38, 35.5)), z("isis", Shapes.box(38, 34.5, 39, 35.5))));
        LocalDate later = DAY.plusMonths(1);
        List<FrontLine> after = tracer.trace(later, List.of(
                Shapes.zone("syrian-government", Shapes.box(37, 34.5, 38.5, 35.5), later.toString(), null),
                Shapes.zone("isis", Shapes.box(38.5, 34.5, 39, 35.5), later.toString(), null)));
        List<FrontLineTracer.Displacement> d = FrontLineTracer.displacement(before, after);
        assertThat(d).singleElement().satisfies(x -> assertThat(x.hausdorffKm())
                .isCloseTo(GeodesicArea.distanceKm(new Coordinate(38, 35.5), new Coordinate(38.5, 35.5)), within(1.0)));
    }
}
