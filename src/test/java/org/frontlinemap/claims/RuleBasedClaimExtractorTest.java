package org.frontlinemap.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import org.frontlinemap.geoparse.Mention;

class RuleBasedClaimExtractorTest {

    private static final RuleBasedClaimExtractor EXTRACTOR = new RuleBasedClaimExtractor();
    private static final LocalDate DATE = LocalDate.of(2018, 6, 15);

    static Mention mention(String text, String surface, String placeId) {
        int s = text.indexOf(surface);
        return new Mention(s, s + surface.length(), surface, placeId, placeId, null, null, 0, 0, 1, "test", null);
    }

    @Test
    void verbSubjectOrderAndSubjectVerbOrderBothFindTheActor() {
        String vso = "سيطرت قوات النظام على مدينة تدمر.";
        String svo = "قوات النظام سيطرت على مدينة تدمر.";
        for (String text : List.of(vso, svo)) {
            List<Claim> claims = EXTRACTOR.extract(text, List.of(mention(text, "مدينة تدمر", "palmyra")), DATE);
            assertThat(claims).singleElement().satisfies(c -> {
                assertThat(c.actor()).isEqualTo("syrian-government");
                assertThat(c.relation()).isEqualTo(Relation.CAPTURED);
                assertThat(c.placeId()).isEqualTo("palmyra");
            });
        }
    }

    @Test
    void placeWordsInsideOrganisationNamesAreNotPlaces() {
        String text = "تسيطر قوات سوريا الديمقراطية على مدينة الطبقة.";
        List<Claim> claims = EXTRACTOR.extract(text,
                List.of(mention(text, "سوريا", "syria"), mention(text, "مدينة الطبقة", "tabqa")), DATE);
        assertThat(claims).extracting(Claim::actor, Claim::placeId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sdf", "tabqa"));
    }

    @Test
    void aPossessiveCueAgreesWithItsOwner() {
        String text = "تعهدت قسد بملاحقة تنظيم داعش بعد سيطرتها على مدينة منبج.";
        List<Claim> claims = EXTRACTOR.extract(text, List.of(mention(text, "مدينة منبج", "manbij")), DATE);
        assertThat(claims).extracting(Claim::actor, Claim::relation, Claim::placeId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sdf", Relation.CAPTURED, "manbij"));
    }

    @Test
    void aRelativeClausePointsBackToItsPlace() {
        String text = "وصلت التعزيزات إلى مدينة جرابلس، والتي يسيطر عليها تنظيم داعش.";
        List<Claim> claims = EXTRACTOR.extract(text, List.of(mention(text, "مدينة جرابلس", "jarablus")), DATE);
        assertThat(claims).extracting(Claim::actor, Claim::relation, Claim::placeId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("isis", Relation.CONTROLS, "jarablus"));
    }

    @Test
    void noPlaceNoClaimAndNoActorNoClaim() {
        String text = "سيطرت قوات النظام على البلدة. سيطر المسلحون على مدينة تدمر.";
        assertThat(EXTRACTOR.extract(text, List.of(mention(text, "مدينة تدمر", "palmyra")), DATE)).isEmpty();
    }

    @Test
    void theSameMentionsGiveTheSameClaimsWhateverTheInputOrder() {
        String text = "حشدت قوات النظام تعزيزات قرب إدلب وعفرين.";
        List<Mention> ms = new ArrayList<>(List.of(mention(text, "وعفرين", "afrin"), mention(text, "إدلب", "idlib")));
        assertThat(EXTRACTOR.extract(text, ms, DATE)).extracting(Claim::placeId).containsExactly("idlib", "afrin");
    }

    @Test
    void nullsBadMentionsAndHugeTextsDoNotThrow() {
        assertThat(EXTRACTOR.extract(null, null, null)).isEmpty();
        assertThat(EXTRACTOR.extract("", List.of(), DATE)).isEmpty();
        String text = "سيطرت قوات النظام على تدمر";
        List<Mention> bad = new ArrayList<>();
        bad.add(null);
        bad.add(new Mention(-5, 400, "x", "palmyra", null, null, null, 0, 0, 1, "t", null));
        bad.add(new Mention(10, 5, "x", null, null, null, null, 0, 0, 1, "t", null));
        assertThat(EXTRACTOR.extract(text, bad, DATE)).isEmpty();

        StringBuilder big = new StringBuilder(21_000_000);
        String unit = "سيطرت قوات النظام على مدينة تدمر منذ عام 2014 بنسبة 80 ٪ \uD800 و16 كم مربع. ";
        while (big.length() < 20_000_000) {
            big.append(unit);
        }
        String huge = big.toString();
        List<Mention> ms = List.of(new Mention(unit.indexOf("مدينة تدمر"), unit.indexOf("مدينة تدمر") + 10,
                "مدينة تدمر", "palmyra", null, null, null, 0, 0, 1, "t", null));
        List<Claim> claims = EXTRACTOR.extract(huge, ms, DATE);
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.relation()).isEqualTo(Relation.CONTROLS); // taken "since 2014": held from then on
            assertThat(c.validFrom()).isEqualTo(LocalDate.of(2014, 1, 1));
        });
    }

    @Property(tries = 300)
    void evidenceIsAlwaysAnExactSubstring(@ForAll("texts") String text, @ForAll("cuts") List<Integer> cuts) {
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.size(); i += 2) {
            int a = Math.min(cuts.get(i), text.length());
            int b = Math.min(cuts.get(i + 1), text.length());
            int s = Math.min(a, b);
            int e = Math.max(a, b);
            mentions.add(new Mention(s, e, text.substring(s, e), i % 4 == 0 ? "raqqa" : "euphrates-west-bank", null,
                    null, null, 0, 0, 1, "t", null));
        }
        List<Claim> claims = EXTRACTOR.extractOrThrow(text, mentions, DATE);
        for (Claim c : claims) {
            assertThat(c.start()).isBetween(0, text.length());
            assertThat(c.end()).isBetween(c.start(), text.length());
            assertThat(c.evidence()).isEqualTo(text.substring(c.start(), c.end()));
        }
    }

    @Property(tries = 200)
    void aClaimSurvivesAnyNoiseAroundIt(@ForAll("noise") String before, @ForAll("noise") String after) {
        String claim = "سيطرت قوات النظام على مدينة تدمر";
        String text = before + ". " + claim + ". " + after;
        int s = text.indexOf("مدينة تدمر", before.length());
        List<Mention> ms = List.of(new Mention(s, s + 10, "مدينة تدمر", "palmyra", null, null, null, 0, 0, 1, "t",
                null));
        List<Claim> claims = EXTRACTOR.extractOrThrow(text, ms, DATE);
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.actor()).isEqualTo("syrian-government");
            assertThat(c.placeId()).isEqualTo("palmyra");
            assertThat(c.evidence()).isEqualTo(text.substring(c.start(), c.end())).contains("مدينة تدمر");
        });
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings().withCharRange('\u0600', '\u06FF').withCharRange('\uD800', '\uDFFF')
                .withCharRange(' ', '~').ofMaxLength(80);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.of("سيطرت", "قوات", "النظام", "على", "الرقة", "تحت", "سيطرة", "داعش",
                "80", "٪", "كم", "مربع", "منذ", "عام", "2014", "لم", "نفت", "قسد", "والتحالف", "، و", ".", "؛", "\n",
                "The", "SDF", "holds", "80%", "of", "Raqqa", "\uD800", "\uDC00", "ّ", "ـ", "«", "»", "حيث", "الاتفاق",
                "بالضفة", "الغربية", "IS", "is", "a fifth", "لل", "و", "ب");
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(6);
        return Arbitraries.oneOf(words, words, words, noise).list().ofMaxSize(60).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 400).list().ofMaxSize(8);
    }
}
