package org.frontlinemap.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.frontlinemap.gazetteer.BundledGazetteer;
import org.frontlinemap.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.distance.DistanceOp;

/** The bundled snapshots composed from the bundled gazetteer: they load, and they say what the sources say. */
class BundledZonesTest {

    static final LocalDate SEED = LocalDate.of(2017, 9, 25);

    static HikariDataSource ds;
    static ZoneService zones;
    static BundledGazetteer gazetteer;

    @BeforeAll
    static void load() {
        ds = Database.openMigrated(Database.memoryUrl("bundled-zones"), 4);
        gazetteer = BundledGazetteer.shared();
        zones = new ZoneService(ds, gazetteer);
    }

    @AfterAll
    static void close() {
        ds.close();
    }

    @Test
    void everySnapshotComposesFromTheGazetteer() {
        assertThat(zones.prepare()).as("problem loading the bundled snapshots").isNull();
        assertThat(zones.store().snapshotDates()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void theSeedDateHasAFrontAlongTheEuphratesBetweenTheGovernmentAndTheSdfInDeirEzZor() {
        zones.prepare();
        List<FrontLine> lines = zones.frontLines(SEED);
        FrontLine govSdf = lines.stream()
                .filter(l -> List.of(l.factionA(), l.factionB()).containsAll(List.of("syrian-government", "sdf")))
                .findFirst().orElseThrow(() -> new AssertionError("no government/SDF front on " + SEED + ": " + lines));
        Geometry deirEzZor = gazetteer.geometry("deir-ez-zor-governorate").orElseThrow();
        Geometry euphrates = gazetteer.geometry("euphrates").orElseThrow();
        Geometry inGovernorate = govSdf.geometry().intersection(deirEzZor);
        assertThat(GeodesicArea.lengthKm(inGovernorate)).as("length of the front inside Deir ez-Zor").isGreaterThan(20);
        // that stretch runs along the river: most of it within about 3 km (0.03°) of the Euphrates line
        double alongRiver = GeodesicArea.lengthKm(inGovernorate.intersection(euphrates.buffer(0.03)));
        // (the rest skirts the government-held city area, which reaches across the river)
        assertThat(alongRiver / GeodesicArea.lengthKm(inGovernorate)).isGreaterThan(0.8);
        for (var c : inGovernorate.getCoordinates()) {
            var nearest = DistanceOp.nearestPoints(euphrates.getFactory().createPoint(c), euphrates)[1];
            assertThat(GeodesicArea.distanceKm(c, nearest)).as("distance of a vertex from the river").isLessThan(10.0);
        }
    }

    @Test
    void theSeedDateAreasAreOfTheRightSize() {
        zones.prepare();
        Map<String, Geometry> held = ControlZoneTimeline.byFaction(zones.zonesAt(SEED));
        double syria = GeodesicArea.km2(gazetteer.geometry("syria").orElseThrow());
        assertThat(syria).isCloseTo(185_180, within(185_180 * 0.01));
        // the SDF held about 43,000 km² in September 2017 (generalised snapshot: within 25 %)
        assertThat(GeodesicArea.km2(held.get("sdf"))).isBetween(43_000 * 0.75, 43_000 * 1.25);
        assertThat(GeodesicArea.km2(held.get("isis"))).isPositive();
    }
}
