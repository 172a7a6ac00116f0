package org.frontlinemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {

    @TempDir
    Path dir;

    static final class Collect implements ArticleSink {
        final List<RawArticle> articles = new ArrayList<>();
        final List<String> refusals = new ArrayList<>();

        @Override
        public void article(RawArticle a) {
            articles.add(a);
        }

        @Override
        public void refused(String origin, String reason) {
            refusals.add(origin + ": " + reason);
        }
    }

    private Collect read(Path p) {
        Collect c = new Collect();
        new ArticleReaders(IngestLimits.DEFAULT).read(p, c);
        return c;
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void textWithSidecar() throws IOException {
        write("a.txt", "نص الخبر عن الرقة.");
        write("a.json", "{\"title\":\"عنوان\",\"source\":\"Demo\",\"url\":\"https://example.org/a\","
                + "\"published\":\"2017-09-25\",\"lang\":\"ar\",\"dateEstimated\":true,\"sources\":[\"UN OCHA\"]}");
        Collect c = read(dir);
        assertEquals(List.of(), c.refusals);
        RawArticle a = c.articles.get(0);
        assertEquals("عنوان", a.title());
        assertEquals(LocalDate.of(2017, 9, 25), a.published());
        assertTrue(a.dateEstimated());
        assertEquals("ar", a.lang());
        assertEquals(List.of("UN OCHA"), a.sources());
        assertEquals("نص الخبر عن الرقة.", a.text());
    }

    @Test
    void textWithFrontMatter() throws IOException {
        Path p = write("fm.txt", "---\ntitle: \"Raqqa offensive\"\nsource: Example\npublished: 2017-06-06\nlang: en\n---\n"
                + "The offensive began.\n\nSecond paragraph.");
        RawArticle a = read(p).articles.get(0);
        assertEquals("Raqqa offensive", a.title());
        assertEquals(LocalDate.of(2017, 6, 6), a.published());
        assertEquals("The offensive began.\n\nSecond paragraph.", a.text());
    }

    @Test
    void invalidMetadataDateIsRefused() throws IOException {
        Path p = write("bad.txt", "---\npublished: 2017-02-30\n---\nText of the article.");
        Collect c = read(p);
        assertTrue(c.articles.isEmpty());
        assertTrue(c.refusals.get(0).contains("invalid published date"), c.refusals.toString());
    }

    @Test
    void htmlMainTextWithoutFurnitureOrScripts() throws IOException {
        Path p = write("page.html", """
                <html lang="ar"><head><title>Site | Story</title>
                <meta property="og:title" content="القوات تتقدم">
                <meta property="article:published_time" content="2017-09-25T08:00:00+03:00">
                <meta property="og:site_name" content="Example News">
                <script>alert('x')</script><style>p{color:red}</style></head>
                <body><nav><a href="/">الرئيسية</a> <a>أخبار</a></nav>
                <div class="menu">قائمة</div>
                <div class="ad-banner">إعلان مدفوع</div>
                <article><h1>القوات تتقدم</h1>
                <p>تقدمت القوات نحو <b>الرقة</b> <img src=x onerror="alert(1)">صباح اليوم.</p>
                <p>وقالت مصادر إن المعارك مستمرة.<script>document.write('evil')</script></p>
                <form><input value="اشترك"></form>
                </article><footer>حقوق النشر</footer></body></html>""");
        RawArticle a = read(p).articles.get(0);
        assertEquals("القوات تتقدم", a.title());
        assertEquals(LocalDate.of(2017, 9, 25), a.published());
        assertEquals("Example News", a.source());
        assertEquals("ar", a.lang());
        assertTrue(a.text().contains("تقدمت القوات نحو الرقة صباح اليوم."), a.text());
        assertTrue(a.text().contains("\n\nوقالت مصادر إن المعارك مستمرة."), a.text());
        for (String bad : List.of("alert", "evil", "onerror", "<", "الرئيسية", "قائمة", "إعلان", "حقوق", "اشترك")) {
            assertFalse(a.text().contains(bad), bad + " in " + a.text());
        }
    }

    @Test
    void htmlWithoutArticleElementTakesTheDensestParagraphBlock() throws IOException {
        Path p = write("plain.html", """
                <html><head><title>Aleppo latest</title><meta name="dc.date" content="2016-12-22"></head><body>
                <div id="wrapper" class="has-sidebar">
                  <div class="sidebar"><p>Most read: celebrity news and sport results of the week.</p></div>
                  <div class="content"><div class="story">
                    <p>Government forces took the last rebel-held districts of eastern Aleppo.</p>
                    <p>Buses carried fighters and civilians west toward Idlib.</p>
                    <p>Aid groups said thousands were still waiting.</p>
                  </div></div>
                  <ul class="related-links"><li>Related: older story</li></ul>
                </div></body></html>""");
        RawArticle a = read(p).articles.get(0);
        assertEquals("Aleppo latest", a.title());
        assertEquals(LocalDate.of(2016, 12, 22), a.published());
        assertEquals("Government forces took the last rebel-held districts of eastern Aleppo.\n\n"
                + "Buses carried fighters and civilians west toward Idlib.\n\n"
                + "Aid groups said thousands were still waiting.", a.text());
    }

    @Test
    void htmlTimeElementAndWindows1256Charset() throws IOException {
        String html = "<html><head><meta charset=\"windows-1256\"></head><body><div>"
                + "<time datetime=\"2018-03-18\">18 آذار</time><p>سيطرت القوات على مدينة عفرين بالكامل.</p></div></body></html>";
        Path p = dir.resolve("cp.htm");
        Files.write(p, html.getBytes(java.nio.charset.Charset.forName("windows-1256")));
        RawArticle a = read(p).articles.get(0);
        assertEquals(LocalDate.of(2018, 3, 18), a.published());
        assertTrue(a.text().contains("سيطرت القوات على مدينة عفرين بالكامل."), a.text());
    }

    @Test
    void jsonLinesReadsGoodLinesAndRefusesBadOnes() throws IOException {
        Path p = write("batch.jsonl", """
                {"title":"One","source":"S","url":"u","published":"2017-10-17","lang":"en","text":"Raqqa was taken."}
                {not json
                {"title":"No text"}

                {"title":"Two","published":"2017-10-20","text":"Deir ez-Zor fighting continued."}
                """);
        Collect c = read(p);
        assertEquals(2, c.articles.size());
        assertEquals(LocalDate.of(2017, 10, 17), c.articles.get(0).published());
        assertEquals(2, c.refusals.size());
        assertTrue(c.refusals.get(0).contains("batch.jsonl:2"), c.refusals.toString());
        assertTrue(c.refusals.get(1).contains("no text"), c.refusals.toString());
    }

    @Test
    void partialMetadataDates() throws IOException {
        Path p = write("partial.jsonl", """
                {"text":"Raqqa month.","date":"2017-09","site":"example.org"}
                {"text":"Raqqa year.","date":"2017"}
                {"text":"Raqqa bad month.","date":"2017-13"}
                """);
        Collect c = read(p);
        assertEquals(2, c.articles.size(), c.refusals.toString());
        assertEquals(LocalDate.of(2017, 9, 1), c.articles.get(0).published());
        assertTrue(c.articles.get(0).dateEstimated());
        assertEquals("example.org", c.articles.get(0).source());
        assertNull(c.articles.get(1).published());
        assertTrue(c.refusals.get(0).contains("invalid published date '2017-13'"), c.refusals.toString());
    }

    @Test
    void rssAndAtomFeeds() throws IOException {
        Path rss = write("feed.rss", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Example Feed</title><link>https://example.org</link>
                <description>d</description><language>en-us</language>
                <item><title>Raqqa</title><link>https://example.org/1</link>
                <pubDate>Mon, 25 Sep 2017 10:00:00 GMT</pubDate>
                <description>&lt;p&gt;The SDF holds most of Raqqa.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description></item>
                </channel></rss>""");
        Collect c = read(rss);
        assertEquals(List.of(), c.refusals);
        RawArticle a = c.articles.get(0);
        assertEquals("Raqqa", a.title());
        assertEquals("Example Feed", a.source());
        assertEquals(LocalDate.of(2017, 9, 25), a.published());
        assertEquals("The SDF holds most of Raqqa.", a.text());
        Path atom = write("feed.atom", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Feed</title><id>urn:x</id>
                <updated>2017-10-17T00:00:00Z</updated>
                <entry><title>Taken</title><id>urn:1</id><updated>2017-10-17T12:00:00Z</updated>
                <published>2017-10-17T12:00:00Z</published>
                <content type="html">&lt;p&gt;Raqqa was taken on Tuesday.&lt;/p&gt;</content></entry></feed>""");
        RawArticle b = read(atom).articles.get(0);
        assertEquals(LocalDate.of(2017, 10, 17), b.published());
        assertEquals("Raqqa was taken on Tuesday.", b.text());
    }

    @Test
    void brokenFeedIsRefusedWhole() throws IOException {
        Collect c = read(write("broken.rss", "<rss><channel><item><title>x</title></channel>"));
        assertTrue(c.articles.isEmpty());
        assertTrue(c.refusals.get(0).contains("not a valid RSS/Atom feed"), c.refusals.toString());
        Collect xxe = read(write("xxe.xml", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&e;</title><item><description>&e;</description></item></channel></rss>"));
        assertTrue(xxe.articles.isEmpty());
        assertEquals(1, xxe.refusals.size());
    }

    @Test
    void zipWithSidecarsAndUnsupportedEntries() throws IOException {
        Path zip = dir.resolve("batch.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            put(z, "x/a.txt", "نص عن حلب.");
            put(z, "x/a.json", "{\"published\":\"2016-12-22\"}");
            put(z, "x/b.pdf", "%PDF-1.4");
            put(z, "x/c.html", "<p>Aleppo was retaken.</p>");
        }
        Collect c = read(zip);
        assertEquals(2, c.articles.size(), c.refusals.toString());
        assertEquals(LocalDate.of(2016, 12, 22), c.articles.get(0).published());
        assertTrue(c.articles.get(0).origin().endsWith("batch.zip!x/a.txt"));
        assertEquals(1, c.refusals.size());
        assertTrue(c.refusals.get(0).contains("unsupported file type '.pdf'"));
    }

    @Test
    void uploadedZipBytesAreReadUnderTheUploadName() throws IOException {
        var buf = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(buf)) {
            put(z, "a.txt", "Raqqa report.");
            put(z, "notes.md", "# x");
        }
        Collect c = new Collect();
        new ArticleReaders(IngestLimits.DEFAULT).readBytes("upload.zip", buf.toByteArray(), null, c);
        assertEquals(1, c.articles.size());
        assertEquals("upload.zip!a.txt", c.articles.get(0).origin());
        assertEquals(List.of("upload.zip!notes.md: unsupported file type '.md' (expected .txt, .html, .htm, .jsonl, "
                + ".rss, .atom, .xml or .zip)"), c.refusals);
    }

    @Test
    void zipBombIsRefusedWithoutExhaustingMemory() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < 3; i++) {
                z.putNextEntry(new ZipEntry("big" + i + ".txt"));
                for (int k = 0; k < 200; k++) {
                    z.write(zeros);
                }
                z.closeEntry();
            }
        }
        assertTrue(Files.size(zip) < 5_000_000);
        Collect c = read(zip);
        assertTrue(c.articles.isEmpty());
        assertTrue(c.refusals.get(0).contains("limit"), c.refusals.toString());

        // an archive whose headers understate sizes is stopped while reading
        Collect small = new Collect();
        new ArticleReaders(new IngestLimits(1 << 20, 1000, 100, 3 << 20)).read(zip, small);
        assertTrue(small.articles.isEmpty());
        assertTrue(small.refusals.get(0).contains("MB"), small.refusals.toString());

        Path many = dir.resolve("many.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(many))) {
            for (int i = 0; i < 150; i++) {
                put(z, "f" + i + ".txt", "x");
            }
        }
        Collect m = new Collect();
        new ArticleReaders(new IngestLimits(1 << 20, 1000, 100, 3 << 20)).read(many, m);
        assertTrue(m.refusals.get(0).contains("150 entries"), m.refusals.toString());
    }

    @Test
    void badFilesAreRefusedWithReasons() throws IOException {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        byte[] png = new byte[3000];
        new java.util.Random(1).nextBytes(png);
        png[0] = (byte) 0x89;
        Files.write(dir.resolve("image.txt"), png);
        write("notes.docx", "x");
        write("lonely.json", "{}");
        Collect c = read(dir);
        assertTrue(c.articles.isEmpty());
        String all = String.join("\n", c.refusals);
        assertTrue(all.contains("empty.txt: empty file"), all);
        assertTrue(all.contains("image.txt: ") && (all.contains("binary") || all.contains("not UTF-8")), all);
        assertTrue(all.contains("unsupported file type '.docx'"), all);
        assertTrue(all.contains("sidecar"), all);
    }

    @Test
    void twentyMegabyteArticleIsRefusedBySize() throws IOException {
        Path big = dir.resolve("big.txt");
        byte[] line = "تقدمت القوات نحو الرقة. ".getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(big)) {
            for (long n = 0; n < 20L << 20; n += line.length) {
                out.write(line);
            }
        }
        Collect c = read(big);
        assertTrue(c.articles.isEmpty());
        assertTrue(c.refusals.get(0).contains("file too large (20.0 MB; the limit is 8.0 MB)"), c.refusals.toString());
    }

    @Test
    void lenientMetaDateInHtmlIsIgnoredNotFatal() throws IOException {
        Path p = write("d.html", "<meta name=\"date\" content=\"2017-02-30\"><p>Hama front quiet.</p>");
        RawArticle a = read(p).articles.get(0);
        assertNull(a.published());
    }

    private static void put(ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    static byte[] bytes(String s) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }
}
