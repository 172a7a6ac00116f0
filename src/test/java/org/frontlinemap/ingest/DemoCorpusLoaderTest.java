package org.frontlinemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCorpusLoaderTest {

    final HikariDataSource ds = TestDb.fresh();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        ds.close();
    }

    private IngestService service() {
        return new IngestService(ds, KeywordGeoparser.syrianCities(), (t, m, d) -> List.of());
    }

    @Test
    void loadsEveryTextWithItsSidecarIntoAnEmptyDatabaseOnly() throws Exception {
        DemoCorpusLoader loader = new DemoCorpusLoader(ds, service(), getClass().getClassLoader(), "testcorpus/");
        IngestSummary first = loader.loadIfEmpty();
        assertEquals(2, first.newCount(), first.outcomes().toString());
        assertEquals(0, first.refusedCount());
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT title, source, published, date_estimated, date_basis, fact_sources "
                     + "FROM articles WHERE origin LIKE '%a-2017.txt'")) {
            rs.next();
            assertEquals("تقدم نحو الرقة", rs.getString(1));
            assertEquals("Demo desk", rs.getString(2));
            assertEquals("2017-09-25", rs.getDate(3).toString());
            assertTrue(rs.getBoolean(4));
            assertEquals("metadata", rs.getString(5));
            assertEquals("[\"Public statement\"]", rs.getString(6));
        }
        assertTrue(TestDb.count(ds, "SELECT COUNT(*) FROM mentions") >= 3);
        IngestSummary second = loader.loadIfEmpty();
        assertTrue(second.outcomes().isEmpty());
        assertEquals(2, TestDb.count(ds, "SELECT COUNT(*) FROM articles"));
    }

    @Test
    void listsTheCorpusInsideAJar() throws Exception {
        Path jar = dir.resolve("corpus.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // folder entries, as Maven and Spring Boot write them
            for (String folder : List.of("geodata/", "geodata/corpus/", "geodata/corpus/sub/")) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            for (String name : List.of("geodata/corpus/x.txt", "geodata/corpus/x.json", "geodata/corpus/y.txt",
                    "geodata/corpus/sub/z.txt", "geodata/other.txt")) {
                out.putNextEntry(new JarEntry(name));
                out.write(name.endsWith(".json") ? "{\"published\":\"2018-03-18\"}".getBytes()
                        : ("Afrin report " + name).getBytes());
                out.closeEntry();
            }
        }
        try (URLClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            DemoCorpusLoader loader = new DemoCorpusLoader(ds, service(), cl, DemoCorpusLoader.CORPUS);
            assertEquals(List.of("x.txt", "y.txt"), loader.textFiles());
            assertEquals(2, loader.loadIfEmpty().newCount());
        }
        assertEquals(1, TestDb.count(ds, "SELECT COUNT(*) FROM articles WHERE published = DATE '2018-03-18'"));
    }

    @Test
    void theBundledDemoCorpusLoadsWithoutRefusals() throws Exception {
        DemoCorpusLoader loader = new DemoCorpusLoader(ds, service());
        int files = loader.textFiles().size();
        IngestSummary s = loader.loadIfEmpty();
        assertEquals(0, s.refusedCount(), s.refused().toString());
        assertEquals(files, s.newCount() + s.duplicateCount());
        assertEquals(0, TestDb.count(ds, "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS "
                + "(SELECT 1 FROM paragraphs p WHERE p.article_id = a.id)"));
        if (loader.textFiles().contains("seed-2017-09-25.txt")) {
            assertEquals(1, TestDb.count(ds, "SELECT COUNT(*) FROM articles WHERE origin LIKE '%seed-2017-09-25.txt' "
                    + "AND published = DATE '2017-09-25' AND date_estimated AND date_basis = 'metadata' AND lang = 'ar'"));
            // one pasted line of 7 KB becomes readable paragraphs
            assertTrue(TestDb.count(ds, "SELECT COUNT(*) FROM paragraphs p JOIN articles a ON a.id = p.article_id "
                    + "WHERE a.origin LIKE '%seed-2017-09-25.txt'") >= 4);
        }
    }

    @Test
    void missingCorpusLoadsNothing() throws Exception {
        DemoCorpusLoader loader = new DemoCorpusLoader(ds, service(), getClass().getClassLoader(), "no-such-folder/");
        assertEquals(0, loader.loadIfEmpty().outcomes().size());
    }
}
