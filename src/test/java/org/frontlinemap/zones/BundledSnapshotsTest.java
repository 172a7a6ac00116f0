package org.frontlinemap.zones;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class BundledSnapshotsTest {

    private final List<Snapshot> snapshots = SnapshotReader.bundled();

    @Test
    void atLeastTwelveDatesFrom2013To2024IncludingTheSeedSituation() {
        assertThat(snapshots).hasSizeGreaterThanOrEqualTo(12);
        Set<LocalDate> dates = snapshots.stream().map(Snapshot::date).collect(Collectors.toSet());
        assertThat(dates).allMatch(d -> d.getYear() >= 2013 && d.getYear() <= 2024);
        assertThat(dates).contains(LocalDate.parse("2017-09-25"), LocalDate.parse("2017-10-20"),
                LocalDate.parse("2016-12-22"), LocalDate.parse("2019-03-23"), LocalDate.parse("2020-03-06"));
        assertThat(snapshots).extracting(Snapshot::date).isSorted();
    }

    @Test
    void everySnapshotIsGeneralisedCitesSourcesAndUsesKnownFactions() {
        FactionCatalog factions = FactionCatalog.bundled();
        for (Snapshot s : snapshots) {
            assertThat(s.generalised()).as(s.file()).isTrue();
            assertThat(s.sources()).as(s.file()).isNotEmpty()
                    .allSatisfy(src -> assertThat(src.cited().facts()).isNotBlank());
            assertThat(s.zones()).as(s.file()).allMatch(z -> factions.contains(z.faction()));
            assertThat(s.zones()).as(s.file()).allMatch(z -> !z.expression().placeIds().isEmpty() || !z.expression().zoneRefs().isEmpty());
        }
    }

    @Test
    void idsFollowTheNamingConventions() {
        Set<String> ids = new TreeSet<>();
        snapshots.forEach(s -> s.zones().forEach(z -> ids.addAll(z.expression().placeIds())));
        assertThat(ids).allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(ids).contains("syria", "deir-ez-zor-governorate", "euphrates-east-bank-deir-ez-zor",
                "euphrates-west-bank-deir-ez-zor", "deir-ez-zor-countryside-west", "raqqa-governorate", "idlib-governorate");
    }

    @Test
    void theSeedSnapshotDescribesTheDeirEzZorSituation() {
        Snapshot seed = snapshots.stream().filter(s -> s.date().equals(LocalDate.parse("2017-09-25"))).findFirst().orElseThrow();
        assertThat(seed.zones()).anySatisfy(z -> {
            assertThat(z.faction()).isEqualTo("sdf");
            assertThat(z.expression().placeIds()).contains("euphrates-east-bank-deir-ez-zor");
        });
        assertThat(seed.zones()).anySatisfy(z -> {
            assertThat(z.faction()).isEqualTo("isis");
            assertThat(z.expression().placeIds()).contains("euphrates-east-bank-deir-ez-zor");
        });
        assertThat(seed.zones()).anySatisfy(z -> {
            assertThat(z.faction()).isEqualTo("turkish-backed-opposition");
            assertThat(z.expression().placeIds()).contains("jarablus", "al-bab", "azaz");
        });
        assertThat(seed.zones()).anyMatch(z -> z.faction().equals("hts") && z.expression().placeIds().contains("idlib-governorate"));
        assertThat(seed.zones().get(seed.zones().size() - 1).faction()).isEqualTo("syrian-government");
    }

    @Test
    void theIndexListsEverySnapshotFile() throws IOException {
        Path dir = Path.of("geodata/zones");
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> json = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).collect(Collectors.toSet());
            assertThat(new TreeSet<>(SnapshotReader.bundledFileNames())).isEqualTo(new TreeSet<>(json));
        }
    }
}
