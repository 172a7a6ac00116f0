package org.frontlinemap.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ControlZoneTimelineTest {

    private final ZoneStore store = new ZoneStore(Shapes.database());
    private final ControlZoneTimeline timeline = new ControlZoneTimeline(store, Shapes.gazetteer());

    private void seed() {
        // 2016: government west, ISIS east. 2017: SDF takes the north-east.
        store.insert(List.of(
                Shapes.zone("syrian-government", Shapes.box(36, 34, 38, 36), "2016-12-22", "2017-10-20"),
                Shapes.zone("isis", Shapes.box(38, 34, 40, 36), "2016-12-22", "2017-10-20"),
                Shapes.zone("syrian-government", Shapes.box(36, 34, 38, 36), "2017-10-20", null),
                Shapes.zone("isis", Shapes.box(38, 34, 40, 35), "2017-10-20", null),
                Shapes.zone("sdf", Shapes.box(38, 35, 40, 36), "2017-10-20", null)));
    }

    @Test
    void asOfPicksTheVersionsValidThatDay() {
        seed();
        assertThat(timeline.asOf(LocalDate.parse("2017-01-01"))).extracting(ControlZone::faction)
                .containsExactly("syrian-government", "isis");
        assertThat(timeline.asOf(LocalDate.parse("2017-10-20"))).extracting(ControlZone::faction)
                .containsExactlyInAnyOrder("syrian-government", "isis", "sdf");
        assertThatThrownBy(() -> timeline.asOf(LocalDate.parse("2010-01-01"))).hasMessageContaining("outside");
    }

    @Test
    void claimZonesCutOlderZonesOfOtherFactions() {
        seed();
        ControlZone claim = new ControlZone(null, "sdf", Shapes.box(39, 34, 40, 35), LocalDate.parse("2017-11-01"), null,
                1.0, ZoneStatus.HELD, 0.7, "east-town", 5L,
                new Provenance(Provenance.CLAIM, null, "east-town", List.of(42L), List.of()));
        store.insert(List.of(claim));
        List<ControlZone> zones = timeline.asOf(LocalDate.parse("2017-11-02"));
        ControlZone isis = zones.stream().filter(z -> z.faction().equals("isis")).findFirst().orElseThrow();
        assertThat(isis.areaKm2()).isCloseTo(GeodesicArea.km2(Shapes.box(38, 34, 39, 35)), within(0.5));
        assertThat(timeline.asOf(LocalDate.parse("2017-10-25"))).noneMatch(z -> z.provenance().fromClaims());
    }

    @Test
    void changesGainedAndLostWithAreasAndPlaces() {
        seed();
        ControlZoneTimeline.Changes ch = timeline.changes(LocalDate.parse("2017-01-01"), LocalDate.parse("2017-11-01"));
        ControlZoneTimeline.FactionChange sdf = ch.factions().stream().filter(f -> f.faction().equals("sdf")).findFirst().orElseThrow();
        ControlZoneTimeline.FactionChange isis = ch.factions().stream().filter(f -> f.faction().equals("isis")).findFirst().orElseThrow();
        double cell = GeodesicArea.km2(Shapes.box(38, 35, 40, 36));
        assertThat(sdf.gainedKm2()).isCloseTo(cell, within(0.5));
        assertThat(sdf.lostKm2()).isZero();
        assertThat(isis.lostKm2()).isCloseTo(cell, within(0.5));
        assertThat(isis.gainedKm2()).isZero();
        assertThat(ch.places()).singleElement().satisfies(p -> {
            assertThat(p.placeId()).isEqualTo("north-village");
            assertThat(p.fromFaction()).isEqualTo("isis");
            assertThat(p.toFaction()).isEqualTo("sdf");
            assertThat(p.evidence().sources()).isNotEmpty();
        });
        assertThatThrownBy(() -> timeline.changes(LocalDate.parse("2017-11-01"), LocalDate.parse("2017-01-01")))
                .hasMessageContaining("is after");
    }

    @Test
    void repeatedChangeQueriesAgreeAndNewVersionsAreSeen() {
        seed();
        LocalDate a = LocalDate.parse("2017-01-01");
        LocalDate b = LocalDate.parse("2017-11-01");
        ControlZoneTimeline.Changes first = timeline.changes(a, b);
        ControlZoneTimeline.Changes again = timeline.changes(a.plusDays(1), b);
        assertThat(again.from()).isEqualTo(a.plusDays(1));
        assertThat(again.factions()).isEqualTo(first.factions());
        // a new claim zone makes a new version set, so the answer changes
        store.insert(List.of(new ControlZone(null, "isis", Shapes.box(38, 35, 39, 36), LocalDate.parse("2017-10-25"), null,
                1.0, ZoneStatus.HELD, 0.7, "north-village", 9L,
                new Provenance(Provenance.CLAIM, null, "north-village", List.of(7L), List.of()))));
        ControlZoneTimeline.FactionChange sdf = timeline.changes(a, b).factions().stream()
                .filter(f -> f.faction().equals("sdf")).findFirst().orElseThrow();
        assertThat(sdf.gainedKm2()).isCloseTo(GeodesicArea.km2(Shapes.box(39, 35, 40, 36)), within(0.5));
    }
}
