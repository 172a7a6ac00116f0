package org.frontlinemap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.zaxxer.hikari.HikariDataSource;
import org.frontlinemap.ingest.DemoCorpusLoader;
import org.frontlinemap.ingest.IngestComponents;
import org.frontlinemap.ingest.IngestListener;
import org.frontlinemap.ingest.IngestOptions;
import org.frontlinemap.ingest.IngestOutcome;
import org.frontlinemap.ingest.IngestService;
import org.frontlinemap.ingest.IngestSummary;
import org.frontlinemap.store.Database;
import org.frontlinemap.store.DatabaseUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read news articles into the database: .txt (with NAME.json sidecar or front matter), "
                + ".html/.htm, .jsonl, RSS/Atom (.rss/.atom/.xml), folders (recursive) and .zip archives.",
                "Content already stored is reported as duplicate and skipped. Exit code 1 if any input was refused, "
                        + "2 if the database could not be used."})
public final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "files, folders or archives")
    List<Path> paths = List.of();

    @Option(names = "--demo-corpus", description = "load the bundled demo corpus (only into a database without "
            + "articles)")
    boolean demoCorpus;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = StrictDate.class,
            description = "date for articles whose metadata and text give none")
    LocalDate date;

    @Option(names = "--source", paramLabel = "NAME", description = "source for articles that name none")
    String source;

    @Option(names = "--lang", paramLabel = "ar|en", description = "language for articles that do not say")
    String lang;

    @Option(names = "--db", paramLabel = "URL", description = "JDBC URL of the database (overrides --data-dir)")
    String dbUrl;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = Database.DEFAULT_DATA_DIR,
            description = "folder of the database (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--pause-inside-transaction-ms", hidden = true, defaultValue = "0")
    long pauseInsideTransactionMs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command on its own, without the rest of the command line (used by crash tests). */
    public static void main(String[] args) {
        System.exit(FrontlineCli.run(prepend("ingest", args)));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (lang != null && !lang.equals("ar") && !lang.equals("en")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang must be ar or en, not '" + lang + "'");
        }
        if (paths.isEmpty() && !demoCorpus) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give PATH... or --demo-corpus");
        }
        CliLogging.quiet();
        String url = dbUrl;
        if (url == null || url.isBlank()) {
            try {
                Database.prepareDataDir(dataDir);
            } catch (DatabaseUnavailableException e) {
                err.println(e.getMessage());
                return 2;
            }
            url = Database.fileUrl(dataDir);
        }
        try (HikariDataSource ds = Database.openMigrated(url, 2)) {
            // On Ctrl-C, close the database so that H2 writes out what was committed (it batches writes for up to a
            // second). A kill -9 can still lose that last second of commits, never half an article; re-running the
            // same input stores them then, since ingest is idempotent.
            Thread closer = new Thread(ds::close, "close-database");
            Runtime.getRuntime().addShutdownHook(closer);
            IngestService service = new IngestService(ds, IngestComponents.geoparser(ds),
                    IngestComponents.claimExtractor(ds));
            service.setPauseInsideTransactionMillis(pauseInsideTransactionMs);
            IngestListener listener = System.console() != null ? new ConsoleProgress(err) : new LogLines(out);
            IngestSummary summary = new IngestSummary(List.of(), 0);
            if (demoCorpus) {
                IngestSummary demo = new DemoCorpusLoader(ds, service).loadIfEmpty();
                if (demo.outcomes().isEmpty()) {
                    out.println("demo corpus not loaded: the database already has articles (or the build has none)");
                }
                demo.outcomes().forEach(listener::outcome);
                summary = demo;
            }
            if (!paths.isEmpty()) {
                IngestSummary files = service.ingest(paths, new IngestOptions(date, source, lang), listener);
                List<IngestOutcome> all = new java.util.ArrayList<>(summary.outcomes());
                all.addAll(files.outcomes());
                summary = new IngestSummary(all, summary.elapsedMillis() + files.elapsedMillis());
            }
            if (listener instanceof ConsoleProgress p) {
                p.finish();
            }
            report(summary, out);
            try {
                Runtime.getRuntime().removeShutdownHook(closer);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
            return summary.refusedCount() > 0 ? 1 : 0;
        } catch (DatabaseUnavailableException e) {
            err.println(e.getMessage());
            return 2;
        } catch (RuntimeException | java.io.IOException | java.sql.SQLException e) {
            err.println("ingest failed: " + e.getMessage());
            return 2;
        }
    }

    private static void report(IngestSummary s, PrintWriter out) {
        double secs = Math.max(s.elapsedMillis(), 1) / 1000.0;
        out.printf(Locale.ROOT, "%d new, %d duplicate, %d refused, %d skipped in %.1f s (%.1f articles/s)%n",
                s.newCount(), s.duplicateCount(), s.refusedCount(), s.skippedCount(), secs,
                (s.newCount() + s.duplicateCount()) / secs);
        List<IngestOutcome> refused = s.refused();
        if (!refused.isEmpty()) {
            out.println("Refused:");
            for (IngestOutcome o : refused) {
                out.println("  " + o.origin() + ": " + o.reason());
            }
        }
        out.flush();
    }

    /** One line a result, for logs and pipes. */
    static final class LogLines implements IngestListener {
        private final PrintWriter out;

        LogLines(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void outcome(IngestOutcome o) {
            out.println(o);
            out.flush();
        }
    }

    /** A one-line progress bar redrawn in place: files done, articles per second, time left. */
    static final class ConsoleProgress implements IngestListener {
        private final PrintWriter term;
        private final long t0 = System.nanoTime();
        private long articles;
        private long refused;
        private long lastDraw;
        private int filesDone;
        private int filesTotal;

        ConsoleProgress(PrintWriter term) {
            this.term = term;
        }

        @Override
        public void outcome(IngestOutcome o) {
            switch (o.status()) {
                case REFUSED -> refused++;
                case NEW, DUPLICATE -> articles++;
                default -> { }
            }
            draw(false); // a single large .jsonl or feed keeps the rate moving between files
        }

        @Override
        public void fileDone(int done, int total) {
            filesDone = done;
            filesTotal = total;
            draw(done >= total);
        }

        private void draw(boolean force) {
            long now = System.nanoTime();
            if (!force && now - lastDraw < 100_000_000L) {
                return;
            }
            lastDraw = now;
            term.print("\r" + line(filesDone, filesTotal, (now - t0) / 1e9, articles, refused));
            term.flush();
        }

        void finish() {
            term.println();
            term.flush();
        }

        static String line(int done, int total, double secs, long articles, long refused) {
            int width = 30;
            int filled = total == 0 ? width : (int) ((long) width * done / total);
            double rate = secs > 0 ? articles / secs : 0;
            double filesPerSec = secs > 0 ? done / secs : 0;
            long eta = filesPerSec > 0 ? Math.round((total - done) / filesPerSec) : 0;
            return String.format(Locale.ROOT, "[%s%s] %d/%d files  %.1f articles/s  ETA %d:%02d  refused %d",
                    "#".repeat(filled), ".".repeat(width - filled), done, total, rate, eta / 60, eta % 60, refused);
        }
    }

    /** ISO dates only, and only real ones: 2017-02-30 is an error, not March 2. */
    static final class StrictDate implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a valid date (YYYY-MM-DD)");
            }
        }
    }

    static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
