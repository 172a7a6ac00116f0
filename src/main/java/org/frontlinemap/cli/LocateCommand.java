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
            try (HikariDataSource ds = Database.openMigrated(Database.fileUrl(dataDir), 2)) {
                gazetteer = GazetteerStore.withImported(ds, bundled);
            }
        }
        PlaceLookup lookup = gazetteer == bundled ? PlaceLookup.shared() : new PlaceLookup(gazetteer);
        PrintWriter out = spec.commandLine().getOut();
        for (String name : names) {
            out.println(JSON.writeValueAsString(line(name, lookup, bundled, gazetteer)));
        }
        out.flush();
        return 0;
    }

    static Map<String, Object> line(String query, PlaceLookup lookup, BundledGazetteer bundled, Gazetteer all) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", query);
        List<Place> found = lookup.find(query);
        if (found.isEmpty()) {
            m.put("placeId", null);
            return m;
        }
        Place p = found.get(0);
        m.put("placeId", p.id());
        m.put("name", p.nameEn());
        m.put("nameAr", p.nameAr());
        m.put("kind", p.kind().code());
        m.put("lat", Math.round(p.lat() * 1e5) / 1e5);
        m.put("lon", Math.round(p.lon() * 1e5) / 1e5);
        m.put("admin1", p.admin1());
        m.put("regions", bundled.byId(p.id()).isPresent() ? bundled.regionsOf(p.id())
                : all.regionsContaining(p.lat(), p.lon()));
        if (found.size() > 1) {
            m.put("alternatives", found.subList(1, Math.min(found.size(), 6)).stream().map(Place::id).toList());
        }
        return m;
    }
}
