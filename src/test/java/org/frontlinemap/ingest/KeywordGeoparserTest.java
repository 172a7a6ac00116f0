package org.frontlinemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.frontlinemap.geoparse.Mention;
import org.junit.jupiter.api.Test;

class KeywordGeoparserTest {

    @Test
    void wholeWordsOnlyLongestFirstSortedSpans() {
        KeywordGeoparser g = new KeywordGeoparser(Map.of("دير الزور", "deir-ez-zor", "الزور", "wrong", "Raqqa", "raqqa"));
        String text = "Raqqa, Raqqawi and دير الزور.";
        var ms = g.parse(text);
        assertEquals(2, ms.size());
        assertEquals("raqqa", ms.get(0).placeId());
        assertEquals("deir-ez-zor", ms.get(1).placeId());
        for (Mention m : ms) {
            assertEquals(m.surface(), text.substring(m.start(), m.end()));
        }
        assertEquals(0, g.parse("").size());
    }
}
