package org.frontlinemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.frontlinemap.ingest.TestDb;
import org.frontlinemap.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingesting JVM with SIGKILL in the middle of a run (while transactions are held open), then ingests the
 * same folder again: every article must be stored exactly once and whole.
 */
class IngestCrashRecoveryTest {

    static final int ARTICLES = 300;
    static final int PARAGRAPHS = 3;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void killedIngestLeavesNoPartialArticleAndReRunCompletesWithoutDuplicates() throws Exception {
        Path in = Files.createDirectories(dir.resolve("articles"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(in.resolve(String.format("a%03d.txt", i)),
                    "تقرير رقم " + i + ": معارك قرب الرقة.\n\nوقالت مصادر إن القوات تقدمت في دير الزور. وتستمر المعارك.\n\n"
                            + "Report " + i + " ends near Aleppo.");
        }
        Path data = dir.resolve("data");

        // first run: killed with SIGKILL after some articles, while later transactions sleep half-written
        Process p = start(in, data, "--pause-inside-transaction-ms", "15");
        AtomicInteger stored = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("new ") && stored.incrementAndGet() >= 150) {
                        enough.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the process died
            }
        });
        reader.start();
        assertTrue(enough.await(3, TimeUnit.MINUTES), "the ingest process did not get going");
        p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no clean database close
        p.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        int beforeKill = stored.get();
        assertTrue(beforeKill < ARTICLES, "the kill came after the run had finished");

        long afterKill;
        try (var ds = Database.openMigrated(Database.fileUrl(data), 2)) {
            // H2 writes commits out in the background, so the last second of reported articles may be lost
            // (whole); they are stored by the next run.
            afterKill = TestDb.count(ds, "SELECT COUNT(*) FROM articles");
            assertTrue(afterKill > 0 && afterKill < ARTICLES, "articles after kill: " + afterKill);
            assertWhole(ds);
        }

        // second run completes; what the first stored is reported as duplicate
        Run second = runToEnd(in, data);
        assertEquals(0, second.exit, second.output);
        List<String> news = second.lines("new ");
        List<String> dups = second.lines("duplicate ");
        assertEquals(ARTICLES, news.size() + dups.size(), second.output);
        assertEquals(afterKill, dups.size(), second.output);

        // third run is a no-op
        Run third = runToEnd(in, data);
        assertEquals(0, third.exit);
        assertEquals(ARTICLES, third.lines("duplicate ").size());

        try (var ds = Database.openMigrated(Database.fileUrl(data), 2)) {
            assertEquals(ARTICLES, TestDb.count(ds, "SELECT COUNT(*) FROM articles"));
            assertEquals(ARTICLES, TestDb.count(ds, "SELECT COUNT(DISTINCT origin) FROM articles"));
            assertEquals(ARTICLES, TestDb.count(ds, "SELECT COUNT(DISTINCT content_hash) FROM articles"));
            assertWhole(ds);
        }
    }

    /** Every stored article has all its paragraphs, sentences and mentions. */
    private static void assertWhole(javax.sql.DataSource ds) {
        assertEquals(0, TestDb.count(ds, "SELECT COUNT(*) FROM articles a WHERE (SELECT COUNT(*) FROM paragraphs p "
                + "WHERE p.article_id = a.id) <> " + PARAGRAPHS));
        assertEquals(0, TestDb.count(ds, "SELECT COUNT(*) FROM articles a WHERE (SELECT COUNT(*) FROM sentences s "
                + "JOIN paragraphs p ON p.id = s.paragraph_id WHERE p.article_id = a.id) <> 4"));
        // the articles differ only in their number, so all whole ones have the same mentions
        assertEquals(1, TestDb.count(ds, "SELECT COUNT(DISTINCT n) FROM (SELECT (SELECT COUNT(*) FROM mentions m "
                + "WHERE m.article_id = a.id) n FROM articles a)"));
        assertEquals(0, TestDb.count(ds, "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM mentions m "
                + "WHERE m.article_id = a.id)"));
    }

    private record Run(int exit, String output) {
        List<String> lines(String prefix) {
            return output.lines().filter(l -> l.startsWith(prefix)).toList();
        }
    }

    private Run runToEnd(Path in, Path data) throws Exception {
        Process p = start(in, data);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(3, TimeUnit.MINUTES));
        return new Run(p.exitValue(), out);
    }

    private static Process start(Path in, Path data, String... extra) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"),
                IngestCommand.class.getName(),
                in.toString(), "--data-dir", data.toString()));
        cmd.addAll(List.of(extra));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }
}
