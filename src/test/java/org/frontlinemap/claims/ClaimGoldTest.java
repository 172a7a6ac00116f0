package org.frontlinemap.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the extractor over the annotated sentences and the seed article, with the gold place mentions. */
class ClaimGoldTest {

    private static List<GoldItem> gold;
    private static final RuleBasedClaimExtractor EXTRACTOR = new RuleBasedClaimExtractor();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = ClaimGoldTest.class.getClassLoader().getResourceAsStream("gold/claims.jsonl")) {
            gold = GoldItem.readJsonl(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void goldHasTheSeedAndEnoughOwnSentences() {
        assertThat(gold).anyMatch(i -> i.id().equals("seed"));
        assertThat(gold.stream().filter(i -> !i.id().equals("seed")).count()).isGreaterThanOrEqualTo(80);
        for (Relation r : Relation.values()) {
            assertThat(gold.stream().flatMap(i -> i.claims().stream())).as(r.code()).anyMatch(c -> c.relation() == r);
        }
    }

    @Test
    void overallF1IsAtLeastPointEight() {
        ClaimScorer.Report report = ClaimScorer.score(gold, EXTRACTOR, ClaimScorer.goldMentions(gold));
        System.out.println(report.toText());
        assertThat(report.f1()).isGreaterThanOrEqualTo(0.8);
        assertThat(report.share().value()).isGreaterThanOrEqualTo(0.8);
        assertThat(report.negated().value()).isGreaterThanOrEqualTo(0.9);
        List<GoldItem> heldOut = gold.stream().filter(i -> i.id().startsWith("h")).toList();
        System.out.println("held out:\n" + ClaimScorer.score(heldOut, EXTRACTOR, ClaimScorer.goldMentions(gold)).toText());
    }

    @Test
    void seedArticleYieldsAllItsClaims() {
        GoldItem seed = gold.stream().filter(i -> i.id().equals("seed")).findFirst().orElseThrow();
        ClaimScorer.Report report = ClaimScorer.score(List.of(seed), EXTRACTOR, ClaimScorer.goldMentions(gold));
        System.out.println(report.toText());
        assertThat(report.recall()).isEqualTo(1.0);
        assertThat(report.misses()).noneMatch(m -> m.kind().equals("attr"));

        List<Claim> claims = EXTRACTOR.extract(seed.text(), seed.toMentions(), LocalDate.of(2017, 9, 25));
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.actor()).isEqualTo("sdf");
            assertThat(c.relation()).isEqualTo(Relation.CONTROLS);
            assertThat(c.placeId()).isEqualTo("raqqa");
            assertThat(c.share()).isEqualTo(0.8);
        });
        assertThat(claims).filteredOn(c -> c.relation() == Relation.AGREED_ZONE)
                .extracting(Claim::actor, Claim::placeId, Claim::scopePlaceId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("syrian-government", "euphrates-west-bank",
                                "deir-ez-zor-governorate"),
                        org.assertj.core.groups.Tuple.tuple("sdf", "euphrates-east-bank", "deir-ez-zor-governorate"));
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.actor()).isEqualTo("isis");
            assertThat(c.placeId()).isEqualTo("deir-ez-zor");
            assertThat(c.share()).isEqualTo(0.6);
            assertThat(c.validFrom()).isEqualTo(LocalDate.of(2014, 1, 1));
        });
        for (Claim c : claims) {
            assertThat(seed.text().substring(c.start(), c.end())).isEqualTo(c.evidence());
        }
    }
}
