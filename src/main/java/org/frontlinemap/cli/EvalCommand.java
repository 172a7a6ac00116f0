package org.frontlinemap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.frontlinemap.gazetteer.BundledGazetteer;
import org.frontlinemap.geoparse.GazetteerGeoparser;
import org.frontlinemap.geoparse.GeoparseEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scores the geoparser (with the bundled gazetteer) against annotated texts. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the geoparser against gold annotations: precision, recall, F1 (a span counts when it is "
                + "the gold span, or overlaps it naming the same place), resolution accuracy (right place among matched "
                + "spans), trap violations, then the misses, false positives, wrong places and traps hit.")
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "FILE",
            description = "gold JSON Lines {id, lang, text, mentions:[{start,end,surface,placeId}], traps:[...]}")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--dev", paramLabel = "DIR",
            description = "a folder with dev.jsonl in the development-corpus format (no place ids: places are "
                    + "compared by distance, at most 25 km)")
    Path dev;

    @Option(names = "--quiet", description = "figures only, no lists")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (gold.isEmpty() && dev == null) {
            err.println("eval: give --gold FILE and/or --dev DIR");
            return 2;
        }
        GazetteerGeoparser geoparser = new GazetteerGeoparser(BundledGazetteer.shared());
        int status = 0;
        List<String> names = new ArrayList<>();
        List<List<GeoparseEvaluation.GoldDocument>> sets = new ArrayList<>();
        try {
            for (Path g : gold) {
                sets.add(GeoparseEvaluation.readGold(g));
                names.add(g.toString());
            }
            if (dev != null) {
                Path file = Files.isDirectory(dev) ? dev.resolve("dev.jsonl") : dev;
                sets.add(GeoparseEvaluation.readDev(file));
                names.add(file.toString());
            }
        } catch (IOException | RuntimeException e) {
            err.println("eval: cannot read gold: " + e.getMessage());
            return 1;
        }
        for (int i = 0; i < sets.size(); i++) {
            GeoparseEvaluation.Result r = GeoparseEvaluation.evaluate(geoparser, sets.get(i));
            out.println("== " + names.get(i) + " (" + sets.get(i).size() + " texts)");
            out.println(r.summary());
            if (!quiet) {
                r.misses().forEach(m -> out.println("  miss   " + m));
                r.falsePositiveList().forEach(m -> out.println("  extra  " + m));
                r.wrongPlaces().forEach(m -> out.println("  wrong  " + m));
                r.trapList().forEach(m -> out.println("  trap   " + m));
            }
        }
        out.flush();
        return status;
    }
}
