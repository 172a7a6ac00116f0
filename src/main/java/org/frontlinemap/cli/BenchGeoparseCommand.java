package org.frontlinemap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.frontlinemap.gazetteer.BundledGazetteer;
import org.frontlinemap.geoparse.GazetteerGeoparser;
import org.frontlinemap.geoparse.GeoparseBenchmark;
import org.frontlinemap.geoparse.TextFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Throughput of the geoparser next to Lucene's ArabicAnalyzer on the same texts, one thread. */
@Command(name = "geoparse", mixinStandardHelpOptions = true,
        description = "Measure the geoparser's throughput (MB/s of UTF-8 text, one thread) and Lucene's ArabicAnalyzer "
                + "tokenising the same files in the same run, and their ratio.")
final class BenchGeoparseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "UTF-8 text files")
    List<Path> files = new ArrayList<>();

    @Option(names = "--millis", defaultValue = "8000", description = "time per side, after an equal warm-up (the JIT needs a few seconds)")
    long millis;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            try {
                texts.add(TextFiles.readUtf8(f));
            } catch (IOException e) {
                spec.commandLine().getErr().println("bench-geoparse: cannot read " + f + ": " + e.getMessage());
                return 1;
            }
        }
        long t0 = System.nanoTime();
        GazetteerGeoparser geoparser = new GazetteerGeoparser(BundledGazetteer.shared());
        long setupMs = (System.nanoTime() - t0) / 1_000_000;
        GeoparseBenchmark.Result r = GeoparseBenchmark.run(geoparser, texts, millis);
        out.println("setup (gazetteer + dictionary) " + setupMs + " ms, " + geoparser.gazetteer().places().size()
                + " places");
        out.println(r.summary());
        out.flush();
        return 0;
    }
}
