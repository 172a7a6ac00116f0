package org.frontlinemap.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Whatever the input, mentions point into the text, say what is there, come in order and never overlap. */
class GeoparserPropertiesTest {

    private static final GazetteerGeoparser GEOPARSER = new GazetteerGeoparser(FixtureGazetteer.GAZETTEER);
    private static final String SEED = seed();

    private static String seed() {
        try (InputStream in = GeoparserPropertiesTest.class.getClassLoader()
                .getResourceAsStream("geodata/corpus/seed-2017-09-25.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertWellFormed(String text, List<Mention> mentions) {
        int last = 0;
        for (Mention m : mentions) {
            assertThat(m.start()).isGreaterThanOrEqualTo(last);
            assertThat(m.end()).isGreaterThan(m.start()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
            assertThat(m.placeId()).isNotBlank();
            last = m.end();
        }
    }

    @Provide
    Arbitrary<String> arabicish() {
        Arbitrary<Character> letters = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.chars().range('\u0600', '\u06FF')),
                net.jqwik.api.Tuple.of(3, Arbitraries.chars().with(' ', '\u00AB', '\u00BB', '-', '.', '\u0640', '\u064B',
                        '\u200F', 'a', 'Z', '\'')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\uD800', '\uDFFF')));
        Arbitrary<String> noise = letters.list().ofMaxSize(60).map(cs -> {
            StringBuilder sb = new StringBuilder();
            cs.forEach(sb::append);
            return sb.toString();
        });
        Arbitrary<String> names = Arbitraries.of("الرقة", "دير الزور", "وإدلب", "لإدلب", "للرقة", "روسياوتركيا",
                "ريف حلب الشمالي", "وريفها الغربي", "الريف الشرقي", "جنوب", "شرق الفرات", "درع الفرات",
                "قوات سوريا الديمقراطية", "محافظة", "مدينة", "Raqqa", "northern Aleppo countryside", "east of the Euphrates",
                "و", "ال", "ب", "ل", "ريف");
        return Arbitraries.oneOf(noise, names).list().ofMaxSize(25).map(parts -> String.join("", parts));
    }

    @Property(tries = 400)
    void randomArabicishText(@ForAll("arabicish") String text) {
        assertWellFormed(text, GEOPARSER.parse(text));
    }

    @Property(tries = 200)
    void mutatedSeed(@ForAll @IntRange(min = 0, max = 1_000_000) int seed, @ForAll @IntRange(min = 1, max = 60) int edits) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(SEED);
        String inserts = "وبلال «» -\u0640\u064E\u200Fالريف\uD800\uDC00\uDFFF ";
        for (int i = 0; i < edits && sb.length() > 0; i++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(4)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, inserts.charAt(r.nextInt(inserts.length())));
                case 2 -> sb.setCharAt(at, (char) ('\u0621' + r.nextInt(40)));
                default -> sb.delete(at, Math.min(sb.length(), at + r.nextInt(12)));
            }
        }
        String text = sb.toString();
        assertWellFormed(text, GEOPARSER.parse(text));
    }

    @Test
    void hostileInputsGiveValidJson() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Random r = new Random(7);
        byte[] garbage = new byte[200_000];
        r.nextBytes(garbage);
        StringBuilder huge = new StringBuilder(20_000_000);
        while (huge.length() < 20_000_000) {
            huge.append(SEED).append('\n');
        }
        List<String> inputs = List.of("", " ", "\n\n", "!!!،؛؟...«»—", new String(garbage, StandardCharsets.UTF_8),
                new String(garbage, StandardCharsets.ISO_8859_1), "الرقة\uD800حلب\uDC00", "\uDFFFإدلب\uD83D",
                "Raqqa الرقة Ракка 拉卡 \uD83D\uDE00 دير الزور", huge.toString());
        for (String text : inputs) {
            List<Mention> ms = GEOPARSER.parse(text);
            assertWellFormed(text, ms);
            String line = new GeoparseJson().line("x.txt", text, LanguageDetector.detect(text), ms);
            JsonNode back = mapper.readTree(line);
            assertThat(back.path("mentions").size()).isEqualTo(ms.size());
        }
        assertThat(GEOPARSER.parse(null)).isEmpty();
    }
}
