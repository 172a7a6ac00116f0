package org.frontlinemap.geoparse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Measures the geoparser's throughput on one thread against Lucene's {@link ArabicAnalyzer} tokenising the same texts
 * in the same run, so the figure says how the geoparser compares with the cheapest thing an indexer does anyway.
 * Time is the thread's CPU time where the JVM measures it (wall-clock time otherwise), so that other processes on a
 * busy machine do not count against either side.
 */
public final class GeoparseBenchmark {

    public record Result(long bytes, double geoparserMbPerSecond, double analyzerMbPerSecond, long mentions,
            long tokens) {

        public double ratio() {
            return analyzerMbPerSecond == 0 ? 0 : geoparserMbPerSecond / analyzerMbPerSecond;
        }

        public String summary() {
            return String.format(Locale.ROOT,
                    "input %.2f MB  geoparser %.2f MB/s  ArabicAnalyzer %.2f MB/s  ratio %.2f  (mentions %d, tokens %d)",
                    bytes / 1e6, geoparserMbPerSecond, analyzerMbPerSecond, ratio(), mentions, tokens);
        }
    }

    private GeoparseBenchmark() {
    }

    /** Runs each side for at least {@code millis} (after an equal warm-up) over all texts; sizes are UTF-8 bytes. */
    public static Result run(Geoparser geoparser, List<String> texts, long millis) {
        long bytes = 0;
        for (String t : texts) {
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        try (Analyzer analyzer = new ArabicAnalyzer()) {
            loopGeoparser(geoparser, texts, millis);
            loopAnalyzer(analyzer, texts, millis);
            long[] g = loopGeoparser(geoparser, texts, millis);
            long[] a = loopAnalyzer(analyzer, texts, millis);
            double gm = bytes * (double) g[0] / 1e6 / (g[1] / 1e9);
            double am = bytes * (double) a[0] / 1e6 / (a[1] / 1e9);
            return new Result(bytes, gm, am, g[2] / Math.max(1, g[0]), a[2] / Math.max(1, a[0]));
        }
    }

    /** {rounds, nanos, mentions} */
    private static long[] loopGeoparser(Geoparser geoparser, List<String> texts, long millis) {
        long rounds = 0;
        long found = 0;
        long t0 = now();
        long deadline = t0 + millis * 1_000_000L;
        do {
            for (String t : texts) {
                found += geoparser.parse(t).size();
            }
            rounds++;
        } while (now() < deadline);
        return new long[] {rounds, now() - t0, found};
    }

    private static long[] loopAnalyzer(Analyzer analyzer, List<String> texts, long millis) {
        long rounds = 0;
        long tokens = 0;
        long t0 = now();
        long deadline = t0 + millis * 1_000_000L;
        try {
            do {
                for (String t : texts) {
                    try (TokenStream ts = analyzer.tokenStream("text", t)) {
                        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                        ts.reset();
                        while (ts.incrementToken()) {
                            tokens += term.length() > 0 ? 1 : 0;
                        }
                        ts.end();
                    }
                }
                rounds++;
            } while (now() < deadline);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new long[] {rounds, now() - t0, tokens};
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static long now() {
        if (THREADS.isCurrentThreadCpuTimeSupported()) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            if (cpu >= 0) {
                return cpu;
            }
        }
        return System.nanoTime();
    }
}
