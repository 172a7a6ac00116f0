package org.frontlinemap.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClaimScorerTest {

    private static final String GOLD = """
            {"id":"x1","lang":"en","date":"2018-01-01","text":"The SDF holds 80% of Raqqa.","mentions":[{"start":21,"end":26,"surface":"Raqqa","placeId":"raqqa"}],"claims":[{"actor":"sdf","relation":"controls","placeId":"raqqa","share":0.8,"areaKm2":null,"validFrom":null,"negated":false,"evidence":null}]}
            {"id":"x2","lang":"en","date":"2018-01-01","text":"ISIS shelled Hajin.","mentions":[{"start":13,"end":18,"surface":"Hajin","placeId":"hajin"}],"claims":[{"actor":"isis","relation":"attacked","placeId":"hajin","share":null,"areaKm2":null,"validFrom":"2014","negated":false,"evidence":null}]}
            """;

    @Test
    void countsMatchesMissesAndExtras() throws Exception {
        List<GoldItem> gold = GoldItem.readJsonl(new StringReader(GOLD));
        ClaimScorer.Report r = ClaimScorer.score(gold, new RuleBasedClaimExtractor(), ClaimScorer.goldMentions(gold));
        assertThat(r.gold()).isEqualTo(2);
        assertThat(r.found()).isEqualTo(2);
        assertThat(r.matched()).isEqualTo(1);
        assertThat(r.precision()).isEqualTo(0.5);
        assertThat(r.recall()).isEqualTo(0.5);
        assertThat(r.share().value()).isEqualTo(1.0);
        assertThat(r.misses()).extracting(ClaimScorer.Miss::kind).containsExactlyInAnyOrder("miss", "extra");
        assertThat(r.toText()).contains("precision 0.500").contains("miss  x2");
    }

    @Test
    void mentionOffsetsMustMatchTheirSurface() {
        String bad = GOLD.lines().findFirst().orElseThrow().replace("\"start\":21", "\"start\":20");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GoldItem.readJsonl(new StringReader(bad)))
                .hasMessageContaining("line 1");
    }
}
