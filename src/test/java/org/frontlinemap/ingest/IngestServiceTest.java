package org.frontlinemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.frontlinemap.claims.Claim;
import org.frontlinemap.claims.ClaimExtractor;
import org.frontlinemap.claims.Relation;
import org.frontlinemap.geoparse.Geoparser;
import org.frontlinemap.geoparse.Mention;
import org.frontlinemap.store.ArticleQueries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestServiceTest {

    @TempDir
    Path dir;

    final HikariDataSource ds = TestDb.fresh();
    final Geoparser geoparser = KeywordGeoparser.syrianCities();

    /** A claim "sdf controls X" for every sentence with سيطرت and a mention in it. */
    static final ClaimExtractor CLAIMS = (text, mentions, date) -> {
        List<Claim> out = new ArrayList<>();
        int at = text.indexOf("سيطرت");
        for (Mention m : mentions) {
            if (at >= 0 && m.start() > at) {
                out.add(new Claim("sdf", Relation.CONTROLS, m.placeId(), null, 0.8, null, date, false, false,
                        at, m.end(), text.substring(at, m.end())));
                break;
            }
        }
        return out;
    };

    @AfterEach
    void close() {
        ds.close();
    }

    private IngestService service() {
        return new IngestService(ds, geoparser, CLAIMS);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void storesArticleWithParagraphsSentencesMentionsAndClaimsAtBodyOffsets() throws Exception {
        write("a.txt", "---\ntitle: معركة الرقة\npublished: 2017-09-25\n---\n"
                + "قالت مصادر إن المعارك مستمرة في دير الزور. وتقدمت القوات.\n\n"
                + "سيطرت قوات سوريا الديمقراطية على معظم الرقة، وفق مصادر محلية.");
        IngestSummary s = service().ingest(List.of(dir), IngestOptions.NONE, IngestListener.NONE);
        assertEquals(1, s.newCount(), s.outcomes().toString());
        long id = s.outcomes().get(0).articleId();
        var view = new ArticleQueries(ds).article(id).orElseThrow();
        assertEquals("معركة الرقة", view.title());
        assertEquals(LocalDate.of(2017, 9, 25), view.published());
        assertEquals("metadata", view.dateBasis());
        assertEquals("ar", view.lang());
        assertEquals(2, view.paragraphs().size());
        assertEquals(3, TestDb.count(ds, "SELECT COUNT(*) FROM sentences"));
        assertEquals(2, view.mentions().size());
        for (var m : view.mentions()) {
            assertEquals(m.surface(), view.body().substring(m.start(), m.end()));
        }
        assertEquals("raqqa", view.mentions().get(1).placeId());
        assertEquals(view.paragraphs().get(1).id(), view.mentions().get(1).paragraphId());
        assertEquals(1, view.claims().size());
        var claim = view.claims().get(0);
        assertEquals("raqqa", claim.placeId());
        assertEquals(view.paragraphs().get(1).id(), claim.paragraphId());
        assertTrue(view.body().substring(claim.start(), claim.end()).startsWith("سيطرت"));
        assertEquals(LocalDate.of(2017, 9, 25), claim.validFrom());
    }

    @Test
    void reIngestIsANoOpAndReformattedCopiesAreDuplicates() throws Exception {
        write("a.txt", "سيطرت القوات على الرقة.\n\nوتستمر المعارك في حلب.");
        IngestService svc = service();
        assertEquals(1, svc.ingest(List.of(dir), IngestOptions.NONE, IngestListener.NONE).newCount());
        IngestSummary again = svc.ingest(List.of(dir), IngestOptions.NONE, IngestListener.NONE);
        assertEquals(0, again.newCount());
        assertEquals(1, again.duplicateCount());
        // same words, other line breaks and diacritics, from another source: still the same content
        IngestOutcome copy = svc.ingest(new RawArticle(null, "Other", null, null, false, null, List.of(),
                "سَيطرت   القوات على الرقة.\r\n\r\n\r\nوتستمر المعارك في حلب.", "copy"), IngestOptions.NONE);
        assertEquals(IngestOutcome.Status.DUPLICATE, copy.status());
        // the same story told in other words is another article
        IngestOutcome other = svc.ingest(RawArticle.ofText("القوات باتت تسيطر على الرقة، والمعارك مستمرة في حلب.",
                "other"), IngestOptions.NONE);
        assertEquals(IngestOutcome.Status.NEW, other.status());
        assertEquals(2, TestDb.count(ds, "SELECT COUNT(*) FROM articles"));
        assertEquals(2, TestDb.count(ds, "SELECT COUNT(*) FROM mentions WHERE place_id = 'raqqa'"));
    }

    @Test
    void dateBasisMetadataTextUserNone() throws Exception {
        IngestService svc = service();
        LocalDate user = LocalDate.of(2019, 1, 1);
        IngestOptions opts = new IngestOptions(user, "Desk", "ar");
        long fromText = svc.ingest(RawArticle.ofText("دمشق، 25 أيلول 2017 — تقدمت القوات منذ عام 2014.", "t"), opts)
                .articleId();
        long fromUser = svc.ingest(RawArticle.ofText("تقدمت القوات اليوم الأحد في الرقة منذ عام 2014.", "u"), opts)
                .articleId();
        long none = svc.ingest(RawArticle.ofText("Fighting went on near Raqqa.", "n"), IngestOptions.NONE)
                .articleId();
        ArticleQueries q = new ArticleQueries(ds);
        var t = q.article(fromText).orElseThrow();
        assertEquals(LocalDate.of(2017, 9, 25), t.published());
        assertEquals("text", t.dateBasis());
        assertEquals("Desk", t.source());
        var u = q.article(fromUser).orElseThrow();
        assertEquals(user, u.published());
        assertEquals("user", u.dateBasis());
        var n = q.article(none).orElseThrow();
        assertNull(n.published());
        assertEquals("none", n.dateBasis());
        assertEquals("en", n.lang());
    }

    @Test
    void failingAnalysisOrStorageLeavesNothingBehind() throws Exception {
        IngestService throwing = new IngestService(ds, text -> {
            throw new IllegalStateException("boom");
        }, CLAIMS);
        IngestOutcome o = throwing.ingest(RawArticle.ofText("سيطرت القوات على الرقة.", "x"), IngestOptions.NONE);
        assertEquals(IngestOutcome.Status.REFUSED, o.status());
        assertTrue(o.reason().contains("boom"));

        // a claim too long for its column fails inside the transaction, after the article row was written
        ClaimExtractor bad = (text, mentions, date) -> List.of(new Claim("sdf", Relation.CONTROLS, "x".repeat(500),
                null, null, null, null, false, false, 0, 3, "abc"));
        IngestOutcome failed = new IngestService(ds, geoparser, bad)
                .ingest(RawArticle.ofText("سيطرت القوات على الرقة.\n\nوحلب.", "y"), IngestOptions.NONE);
        assertEquals(IngestOutcome.Status.REFUSED, failed.status());
        assertTrue(failed.reason().startsWith("could not store"), failed.reason());
        for (String table : List.of("articles", "paragraphs", "sentences", "mentions", "claims")) {
            assertEquals(0, TestDb.count(ds, "SELECT COUNT(*) FROM " + table), table);
        }
    }

    @Test
    void invalidSpansFromAnalysisAreDroppedNotStored() throws Exception {
        Geoparser sloppy = text -> List.of(
                new Mention(0, 5, "wrong", "raqqa", "Raqqa", null, null, 0, 0, 1, "x", null),
                new Mention(-1, 900, "x", "raqqa", "Raqqa", null, null, 0, 0, 1, "x", null));
        IngestOutcome o = new IngestService(ds, sloppy, CLAIMS)
                .ingest(RawArticle.ofText("Raqqa and Aleppo.", "s"), IngestOptions.NONE);
        assertEquals(IngestOutcome.Status.NEW, o.status());
        assertEquals(0, TestDb.count(ds, "SELECT COUNT(*) FROM mentions"));
    }

    @Test
    void hostileHtmlIsStoredAsPlainText() throws Exception {
        write("x.html", "<html><body><article><p>Raqqa <img src=x onerror=\"alert(1)\"> held."
                + "<script>steal()</script></p><p onclick=\"evil()\">Aleppo quiet.</p></article></body></html>");
        IngestSummary s = service().ingest(List.of(dir), IngestOptions.NONE, IngestListener.NONE);
        assertEquals(1, s.newCount(), s.outcomes().toString());
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT body FROM articles")) {
            rs.next();
            String body = rs.getString(1);
            assertEquals("Raqqa held.\n\nAleppo quiet.", body);
            assertFalse(body.contains("<") || body.contains("alert") || body.contains("steal") || body.contains("evil"));
        }
    }

    @Test
    void overlongBodyIsRefusedWithTheLimit() {
        IngestService small = new IngestService(ds, geoparser, CLAIMS, new IngestLimits(1 << 20, 100, 10, 1 << 20));
        IngestOutcome o = small.ingest(RawArticle.ofText("word ".repeat(100), "long"), IngestOptions.NONE);
        assertEquals(IngestOutcome.Status.REFUSED, o.status());
        assertTrue(o.reason().contains("limit is 100"), o.reason());
    }

    @Test
    void shortStandaloneFirstLineIsTheHeadlineAndScriptGivesTheLanguage() {
        String body = "القوات تدخل الرقة\n\nدخلت القوات المدينة صباح اليوم.";
        assertEquals("القوات تدخل الرقة", IngestService.headline(body, ArticleStructure.of(body)));
        String noTitle = "دخلت القوات المدينة صباح اليوم.\n\nوتستمر المعارك.";
        assertNull(IngestService.headline(noTitle, ArticleStructure.of(noTitle)));
        assertNull(IngestService.headline("سطر واحد", ArticleStructure.of("سطر واحد")));
        assertEquals("ar", IngestService.guessLang("قالت مصادر in Raqqa إن"));
        assertEquals("en", IngestService.guessLang("Sources said the SDF took Raqqa"));
        assertNull(IngestService.guessLang("12345 !!!"));
    }

    @Test
    void summaryCountsAndListenerSeeEveryFile() throws Exception {
        write("a.txt", "Raqqa one.");
        write("b.txt", "Raqqa two.");
        Files.write(dir.resolve("c.txt"), new byte[0]);
        write("README.md", "# notes");
        List<String> seen = new ArrayList<>();
        int[] files = {0, 0};
        IngestSummary s = service().ingest(List.of(dir), IngestOptions.NONE, new IngestListener() {
            @Override
            public void outcome(IngestOutcome o) {
                seen.add(o.status().name());
            }

            @Override
            public void fileDone(int done, int total) {
                files[0] = done;
                files[1] = total;
            }
        });
        assertEquals(2, s.newCount());
        assertEquals(1, s.refusedCount());
        assertEquals(1, s.skippedCount());
        assertTrue(s.toString().endsWith("2 new, 0 duplicate, 1 refused, 1 skipped"), s.toString());
        assertEquals(4, seen.size());
        assertEquals(4, files[0]);
        assertEquals(4, files[1]);
        // named on its own, the same file is refused
        IngestSummary named = service().ingest(List.of(dir.resolve("README.md")), IngestOptions.NONE,
                IngestListener.NONE);
        assertEquals(1, named.refusedCount());
    }
}
