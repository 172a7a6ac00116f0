package org.frontlinemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.frontlinemap.ingest.TestDb;
import org.frontlinemap.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IngestCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        CommandLine cl = FrontlineCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void ingestsReportsDuplicatesAndFailsOnRefusals() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Fighting near Raqqa.\n\nAleppo quiet.");
        Files.writeString(in.resolve("b.txt"), "Manbij talks.");
        Path data = dir.resolve("data");
        Run first = run("ingest", in.toString(), "--data-dir", data.toString(), "--date", "2017-09-25",
                "--source", "Desk", "--lang", "en");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("2 new, 0 duplicate, 0 refused"), first.out());
        assertTrue(first.out().contains("new " + in.resolve("a.txt")), first.out());

        Files.write(in.resolve("c.txt"), new byte[0]);
        Run second = run("ingest", in.toString(), "--data-dir", data.toString());
        assertEquals(1, second.exit());
        assertTrue(second.out().contains("0 new, 2 duplicate, 1 refused"), second.out());
        assertTrue(second.out().contains("c.txt: empty file"), second.out());

        try (var ds = Database.openMigrated(Database.fileUrl(data), 2)) {
            assertEquals(2, TestDb.count(ds, "SELECT COUNT(*) FROM articles"));
            assertEquals(2, TestDb.count(ds, "SELECT COUNT(*) FROM articles WHERE date_basis = 'user' "
                    + "AND published = DATE '2017-09-25' AND source = 'Desk'"));
        }
    }

    @Test
    void badOptionsAreUsageErrors() {
        Run badDate = run("ingest", dir.toString(), "--date", "2017-02-30", "--db", "jdbc:h2:mem:x");
        assertEquals(2, badDate.exit());
        assertTrue(badDate.err().contains("'2017-02-30' is not a valid date"), badDate.err());
        Run badLang = run("ingest", dir.toString(), "--lang", "fr", "--db", "jdbc:h2:mem:y");
        assertEquals(2, badLang.exit());
        assertTrue(badLang.err().contains("--lang must be ar or en"), badLang.err());
    }

    @Test
    void progressLineShowsRateAndEta() {
        String line = IngestCommand.ConsoleProgress.line(50, 200, 10.0, 100, 3);
        assertTrue(line.startsWith("[#######"), line);
        assertTrue(line.contains("50/200 files"), line);
        assertTrue(line.contains("10.0 articles/s"), line);
        assertTrue(line.contains("ETA 0:30"), line);
        assertTrue(line.contains("refused 3"), line);
    }
}
