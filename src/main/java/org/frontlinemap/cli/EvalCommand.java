package org.frontlinemap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.frontlinemap.claims.ClaimScorer;
import org.frontlinemap.claims.GoldItem;
import org.frontlinemap.claims.RuleBasedClaimExtractor;
import org.frontlinemap.gazetteer.BundledGazetteer;
import org.frontlinemap.geoparse.GazetteerGeoparser;
import org.frontlinemap.geoparse.GeoparseEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scores the geoparser (with the bundled gazetteer) and the claim extractor against annotated texts. */
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

    @Option(names = "--claims", paramLabel = "FILE",
            description = "claim gold JSON Lines {id, lang, date, text, mentions:[...], claims:[{actor, relation, "
                    + "placeId, share, areaKm2, validFrom, negated, evidence}]}: scored twice, on the gold mentions "
                    + "(the extractor alone) and on the geoparser's mentions (end to end)")
    List<Path> claimGold = new ArrayList<>();

    @Option(names = "--quiet", description = "figures only, no lists")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (gold.isEmpty() && dev == null && claimGold.isEmpty()) {
            err.println("eval: give --gold FILE, --claims FILE and/or --dev DIR");
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
        for (Path c : claimGold) {
            List<GoldItem> items;
            try (var reader = Files.newBufferedReader(c, java.nio.charset.StandardCharsets.UTF_8)) {
                items = GoldItem.readJsonl(reader);
            } catch (IOException | RuntimeException e) {
                err.println("eval: cannot read claim gold " + c + ": " + e.getMessage());
                return 1;
            }
            RuleBasedClaimExtractor extractor = new RuleBasedClaimExtractor();
            out.println("== claims " + c + " (" + items.size() + " texts), on the gold mentions");
            String own = ClaimScorer.score(items, extractor, ClaimScorer.goldMentions(items)).toText();
            out.println(quiet ? own.lines().limit(4).reduce((a, b) -> a + "\n" + b).orElse("") : own);
            out.println("== claims " + c + ", end to end on the geoparser's mentions");
            String e2e = ClaimScorer.score(items, extractor, geoparser::parse).toText();
            out.println(quiet ? e2e.lines().limit(4).reduce((a, b) -> a + "\n" + b).orElse("") : e2e);
        }
        out.flush();
        return status;
    }
}
