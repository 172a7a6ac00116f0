package org.frontlinemap.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.frontlinemap.gazetteer.InMemoryGazetteer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class ZoneStoreTest {

    private final InMemoryGazetteer gaz = Shapes.gazetteer();
    private final SnapshotComposer composer = new SnapshotComposer(new PlaceAreas(gaz), FactionCatalog.bundled());

    private static Snapshot snap(String date, String zonesJson) {
        return SnapshotComposerTest.read(date + ".json", """
                {"date": "%s", "sources": [{"key": "a", "name": "Agency", "date": "%s", "facts": "f"}],
                 "zones": [%s]}""".formatted(date, date, zonesJson));
    }

    private static final String WEST_EAST = """
            {"name": "gov", "faction": "syrian-government", "expr": "euphrates-west-bank"},
            {"name": "sdf", "faction": "sdf", "expr": "euphrates-east-bank"}""";

    @Test
    void loadsOncePerContentHashWithValidityUntilTheNextSnapshot() {
        DataSource ds = Shapes.database();
        ZoneStore store = new ZoneStore(ds);
        List<Snapshot> snaps = List.of(snap("2017-10-20", WEST_EAST), snap("2016-12-22", WEST_EAST));
        ZoneStore.LoadReport first = store.loadSnapshots(snaps, composer, gaz);
        assertThat(first.loaded()).isTrue();
        assertThat(first.zones()).isEqualTo(4);
        assertThat(store.meta(ZoneStore.META_SNAPSHOT_HASH)).contains(first.contentHash());
        ZoneStore.LoadReport again = store.loadSnapshots(snaps, composer, gaz);
        assertThat(again.loaded()).isFalse();
        assertThat(store.count()).isEqualTo(4);

        List<ControlZone> dec = store.validAt(LocalDate.parse("2017-01-01"));
        assertThat(dec).hasSize(2).allMatch(z -> z.validTo().equals(LocalDate.parse("2017-10-20")));
        assertThat(dec.get(0).provenance().sources()).extracting(CitedSource::name).containsExactly("Agency");
        assertThat(dec.get(0).geometry().getSRID()).isEqualTo(4326);
        assertThat(store.validAt(LocalDate.parse("2018-01-01"))).allMatch(z -> z.validTo() == null);
        assertThat(store.validAt(LocalDate.parse("2015-01-01"))).isEmpty();
        assertThat(store.snapshotDates()).containsExactly(LocalDate.parse("2016-12-22"), LocalDate.parse("2017-10-20"));

        // changed content is loaded again, replacing the old rows
        ZoneStore.LoadReport changed = store.loadSnapshots(List.of(snap("2016-12-22", WEST_EAST.replace("sdf\", \"expr", "isis\", \"expr"))), composer, gaz);
        assertThat(changed.loaded()).isTrue();
        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void overlapsBetweenFactionsBecomeContestedAndAreReported() {
        DataSource ds = Shapes.database();
        ZoneStore store = new ZoneStore(ds);
        String overlapping = """
                {"name": "gov", "faction": "syrian-government", "expr": "euphrates-west-bank | south-governorate"},
                {"name": "sdf", "faction": "sdf", "expr": "euphrates-east-bank"}""";
        ZoneStore.LoadReport r = store.loadSnapshots(List.of(snap("2017-09-25", overlapping)), composer, gaz);
        assertThat(r.overlaps()).hasSize(1);
        OverlapResolver.Overlap o = r.overlaps().get(0);
        assertThat(o.factionA()).isEqualTo("syrian-government");
        assertThat(o.factionB()).isEqualTo("sdf");
        assertThat(o.areaKm2()).isCloseTo(GeodesicArea.km2(Shapes.box(38, 34, 40, 35)), within(0.5));
        List<ControlZone> zones = store.validAt(LocalDate.parse("2017-09-25"));
        assertThat(zones).filteredOn(z -> z.status() == ZoneStatus.CONTESTED).extracting(ControlZone::faction)
                .containsExactlyInAnyOrder("syrian-government", "sdf");
        ControlZone sdfHeld = zones.stream().filter(z -> z.faction().equals("sdf") && z.status() == ZoneStatus.HELD).findFirst().orElseThrow();
        assertThat(sdfHeld.areaKm2()).isCloseTo(GeodesicArea.km2(Shapes.box(38, 35, 40, 36)), within(0.5));
    }

    @Test
    void invalidPolygonsAreRepairedOnInsert() {
        ZoneStore store = new ZoneStore(Shapes.database());
        Polygon bowtie = InMemoryGazetteer.WGS84.createPolygon(new Coordinate[]{new Coordinate(36, 34), new Coordinate(37, 35),
                new Coordinate(37, 34), new Coordinate(36, 35), new Coordinate(36, 34)});
        assertThat(bowtie.isValid()).isFalse();
        store.insert(List.of(Shapes.zone("isis", bowtie, "2015-05-20", null)));
        ControlZone back = store.validAt(LocalDate.parse("2015-06-01")).get(0);
        assertThat(back.geometry().isValid()).isTrue();
        assertThat(back.areaKm2()).isGreaterThan(1000);
    }

    @Test
    void datesOutsideTheWarAreRejectedAndNothingIsWritten() {
        ZoneStore store = new ZoneStore(Shapes.database());
        ControlZone ok = Shapes.zone("isis", Shapes.box(36, 34, 37, 35), "2015-05-20", null);
        ControlZone future = Shapes.zone("isis", Shapes.box(36, 34, 37, 35), "2099-01-01", null);
        assertThatThrownBy(() -> store.insert(List.of(ok, future))).hasMessageContaining("2099-01-01 is outside 2011-01-01..");
        assertThat(store.count()).isZero();
        assertThatThrownBy(() -> store.loadSnapshots(List.of(snap("2010-03-01", WEST_EAST)), composer, gaz))
                .hasMessageContaining("2010-03-01 is outside");
    }

    @Test
    void unknownIdsFailTheWholeLoadAndKeepThePreviousZones() {
        ZoneStore store = new ZoneStore(Shapes.database());
        store.loadSnapshots(List.of(snap("2016-12-22", WEST_EAST)), composer, gaz);
        List<Snapshot> broken = List.of(snap("2016-12-22", WEST_EAST), snap("2017-10-20", WEST_EAST.replace("euphrates-east-bank", "euphrates-east-bank-nowhere")));
        assertThatThrownBy(() -> store.loadSnapshots(broken, composer, gaz))
                .hasMessageContaining("2017-10-20.json: zone 'sdf': unknown place id 'euphrates-east-bank-nowhere'");
        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void twoSnapshotsOnOneDateAreRejected() {
        ZoneStore store = new ZoneStore(Shapes.database());
        assertThatThrownBy(() -> store.loadSnapshots(List.of(snap("2016-12-22", WEST_EAST), snap("2016-12-22", WEST_EAST)), composer, gaz))
                .hasMessageContaining("share the date 2016-12-22");
    }
}
