package org.frontlinemap.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontlinemap.gazetteer.PlaceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoparseSupportTest {

    private static final Mention RAQQA = new Mention(6, 11, "الرقة", "raqqa", "Raqqa", "الرقة", PlaceKind.CITY,
            35.95, 39.01, 0.95, "alias", null);

    @Test
    void languageByScriptShare() {
        assertThat(LanguageDetector.detect("دخلت القوات الرقة")).isEqualTo("ar");
        assertThat(LanguageDetector.detect("Troops entered Raqqa (الرقة)")).isEqualTo("en");
        assertThat(LanguageDetector.detect("123 !!")).isEqualTo("und");
    }

    @Test
    void jsonLineHasTheFieldsAndTheExtensionHook() throws Exception {
        String text = "دخلت الرقة أمس";
        GeoparseJson json = new GeoparseJson().with((doc, t, ms) -> doc.putArray("claims").add(ms.size()));
        String line = json.line("a.txt", text, "ar", List.of(new Mention(5, 10, "الرقة", "raqqa", "Raqqa", "الرقة",
                PlaceKind.CITY, 35.95, 39.01, 0.95, "alias", "south")));
        assertThat(line).doesNotContain("\n");
        JsonNode o = new ObjectMapper().readTree(line);
        assertThat(o.path("file").asText()).isEqualTo("a.txt");
        JsonNode m = o.path("mentions").get(0);
        assertThat(m.path("surface").asText()).isEqualTo(text.substring(m.path("start").asInt(), m.path("end").asInt()));
        assertThat(m.path("kind").asText()).isEqualTo("city");
        assertThat(m.path("direction").asText()).isEqualTo("south");
        assertThat(o.path("claims").get(0).asInt()).isEqualTo(1);
    }

    @Test
    void bracketedText() {
        assertThat(GeoparseJson.bracketed("دخلت الرقة أمس", List.of(new Mention(5, 10, "الرقة", "raqqa", null, null,
                PlaceKind.CITY, 0, 0, 1, "alias", null)))).isEqualTo("دخلت [الرقة|raqqa] أمس");
    }

    @Test
    void filesAreReadAsUtf8WithoutTheByteOrderMark(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bom.txt");
        byte[] body = "الرقة".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 4];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        withBom[withBom.length - 1] = (byte) 0xFF; // malformed
        Files.write(f, withBom);
        assertThat(TextFiles.readUtf8(f)).isEqualTo("الرقة\uFFFD");
    }

    @Test
    void evaluationMatchesExactSpansOrOverlapsNamingTheSamePlace() {
        Geoparser fixed = text -> List.of(RAQQA, new Mention(12, 17, "سوريا", "syria", null, null, PlaceKind.COUNTRY,
                35, 38.5, 0.9, "alias", null));
        String text = "مدينة الرقة سوريا الديمقراطية";
        GeoparseEvaluation.GoldDocument doc = new GeoparseEvaluation.GoldDocument("d", "ar", text,
                List.of(new GeoparseEvaluation.GoldMention(0, 11, "مدينة الرقة", "raqqa", null, null, false)),
                List.of(new GeoparseEvaluation.Trap(12, 29, "سوريا الديمقراطية", "organisation")));
        GeoparseEvaluation.Result r = GeoparseEvaluation.evaluate(fixed, List.of(doc));
        assertThat(r.truePositives()).isEqualTo(1);
        assertThat(r.falsePositives()).isEqualTo(1);
        assertThat(r.trapViolations()).isEqualTo(1);
        assertThat(r.precision()).isEqualTo(0.5);
        assertThat(r.recall()).isEqualTo(1.0);
        // overlapping but another place: not a match
        Geoparser wrong = text2 -> List.of(new Mention(6, 11, "الرقة", "raqqa-governorate", null, null,
                PlaceKind.GOVERNORATE, 35.9, 38.9, 0.9, "alias", null));
        GeoparseEvaluation.Result w = GeoparseEvaluation.evaluate(wrong, List.of(doc));
        assertThat(w.truePositives()).isZero();
        assertThat(w.falseNegatives()).isEqualTo(1);
    }

    @Test
    void devFormatIsScoredByDistanceAndNestedMentionsAreOptional(@TempDir Path dir) throws Exception {
        Path dev = dir.resolve("dev.jsonl");
        String text = "في ريف الرقة الشمالي";
        Files.writeString(dev, "{\"id\":\"x\",\"lang\":\"ar\",\"text\":\"" + text + "\",\"mentions\":["
                + "{\"surface\":\"ريف الرقة الشمالي\",\"start\":3,\"lat\":36.2,\"lon\":39.0},"
                + "{\"surface\":\"الرقة\",\"start\":7,\"lat\":35.95,\"lon\":39.01}],\"non_place_traps\":[]}\n");
        List<GeoparseEvaluation.GoldDocument> docs = GeoparseEvaluation.readDev(dev);
        assertThat(docs.get(0).mentions().get(1).optional()).isTrue();
        Geoparser g = t -> List.of(new Mention(3, 20, "ريف الرقة الشمالي", "raqqa-countryside-north", null, null,
                PlaceKind.RELATIVE_REGION, 36.25, 39.0, 0.9, "alias", null));
        GeoparseEvaluation.Result r = GeoparseEvaluation.evaluate(g, docs);
        assertThat(r.recall()).isEqualTo(1.0);
        assertThat(r.resolutionAccuracy()).isEqualTo(1.0);
    }

    @Test
    void benchmarkMeasuresBothSides() {
        GeoparseBenchmark.Result r = GeoparseBenchmark.run(new GazetteerGeoparser(FixtureGazetteer.GAZETTEER),
                List.of("دخلت القوات الرقة وريفها الشمالي"), 50);
        assertThat(r.geoparserMbPerSecond()).isPositive();
        assertThat(r.analyzerMbPerSecond()).isPositive();
        assertThat(r.mentions()).isEqualTo(2);
    }
}
