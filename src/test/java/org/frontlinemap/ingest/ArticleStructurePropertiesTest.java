package org.frontlinemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ArticleStructurePropertiesTest {

    @Provide
    Arbitrary<String> newsLikeText() {
        return Arbitraries.of("الرقة", "قوات", "سيطرت", "Raqqa", "the", "SDF", "25", "أيلول", "2017", ".", "؟", "!", "،",
                        "\n", "\n\n", "\r\n", " ", "  ", "\t", "\u00A0", "\u202E", "\uFEFF", "\u0007", "ـ", "«", "»")
                .list().ofMaxSize(400).map(parts -> String.join(" ", parts));
    }

    @Property(tries = 300)
    void paragraphsAndSentencesStayInsideTheBodyInOrder(@ForAll("newsLikeText") String raw) {
        String body = ArticleStructure.cleanBody(raw);
        ArticleStructure s = ArticleStructure.of(body);
        int prev = 0;
        for (int i = 0; i < s.paragraphs().size(); i++) {
            var p = s.paragraphs().get(i);
            assertEquals(i, p.ordinal());
            assertTrue(p.start() >= prev && p.end() > p.start() && p.end() <= body.length());
            assertFalse(Character.isWhitespace(body.charAt(p.start())));
            assertFalse(Character.isWhitespace(body.charAt(p.end() - 1)));
            int sPrev = p.start();
            for (var x : p.sentences()) {
                assertTrue(x.start() >= sPrev && x.end() > x.start() && x.end() <= p.end());
                sPrev = x.end();
            }
            assertEquals(i, s.paragraphAt(p.start()));
            prev = p.end();
        }
        if (!body.isBlank()) {
            assertFalse(s.paragraphs().isEmpty());
        }
    }

    @Property(tries = 300)
    void dateFinderNeverThrowsAndOnlyReturnsRealDates(@ForAll("newsLikeText") String text) {
        ArticleDateFinder.find(text).ifPresent(d -> {
            assertTrue(d.start() >= 0 && d.end() <= text.length() && d.start() < d.end());
            assertTrue(d.date().getYear() >= 1900);
        });
    }

    @Property(tries = 200)
    void decoderEitherReturnsTextOrRefuses(@ForAll byte[] bytes) {
        try {
            String s = TextDecoder.decode(bytes);
            assertTrue(s.indexOf('\uFFFD') < 0);
        } catch (RefusedInputException refused) {
            assertFalse(refused.getMessage().isBlank());
        }
    }
}
