package org.frontlinemap.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class GazetteerTsvTest {

    static final String HEADER = String.join("\t", GazetteerTsv.COLUMNS) + "\n";

    private static List<Place> read(String text) {
        return GazetteerTsv.read("test.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsRowsWithAliases() {
        List<Place> ps = read(HEADER + "raqqa\tcity\tRaqqa\tالرقة\tAr Raqqah|Rakka\tرقة\traqqa-governorate\t177636\t35.95"
                + "\t39.0\t172955\tcurated\n# a comment\n\n");
        assertThat(ps).hasSize(1);
        Place p = ps.get(0);
        assertThat(p.kind()).isEqualTo(PlaceKind.CITY);
        assertThat(p.aliasesEn()).containsExactly("Ar Raqqah", "Rakka");
        assertThat(p.aliasesAr()).containsExactly("رقة");
        assertThat(p.population()).isEqualTo(177636L);
        assertThat(p.geonamesId()).isEqualTo(172955L);
    }

    @Test
    void missingColumnNamesFileAndLine() {
        assertThatThrownBy(() -> read(HEADER + "a\tcity\tA\t\t\t\t\t\t1\t2\t\tcurated\nb\tcity\tB\t\t\t\t\t1\t2\t\tcurated\n"))
                .isInstanceOf(GeodataFormatException.class)
                .hasMessageContaining("test.tsv:3").hasMessageContaining("expected 12");
    }

    @Test
    void badCoordinateNamesFileAndLine() {
        assertThatThrownBy(() -> read(HEADER + "a\tcity\tA\t\t\t\t\t\t95.2\t2\t\tcurated\n"))
                .isInstanceOf(GeodataFormatException.class).hasMessageContaining("test.tsv:2")
                .hasMessageContaining("bad lat");
        assertThatThrownBy(() -> read(HEADER + "a\tcity\tA\t\t\t\t\t\t35\tnorth\t\tcurated\n"))
                .hasMessageContaining("test.tsv:2").hasMessageContaining("bad lon");
    }

    @Test
    void badKindIdAndHeaderAreRejected() {
        assertThatThrownBy(() -> read(HEADER + "a\tcastle\tA\t\t\t\t\t\t35\t36\t\tcurated\n"))
                .hasMessageContaining("unknown kind");
        assertThatThrownBy(() -> read(HEADER + "Bad Id\tcity\tA\t\t\t\t\t\t35\t36\t\tcurated\n"))
                .hasMessageContaining("bad id");
        assertThatThrownBy(() -> read("id\tname\n")).hasMessageContaining("test.tsv:1").hasMessageContaining("header");
        assertThatThrownBy(() -> read("")).hasMessageContaining("empty file");
    }

    @Test
    void invalidUtf8IsAnError() {
        byte[] bytes = (HEADER + "a\tcity\tA\t").getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xC3;
        bad[bytes.length + 1] = (byte) 0x28;
        assertThatThrownBy(() -> GazetteerTsv.read("x.tsv", new ByteArrayInputStream(bad)))
                .hasMessageContaining("x.tsv").hasMessageContaining("UTF-8");
    }
}
