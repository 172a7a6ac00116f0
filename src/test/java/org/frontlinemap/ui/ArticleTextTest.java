package org.frontlinemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.frontlinemap.store.ArticleQueries.ClaimSpan;
import org.frontlinemap.store.ArticleQueries.MentionSpan;
import org.junit.jupiter.api.Test;

class ArticleTextTest {

    static MentionSpan mention(int start, int end) {
        return new MentionSpan(start, 1, start, end, "", "p" + start, "city", 1, "r", null);
    }

    static ClaimSpan claim(long id, int start, int end) {
        return new ClaimSpan(id, 1L, "sdf", "controls", "raqqa", null, null, null, null, false, false, start, end, "");
    }

    @Test
    void cutsAtEveryBoundaryAndKeepsMentionsWhole() {
        String body = "0123456789abcdefghij";
        List<ArticleText.Run> runs = ArticleText.runs(body, 0, 20,
                List.of(mention(2, 5), mention(10, 14)),
                List.of(claim(1, 0, 12), claim(2, 8, 18)));
        assertThat(runs).extracting(ArticleText.Run::text)
                .containsExactly("01", "234", "567", "89", "abcd", "efgh", "ij");
        // the claim edge at 12 falls inside the mention 10–14 and is moved out to its edges
        assertThat(runs.get(4).mention().start()).isEqualTo(10);
        assertThat(runs.get(4).claims()).extracting(ClaimSpan::id).containsExactly(1L, 2L);
        assertThat(runs.get(3).claims()).extracting(ClaimSpan::id).containsExactly(1L, 2L);
        assertThat(runs.get(0).claims()).extracting(ClaimSpan::id).containsExactly(1L);
        assertThat(runs.get(5).claims()).extracting(ClaimSpan::id).containsExactly(2L);
        assertThat(runs.get(6).claims()).isEmpty();
        assertThat(runs.get(1).mention()).isNotNull();
        assertThat(runs.get(2).mention()).isNull();
    }

    @Test
    void onlyThePartInsideTheParagraph() {
        String body = "first para\nsecond para";
        List<ArticleText.Run> runs = ArticleText.runs(body, 11, 22, List.of(mention(0, 5), mention(11, 17)),
                List.of(claim(1, 3, 14)));
        assertThat(runs).extracting(ArticleText.Run::text).containsExactly("second", " para");
        assertThat(runs.get(0).claims()).hasSize(1);
        assertThat(runs.get(1).claims()).isEmpty();
    }

    @Property(tries = 300)
    void runsRebuildTheTextExactly(@ForAll @IntRange(min = 0, max = 40) int a, @ForAll @IntRange(min = 0, max = 40) int b,
                                   @ForAll @IntRange(min = 0, max = 40) int c, @ForAll @IntRange(min = 0, max = 40) int d,
                                   @ForAll @IntRange(min = 0, max = 60) int from, @ForAll @IntRange(min = 0, max = 60) int to) {
        String body = "النص العربي مع Raqqa و الرقة والمزيد من الكلمات هنا";
        List<MentionSpan> mentions = List.of(mention(Math.min(a, 10), Math.min(a, 10) + 3), mention(20, 25));
        List<ClaimSpan> claims = List.of(claim(1, Math.min(b, c), Math.max(b, c)), claim(2, Math.min(c, d), Math.max(c, d) + 5));
        List<ArticleText.Run> runs = ArticleText.runs(body, from, to, mentions, claims);
        int lo = Math.min(from, body.length());
        int hi = Math.max(lo, Math.min(to, body.length()));
        StringBuilder s = new StringBuilder();
        for (ArticleText.Run r : runs) {
            assertThat(r.text()).isNotEmpty();
            if (r.mention() != null) {
                assertThat(r.start()).isEqualTo(r.mention().start());
                assertThat(r.end()).isEqualTo(r.mention().end());
            }
            s.append(r.text());
        }
        assertThat(s.toString()).isEqualTo(body.substring(lo, hi));
    }
}
