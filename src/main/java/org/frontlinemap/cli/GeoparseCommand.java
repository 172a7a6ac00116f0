package org.frontlinemap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.frontlinemap.claims.ClaimJson;
import org.frontlinemap.claims.RuleBasedClaimExtractor;
import org.frontlinemap.gazetteer.BundledGazetteer;
import org.frontlinemap.geoparse.GazetteerGeoparser;
import org.frontlinemap.geoparse.GeoparseJson;
import org.frontlinemap.geoparse.LanguageDetector;
import org.frontlinemap.geoparse.Mention;
import org.frontlinemap.geoparse.TextFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Finds the place mentions in text files against the bundled gazetteer. */
@Command(name = "geoparse", mixinStandardHelpOptions = true,
        description = "Find every place mention in UTF-8 text files (Arabic or English) and resolve it to a gazetteer "
                + "place. jsonl: one line per file {file, lang, mentions:[{start, end, surface, placeId, name, nameAr, "
                + "kind, lat, lon, confidence, rule, direction?}], claims:[{actor, relation, placeId, share, areaKm2, "
                + "validFrom, negated, start, end, evidence}]}, offsets being Java string indices into the file's "
                + "text (BOM dropped). text: the text with mentions bracketed as [surface|placeId].")
final class GeoparseCommand implements Callable<Integer> {

    enum Format { jsonl, text }

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or text")
    Format format;

    @Option(names = "--date", description = "the texts' publication date (YYYY-MM-DD), to resolve relative times "
            + "in claims such as 'since last June'")
    java.time.LocalDate date;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "UTF-8 text files")
    List<Path> files = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GazetteerGeoparser geoparser = new GazetteerGeoparser(BundledGazetteer.shared());
        GeoparseJson json = new GeoparseJson()
                .with(ClaimJson.extension(new RuleBasedClaimExtractor(), date));
        int status = 0;
        for (Path file : files) {
            String text;
            try {
                text = TextFiles.readUtf8(file);
            } catch (IOException | RuntimeException e) {
                err.println("geoparse: cannot read " + file + ": " + e.getMessage());
                status = 1;
                continue;
            }
            List<Mention> mentions = geoparser.parse(text);
            String lang = LanguageDetector.detect(text);
            if (format == Format.text) {
                out.println("== " + file + " (" + lang + ", " + mentions.size() + " mentions)");
                out.println(GeoparseJson.bracketed(text, mentions));
            } else {
                out.println(json.line(file.toString(), text, lang, mentions));
            }
        }
        out.flush();
        return status;
    }
}
