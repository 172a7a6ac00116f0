package org.frontlinemap.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SnapshotComposerTest {

    static final String GOOD = """
            {"id": "2017-09-25", "date": "2017-09-25", "generalised": true,
             "sources": [{"key": "a", "name": "Agency", "date": "2017-09-26", "facts": "x holds the west"}],
             "zones": [
               {"name": "gov-west", "faction": "syrian-government", "expr": "south-governorate & euphrates-west-bank"},
               {"name": "sdf-east", "faction": "sdf", "expr": "euphrates-east-bank - @gov-west - buffer(east-town, 10)", "sources": ["a"]},
               {"name": "isis-town", "faction": "isis", "expr": "east-town", "confidence": 0.6}
             ]}
            """;

    private final SnapshotComposer composer = new SnapshotComposer(new PlaceAreas(Shapes.gazetteer()), FactionCatalog.bundled());

    static Snapshot read(String name, String json) {
        return SnapshotReader.read(name, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void composesFromGazetteerIds() {
        SnapshotComposer.Result r = composer.compose(read("good.json", GOOD), LocalDate.parse("2017-10-20"));
        assertThat(r.zones()).extracting(ControlZone::faction).containsExactly("syrian-government", "sdf", "isis");
        ControlZone gov = r.zones().get(0);
        assertThat(gov.areaKm2()).isCloseTo(GeodesicArea.km2(Shapes.box(36, 34, 38, 35)), within(0.01));
        assertThat(gov.validFrom()).isEqualTo(LocalDate.parse("2017-09-25"));
        assertThat(gov.validTo()).isEqualTo(LocalDate.parse("2017-10-20"));
        assertThat(gov.provenance().snapshotId()).isEqualTo("2017-09-25");
        assertThat(gov.provenance().sources()).extracting(CitedSource::name).containsExactly("Agency");
        // a city known only as a point becomes a 6 km disc
        ControlZone isis = r.zones().get(2);
        assertThat(isis.areaKm2()).isCloseTo(Math.PI * 36, within(3.0));
        assertThat(isis.confidence()).isEqualTo(0.6);
        // the SDF zone has a hole where the buffered town is
        assertThat(r.zones().get(1).geometry().intersects(isis.geometry())).isFalse();
    }

    @Test
    void reportsEveryUnknownIdWithFileAndZone() {
        String bad = GOOD.replace("south-governorate", "atlantis-governorate").replace("east-town\"", "nowhere\"");
        assertThatThrownBy(() -> composer.compose(read("bad.json", bad), null))
                .isInstanceOf(SnapshotException.class)
                .hasMessageContaining("bad.json: zone 'gov-west': unknown place id 'atlantis-governorate'")
                .hasMessageContaining("bad.json: zone 'isis-town': unknown place id 'nowhere'");
    }

    @Test
    void unknownFactionIsReported() {
        assertThatThrownBy(() -> composer.compose(read("f.json", GOOD.replace("\"isis\"", "\"martians\"")), null))
                .hasMessageContaining("f.json: zone 'isis-town': unknown faction 'martians'");
    }

    @Test
    void riversNeedAnExplicitBuffer() {
        String s = GOOD.replace("\"expr\": \"east-town\"", "\"expr\": \"river\"");
        assertThatThrownBy(() -> composer.compose(read("r.json", s), null)).hasMessageContaining("buffer(river, km)");
        String ok = GOOD.replace("\"expr\": \"east-town\"", "\"expr\": \"buffer(river, 2)\"");
        assertThat(composer.compose(read("r.json", ok), null).zones()).hasSize(3);
    }

    @Test
    void readerRejectsMalformedFiles() {
        assertThatThrownBy(() -> read("x.json", "{not json")).hasMessageContaining("x.json: not valid JSON");
        assertThatThrownBy(() -> SnapshotReader.read("y.json", new byte[]{(byte) 0xff, (byte) 0xfe, 0x7b}))
                .hasMessageContaining("not valid UTF-8");
        assertThatThrownBy(() -> read("z.json", GOOD.replace("\"sources\": [\"a\"]", "\"sources\": [\"zz\"]")))
                .hasMessageContaining("zone 'sdf-east': cites unknown source key 'zz'");
        assertThatThrownBy(() -> read("w.json", GOOD.replace("@gov-west", "@isis-town")))
                .hasMessageContaining("'@isis-town' must name a zone defined above it");
        assertThatThrownBy(() -> read("d.json", GOOD.replace("\"date\": \"2017-09-25\"", "\"date\": \"25/09/2017\"")))
                .hasMessageContaining("is not a date");
        assertThatThrownBy(() -> read("s.json", GOOD.replace("\"held\"", "\"held\"").replace("\"confidence\": 0.6", "\"status\": \"occupied\"")))
                .hasMessageContaining("unknown zone status 'occupied'");
    }

    @Test
    void datesOutsideTheWarAreRejected() {
        Snapshot s = read("old.json", GOOD.replace("\"date\": \"2017-09-25\"", "\"date\": \"2009-05-01\""));
        assertThatThrownBy(() -> composer.compose(s, null)).hasMessageContaining("2009-05-01 is outside 2011-01-01..");
    }
}
