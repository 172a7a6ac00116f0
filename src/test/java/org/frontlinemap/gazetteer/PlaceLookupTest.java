package org.frontlinemap.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.frontlinemap.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;

class PlaceLookupTest {

    private final PlaceLookup lookup = PlaceLookup.shared();

    @Test
    void findsArabicNamesAfterNormalisation() {
        assertThat(lookup.best("الرقة").orElseThrow().id()).isEqualTo("raqqa");
        assertThat(lookup.best("رقه").orElseThrow().id()).isEqualTo("raqqa");
        assertThat(lookup.best("دير الزّور").orElseThrow().id()).isEqualTo("deir-ez-zor");
        assertThat(lookup.best("ديرالزور").orElseThrow().id()).isEqualTo("deir-ez-zor");
        assertThat(lookup.best("اعزاز").orElseThrow().id()).isEqualTo("azaz");
        assertThat(lookup.best("أعزاز").orElseThrow().id()).isEqualTo("azaz");
        assertThat(lookup.best("حماه").orElseThrow().id()).isEqualTo("hama");
        assertThat(lookup.best("إدلـــب").orElseThrow().id()).isEqualTo("idlib");
        assertThat(lookup.best("شرق الفرات").orElseThrow().id()).isEqualTo("euphrates-east-bank");
        assertThat(lookup.best("ريف دير الزور الغربي").orElseThrow().id()).isEqualTo("deir-ez-zor-countryside-west");
        assertThat(lookup.best("الريف الشرقي لدير الزور").orElseThrow().id()).isEqualTo("deir-ez-zor-countryside-east");
    }

    @Test
    void findsEnglishSpellingVariants() {
        for (String s : List.of("Deir ez-Zor", "Deir al-Zour", "Dayr az-Zawr", "Deir Ezzor", "deir ez zor")) {
            assertThat(lookup.best(s).orElseThrow().id()).as(s).isEqualTo("deir-ez-zor");
        }
        assertThat(lookup.best("Abu Kamal").orElseThrow().id()).isEqualTo("al-bukamal");
        assertThat(lookup.best("Ayn al-Arab").orElseThrow().id()).isEqualTo("kobani");
        assertThat(lookup.best("western Deir ez-Zor countryside").orElseThrow().id())
                .isEqualTo("deir-ez-zor-countryside-west");
        assertThat(lookup.best("Nowhere-on-earth")).isEmpty();
    }

    @Test
    void searchGivesExactThenPrefixMatches() {
        List<Place> r = lookup.search("Raqq", 10);
        assertThat(r).isNotEmpty();
        assertThat(r.get(0).id()).isEqualTo("raqqa");
        assertThat(lookup.search("raqqa", 5).get(0).id()).isEqualTo("raqqa");
        assertThat(lookup.search("", 5)).isEmpty();
    }

    @Test
    void idsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (Place p : BundledGazetteer.shared().places()) {
            assertThat(seen.add(p.id())).as(p.id()).isTrue();
        }
    }

    /** The disambiguation rule: every shared name is settled by prominence, or listed as knowingly ambiguous. */
    @Test
    void sharedNamesAreSettledByProminenceOrListed() throws IOException {
        Set<String> listed = new HashSet<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("geodata/gazetteer/ambiguous.tsv")) {
            assertThat(in).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("key\t")) {
                    listed.add(ArabicNormalizer.key(line.split("\t")[0]));
                }
            }
        }
        List<String> unsettled = new ArrayList<>();
        for (Map.Entry<String, List<Place>> e : lookup.sharedKeys().entrySet()) {
            List<Place> ps = e.getValue();
            if (PlaceLookup.isTie(ps.get(0), ps.get(1)) && !listed.contains(e.getKey())) {
                unsettled.add(e.getKey() + "\t" + ps.stream().map(Place::id).toList());
            }
        }
        assertThat(unsettled).isEmpty();
    }
}
