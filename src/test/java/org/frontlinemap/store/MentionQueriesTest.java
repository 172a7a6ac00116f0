package org.frontlinemap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.frontlinemap.ingest.IngestOptions;
import org.frontlinemap.ingest.IngestService;
import org.frontlinemap.ingest.KeywordGeoparser;
import org.frontlinemap.ingest.RawArticle;
import org.frontlinemap.ingest.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MentionQueriesTest {

    final HikariDataSource ds = TestDb.fresh();
    long sep;
    long oct;
    long undated;

    @BeforeEach
    void load() {
        IngestService svc = new IngestService(ds, KeywordGeoparser.syrianCities(), (t, m, d) -> List.of());
        sep = add(svc, "Intro line without places.\n\nFighting in Raqqa and Aleppo.", LocalDate.of(2017, 9, 25));
        oct = add(svc, "Raqqa was taken.\n\nRaqqa celebrates.", LocalDate.of(2017, 10, 17));
        undated = add(svc, "Raqqa again, some day.", null);
        add(svc, "Aleppo only.", LocalDate.of(2016, 12, 22));
    }

    private static long add(IngestService svc, String text, LocalDate date) {
        return svc.ingest(new RawArticle("T " + text.length(), "S", null, date, false, "en", List.of(), text, "x"),
                IngestOptions.NONE).articleId();
    }

    @AfterEach
    void close() {
        ds.close();
    }

    @Test
    void placeMentionsNewestFirstWithParagraphOffsets() throws Exception {
        var page = new MentionQueries(ds).placeMentions("raqqa", null, null, 0, 10);
        assertEquals(4, page.total());
        var items = page.items();
        assertEquals(List.of(oct, oct, sep, undated), items.stream().map(MentionQueries.ParagraphMentions::articleId).toList());
        var first = items.get(0);
        assertEquals("Raqqa was taken.", first.text());
        assertEquals(LocalDate.of(2017, 10, 17), first.published());
        var sepPara = items.get(2);
        assertEquals("Fighting in Raqqa and Aleppo.", sepPara.text());
        assertEquals(2, sepPara.mentions().size());
        for (var span : sepPara.mentions()) {
            assertEquals(span.surface(), sepPara.text().substring(span.start(), span.end()));
        }
        assertNull(items.get(3).published());
    }

    @Test
    void dateRangeAndPaging() throws Exception {
        MentionQueries q = new MentionQueries(ds);
        var sepOnly = q.placeMentions("raqqa", LocalDate.of(2017, 9, 1), LocalDate.of(2017, 9, 30), 0, 10);
        assertEquals(1, sepOnly.total());
        assertEquals(sep, sepOnly.items().get(0).articleId());
        var p1 = q.placeMentions("raqqa", null, null, 1, 3);
        assertEquals(1, p1.items().size());
        assertEquals(undated, p1.items().get(0).articleId());
        assertEquals(0, q.placeMentions("nowhere", null, null, 0, 10).total());
    }

    @Test
    void countsAndTimeline() throws Exception {
        MentionQueries q = new MentionQueries(ds);
        var all = q.placeMentionCounts(null, null);
        assertEquals(4L, all.get("raqqa"));
        assertEquals(2L, all.get("aleppo"));
        var autumn = q.placeMentionCounts(LocalDate.of(2017, 9, 1), LocalDate.of(2017, 12, 31));
        assertEquals(3L, autumn.get("raqqa"));
        assertEquals(1L, autumn.get("aleppo"));
        var months = q.articlesPerMonth();
        assertEquals(List.of(new MentionQueries.MonthCount(YearMonth.of(2016, 12), 1),
                new MentionQueries.MonthCount(YearMonth.of(2017, 9), 1),
                new MentionQueries.MonthCount(YearMonth.of(2017, 10), 1)), months);
    }

    @Test
    void articleViewHasEverySpanAndListIsNewestFirst() throws Exception {
        ArticleQueries q = new ArticleQueries(ds);
        var v = q.article(oct).orElseThrow();
        assertEquals(2, v.paragraphs().size());
        assertEquals(2, v.mentions().size());
        assertTrue(v.mentions().stream().allMatch(m -> v.body().substring(m.start(), m.end()).equals("Raqqa")));
        assertTrue(q.article(999_999).isEmpty());
        assertEquals(List.of(oct, sep), q.list(0, 2).stream().map(ArticleQueries.ArticleSummary::id).toList());
        assertEquals(4, q.count());
    }
}
