package org.frontlinemap.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import org.frontlinemap.gazetteer.BundledGazetteer;
import org.frontlinemap.gazetteer.Gazetteer;
import org.frontlinemap.gazetteer.GazetteerStore;
import org.frontlinemap.gazetteer.Place;
import org.frontlinemap.gazetteer.PlaceLookup;
import org.frontlinemap.gazetteer.LocateAnswer;
import org.frontlinemap.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Resolves place names (Arabic or English) to gazetteer places, one JSON line a name. */
@Command(name = "locate", mixinStandardHelpOptions = true,
        description = "Look up place names in the gazetteer; prints one JSON line per name with the place, its "
                + "coordinates and the regions (governorate, Euphrates bank, countryside) that contain it.")
final class LocateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "place names, e.g. الرقة \"Deir ez-Zor\"")
    List<String> names = new ArrayList<>();

    @Option(names = "--format", defaultValue = "jsonl", description = "output format: jsonl (the only one)")
    String format;

    @Option(names = "--data-dir", defaultValue = Database.DEFAULT_DATA_DIR,
            description = "data folder; places imported with 'gazetteer import' are included when its database exists")
    Path dataDir;

    @Spec
    CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        if (!"jsonl".equals(format)) {
            spec.commandLine().getErr().println("Unknown format '" + format + "'; only jsonl is supported.");
            return 2;
        }
        BundledGazetteer bundled = BundledGazetteer.shared();
        Gazetteer gazetteer = bundled;
        if (Files.exists(dataDir.resolve("frontline.mv.db"))) {
            // The database may be held by a running web app; the bundled gazetteer still answers then.
            try (HikariDataSource ds = Database.openMigrated(Database.fileUrl(dataDir), 2)) {
                gazetteer = GazetteerStore.withImported(ds, bundled);
            } catch (RuntimeException e) {
                spec.commandLine().getErr().println("Imported places left out (cannot open the database in " + dataDir
                        + ": " + e.getMessage() + ")");
            }
        }
        PlaceLookup lookup = gazetteer == bundled ? PlaceLookup.shared() : new PlaceLookup(gazetteer);
        PrintWriter out = spec.commandLine().getOut();
        for (String name : names) {
            out.println(JSON.writeValueAsString(LocateAnswer.of(name, lookup, bundled, gazetteer)));
        }
        out.flush();
        return 0;
    }

}
