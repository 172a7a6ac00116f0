package org.frontlinemap.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.frontlinemap.claims.ClaimExtractor;
import org.frontlinemap.geoparse.Geoparser;
import org.frontlinemap.store.Database;

/**
 * Measures ingest throughput: N articles made of shuffled paragraphs of the demo corpus, each with a dateline, go
 * through the whole pipeline (cleaning, dating, hashing, structure, analysis, one transaction each) into a fresh H2
 * file database. Reports articles per second and the peak heap used.
 */
public final class IngestBenchmark {

    /**
     * @param cpuSeconds CPU time of the ingesting thread alone; on a busy machine wall time says more about the
     *                   neighbours than about ingest, so both are reported
     */
    public record Result(int articles, long stored, long mentions, double seconds, double articlesPerSecond,
                         double cpuSeconds, long peakHeapBytes, long maxHeapBytes, String analysis) {

        public double articlesPerCpuSecond() {
            return articles / Math.max(cpuSeconds, 1e-9);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d articles (%d stored, %d mentions) in %.1f s: %.0f articles/s "
                            + "(ingest thread CPU %.1f s: %.0f articles per CPU second); peak heap %d MB of %d MB max; "
                            + "analysis: %s", articles, stored, mentions, seconds, articlesPerSecond, cpuSeconds,
                    articlesPerCpuSecond(), peakHeapBytes >> 20, maxHeapBytes >> 20, analysis);
        }
    }

    private static final String[] MONTHS = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
            "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};
    private static final String[] PLACES = {"دمشق", "بيروت", "حلب", "القامشلي", "عمّان"};

    private final List<String> paragraphs;

    public IngestBenchmark(List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("no paragraphs to build articles from (is the demo corpus there?)");
        }
        this.paragraphs = List.copyOf(paragraphs);
    }

    /** Paragraphs of the demo corpus bundled on the classpath. */
    public static List<String> classpathParagraphs() throws IOException {
        ClassLoader cl = IngestBenchmark.class.getClassLoader();
        DemoCorpusLoader lister = new DemoCorpusLoader(null, null, cl, DemoCorpusLoader.CORPUS);
        List<String> texts = new ArrayList<>();
        for (String name : lister.textFiles()) {
            try (var in = cl.getResourceAsStream(DemoCorpusLoader.CORPUS + name)) {
                texts.add(decodeOrSkip(in.readAllBytes()));
            }
        }
        return paragraphsOf(texts);
    }

    /** Paragraphs of the {@code .txt} files in a folder. */
    public static List<String> folderParagraphs(Path dir) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(decodeOrSkip(Files.readAllBytes(p)));
            }
        }
        return paragraphsOf(texts);
    }

    private static String decodeOrSkip(byte[] bytes) {
        try {
            String t = TextDecoder.decode(bytes);
            TextArticleReader.FrontMatter fm = TextArticleReader.FrontMatter.split(t);
            return fm == null ? t : fm.body();
        } catch (RefusedInputException e) {
            return "";
        }
    }

    private static List<String> paragraphsOf(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            String body = ArticleStructure.cleanBody(t);
            if (body.isEmpty()) {
                continue;
            }
            ArticleStructure s = ArticleStructure.of(body);
            s.paragraphs().forEach(p -> out.add(p.text(body)));
        }
        return out;
    }

    /** The {@code i}-th generated article: a dateline, then 3 to 8 paragraphs drawn at random. */
    RawArticle article(int i, Random rnd) {
        LocalDate d = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(5 * 365));
        StringBuilder sb = new StringBuilder();
        sb.append(PLACES[rnd.nextInt(PLACES.length)]).append("، ").append(d.getDayOfMonth()).append(' ')
                .append(MONTHS[d.getMonthValue() - 1]).append(' ').append(d.getYear()).append(" — تقرير رقم ")
                .append(i + 1).append(".\n\n");
        int n = 3 + rnd.nextInt(6);
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                sb.append("\n\n");
            }
            sb.append(paragraphs.get(rnd.nextInt(paragraphs.size())));
        }
        return new RawArticle(null, "benchmark", null, null, false, "ar", List.of(), sb.toString(),
                "bench:" + (i + 1));
    }

    /** Components are made from the benchmark's own database, as the ingest command makes them from its own. */
    public Result run(int n, Path dataDir, Function<DataSource, Geoparser> geoparser,
                      Function<DataSource, ClaimExtractor> claims, String analysis, long seed) throws IOException {
        Files.createDirectories(dataDir);
        try (Stream<Path> old = Files.list(dataDir)) {
            for (Path p : old.filter(f -> f.getFileName().toString().startsWith("frontline.")).toList()) {
                Files.delete(p);
            }
        }
        resetPeaks();
        try (HikariDataSource ds = Database.openMigrated(Database.fileUrl(dataDir), 2)) {
            IngestService service = new IngestService(ds, geoparser.apply(ds), claims.apply(ds));
            Random rnd = new Random(seed);
            long stored = 0;
            var threads = ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                if (service.ingest(article(i, rnd), IngestOptions.NONE).status() == IngestOutcome.Status.NEW) {
                    stored++;
                }
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            long mentions = countMentions(ds);
            return new Result(n, stored, mentions, secs, n / secs, cpu, peakHeap(),
                    Runtime.getRuntime().maxMemory(), analysis);
        }
    }

    private static long countMentions(HikariDataSource ds) {
        try (var c = ds.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM mentions")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one time during the run. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
