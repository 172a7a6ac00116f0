package org.frontlinemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleStructureTest {

    @Test
    void blankLinesSeparateParagraphsAndOffsetsPointIntoTheBody() {
        String body = ArticleStructure.cleanBody("Title line\r\n\r\nFirst sentence. Second one?\r\n  \r\nالفقرة الثانية. وجملة أخرى؟ ثالثة!\n");
        ArticleStructure s = ArticleStructure.of(body);
        assertEquals(3, s.paragraphs().size());
        assertEquals("Title line", s.paragraphs().get(0).text(body));
        assertEquals("First sentence. Second one?", s.paragraphs().get(1).text(body));
        var p2 = s.paragraphs().get(2);
        assertEquals(3, p2.sentences().size());
        assertEquals("وجملة أخرى؟", body.substring(p2.sentences().get(1).start(), p2.sentences().get(1).end()));
        assertEquals(2, s.paragraphAt(p2.start() + 3));
        assertEquals(0, s.paragraphAt(0));
    }

    @Test
    void singleLineBreaksSeparateParagraphsWhenThereIsNoBlankLine() {
        String body = "one line.\ntwo line.\nthree line.";
        assertEquals(3, ArticleStructure.of(body).paragraphs().size());
    }

    @Test
    void aLongOneLineArticleIsCutAtSentenceEnds() {
        String sentence = "قالت مصادر إن القوات تقدمت نحو الضفة الشرقية لنهر الفرات قرب دير الزور. ";
        String body = ArticleStructure.cleanBody(sentence.repeat(60));
        ArticleStructure s = ArticleStructure.of(body);
        assertTrue(s.paragraphs().size() > 3, "pieces: " + s.paragraphs().size());
        int prevEnd = 0;
        for (var p : s.paragraphs()) {
            assertTrue(p.start() >= prevEnd);
            assertTrue(p.text(body).endsWith("."), p.text(body));
            assertTrue(p.end() - p.start() < ArticleStructure.LONG_PARAGRAPH_CHARS);
            prevEnd = p.end();
        }
    }

    @Test
    void cleanBodyDropsControlCharactersAndNormalisesLineEnds() {
        assertEquals("a\nb\n\nc", ArticleStructure.cleanBody("\uFEFFa\rb\r\n\r\nc\u0007\u202E"));
    }
}
