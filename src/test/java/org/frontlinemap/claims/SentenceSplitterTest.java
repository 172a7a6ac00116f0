package org.frontlinemap.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void splitsOnArabicAndLatinEndsKeepingOffsets() {
        String text = "سيطرت القوات على البلدة. هل انسحب التنظيم؟ نعم؛ انسحب!\nThe U.S. army held 2.5 km2 there. ";
        List<TextSpan> spans = SentenceSplitter.split(text);
        assertThat(spans).extracting(s -> s.of(text)).containsExactly(
                "سيطرت القوات على البلدة.", "هل انسحب التنظيم؟", "نعم؛", "انسحب!", "The U.S. army held 2.5 km2 there.");
    }

    @Test
    void emptyAndBlankTextsHaveNoSentences() {
        assertThat(SentenceSplitter.split("")).isEmpty();
        assertThat(SentenceSplitter.split(null)).isEmpty();
        assertThat(SentenceSplitter.split(" \n ... \n")).extracting(s -> s.of(" \n ... \n")).containsExactly("...");
    }

    @Test
    void theSeedIsCutIntoItsSentences() throws Exception {
        String seed;
        try (var in = getClass().getClassLoader().getResourceAsStream("geodata/corpus/seed-2017-09-25.txt")) {
            seed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<TextSpan> spans = SentenceSplitter.split(seed);
        assertThat(spans.size()).isBetween(15, 25);
        assertThat(spans).allSatisfy(s -> assertThat(s.of(seed)).isEqualTo(s.of(seed).strip()));
    }
}
