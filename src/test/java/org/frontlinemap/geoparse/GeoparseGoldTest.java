package org.frontlinemap.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The geoparser against the hand-annotated gold: the seed article completely, and the rule suite. */
class GeoparseGoldTest {

    private static final GazetteerGeoparser GEOPARSER = new GazetteerGeoparser(FixtureGazetteer.GAZETTEER);

    static List<GeoparseEvaluation.GoldDocument> gold(String name) throws IOException {
        try (InputStream in = GeoparseGoldTest.class.getResourceAsStream("/gold/" + name)) {
            return GeoparseEvaluation.readGold(in);
        }
    }

    @Test
    void seedGoldIsTheBundledSeedArticle() throws IOException {
        String bundled;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("geodata/corpus/seed-2017-09-25.txt")) {
            assertThat(in).isNotNull();
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        GeoparseEvaluation.GoldDocument seed = gold("seed.jsonl").get(0);
        assertThat(seed.text()).isEqualTo(bundled);
        for (GeoparseEvaluation.GoldMention m : seed.mentions()) {
            assertThat(bundled.substring(m.start(), m.end())).isEqualTo(m.surface());
        }
        assertThat(seed.mentions()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(seed.traps()).isNotEmpty();
    }

    @Test
    void everySeedMentionIsFoundAndResolvedAndNoTrapIsMapped() throws IOException {
        GeoparseEvaluation.Result r = GeoparseEvaluation.evaluate(GEOPARSER, gold("seed.jsonl"));
        assertThat(r.misses()).as("missed").isEmpty();
        assertThat(r.wrongPlaces()).as("wrongly resolved").isEmpty();
        assertThat(r.trapList()).as("traps mapped").isEmpty();
        assertThat(r.falsePositiveList()).as("false positives").isEmpty();
    }

    @Test
    void suiteScoresAtLeastNinetyPercentF1WithoutTrapViolations() throws IOException {
        List<GeoparseEvaluation.GoldDocument> suite = gold("geoparse-suite.jsonl");
        assertThat(suite).hasSizeGreaterThanOrEqualTo(150);
        GeoparseEvaluation.Result r = GeoparseEvaluation.evaluate(GEOPARSER, suite);
        assertThat(r.f1()).as(r.summary() + "\nmisses " + r.misses() + "\nfp " + r.falsePositiveList())
                .isGreaterThanOrEqualTo(0.9);
        assertThat(r.resolutionAccuracy()).as(r.wrongPlaces().toString()).isGreaterThanOrEqualTo(0.9);
        assertThat(r.trapViolations()).as(r.trapList().toString()).isZero();
    }

    @Test
    void suiteScoresAsWellWhenRegionsAreReachedByRulesAlone() throws IOException {
        GazetteerGeoparser rulesOnly = new GazetteerGeoparser(FixtureGazetteer.WITHOUT_REGION_NAMES);
        GeoparseEvaluation.Result r = GeoparseEvaluation.evaluate(rulesOnly, gold("geoparse-suite.jsonl"));
        assertThat(r.f1()).as(r.summary() + "\nmisses " + r.misses() + "\nfp " + r.falsePositiveList())
                .isGreaterThanOrEqualTo(0.9);
        assertThat(r.trapViolations()).isZero();
        GeoparseEvaluation.Result seed = GeoparseEvaluation.evaluate(rulesOnly, gold("seed.jsonl"));
        assertThat(seed.misses()).isEmpty();
        assertThat(seed.wrongPlaces()).isEmpty();
    }

    @Test
    void suiteCoversEveryRule() throws IOException {
        List<GeoparseEvaluation.GoldDocument> suite = gold("geoparse-suite.jsonl");
        GazetteerGeoparser rulesOnly = new GazetteerGeoparser(FixtureGazetteer.WITHOUT_REGION_NAMES);
        java.util.Set<String> rules = new java.util.TreeSet<>();
        for (GeoparseEvaluation.GoldDocument d : suite) {
            for (Mention m : rulesOnly.parse(d.text())) {
                rules.add(m.rule());
            }
        }
        assertThat(rules).contains("alias", "city-of", "governorate-of", "countryside", "countryside-dir",
                "countryside-pronoun", "bank", "direction", "direction-pronoun", "metonym");
        assertThat(suite.stream().filter(d -> "en".equals(d.lang())).count()).isGreaterThanOrEqualTo(40);
    }
}
