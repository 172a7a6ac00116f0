package org.frontlinemap.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.frontlinemap.gazetteer.BundledGazetteer;
import org.junit.jupiter.api.Test;

/** The gold again, with the gazetteer the product ships rather than the test fixture. */
class GeoparseBundledGazetteerTest {

    private static final GazetteerGeoparser GEOPARSER = new GazetteerGeoparser(BundledGazetteer.shared());

    @Test
    void everySeedMentionIsFoundAndResolvedAndNoTrapIsMapped() throws IOException {
        GeoparseEvaluation.Result r = GeoparseEvaluation.evaluate(GEOPARSER, GeoparseGoldTest.gold("seed.jsonl"));
        assertThat(r.misses()).as("missed").isEmpty();
        assertThat(r.wrongPlaces()).as("wrongly resolved").isEmpty();
        assertThat(r.trapList()).as("traps mapped").isEmpty();
    }

    @Test
    void suiteScoresAtLeastNinetyPercentF1WithoutTrapViolations() throws IOException {
        GeoparseEvaluation.Result r = GeoparseEvaluation.evaluate(GEOPARSER,
                GeoparseGoldTest.gold("geoparse-suite.jsonl"));
        assertThat(r.f1()).as(r.summary() + "\nmisses " + r.misses() + "\nfp " + r.falsePositiveList())
                .isGreaterThanOrEqualTo(0.9);
        assertThat(r.trapViolations()).as(r.trapList().toString()).isZero();
    }

    @Test
    void geoparserKeepsUpWithTheAnalyzer() {
        // a loose floor against accidental quadratic work; the real figures come from 'bench-geoparse'
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("تقدمت القوات في ريف حلب الشمالي وبالرقة وشرق الفرات بينما قصفت قوات سوريا الديمقراطية مواقع "
                    + "جنوب دير الزور وغربها. Troops entered the northern Aleppo countryside near Manbij. ");
        }
        GeoparseBenchmark.Result r = GeoparseBenchmark.run(GEOPARSER, java.util.List.of(text.toString()), 1500);
        assertThat(r.ratio()).as(r.summary()).isGreaterThan(0.1);
    }
}
