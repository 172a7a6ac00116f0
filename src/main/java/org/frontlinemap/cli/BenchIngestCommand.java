package org.frontlinemap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.frontlinemap.ingest.IngestBenchmark;
import org.frontlinemap.ingest.IngestComponents;
import org.frontlinemap.ingest.KeywordGeoparser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest N generated articles (shuffled demo-corpus paragraphs) into a fresh H2 file database "
                + "and report articles/s and peak heap.")
final class BenchIngestCommand implements Callable<Integer> {

    @Option(names = {"-n", "--articles"}, defaultValue = "10000", description = "articles (default ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "folder for the benchmark database (emptied first; default: a new temporary folder)")
    Path dataDir;

    @Option(names = "--corpus", paramLabel = "DIR", description = "folder of .txt files to draw paragraphs from "
            + "(default: the bundled demo corpus)")
    Path corpus;

    @Option(names = "--analysis", defaultValue = "keyword",
            description = "keyword: fixed-word geoparser, no claims (measures the pipeline around analysis); "
                    + "configured: the gazetteer geoparser and claim extractor the ingest command uses")
    String analysis;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Override
    public Integer call() throws Exception {
        CliLogging.quiet();
        List<String> paragraphs = corpus == null ? IngestBenchmark.classpathParagraphs()
                : IngestBenchmark.folderParagraphs(corpus);
        if (paragraphs.isEmpty()) {
            System.err.println("No demo corpus found" + (corpus == null ? " on the classpath (geodata/corpus)"
                    : " in " + corpus) + ".");
            return 2;
        }
        Path dir = dataDir != null ? dataDir : Files.createTempDirectory("frontline-bench");
        IngestBenchmark bench = new IngestBenchmark(paragraphs);
        IngestBenchmark.Result r;
        if (analysis.equals("configured")) {
            r = bench.run(articles, dir, IngestComponents::geoparser, IngestComponents::claimExtractor,
                    "gazetteer geoparser and rule-based claim extractor", seed);
        } else if (analysis.equals("keyword")) {
            r = bench.run(articles, dir, ds -> KeywordGeoparser.syrianCities(), ds -> (t, m, d) -> List.of(),
                    "keyword geoparser, no claim extraction", seed);
        } else {
            System.err.println("--analysis must be keyword or configured");
            return 2;
        }
        System.out.println(paragraphs.size() + " corpus paragraphs; database in " + dir);
        System.out.println(r);
        return 0;
    }
}
