package org.frontlinemap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.zaxxer.hikari.HikariDataSource;
import org.frontlinemap.gazetteer.Gazetteer;
import org.frontlinemap.store.Database;
import org.frontlinemap.zones.PlacesTableGazetteer;
import org.frontlinemap.zones.ZoneService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints control zones, their changes or the front lines as GeoJSON, without starting the web app. */
@Command(name = "zones", mixinStandardHelpOptions = true,
        description = {"Print control zones as GeoJSON.",
                "  zones --date D                 zones as of D",
                "  zones --from A --to B          gained and lost areas per faction between A and B",
                "  zones --frontlines --date D    front lines as of D",
                "  zones --frontlines --from A --to B   how far each front moved (Hausdorff, km)"})
public final class ZonesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--date", description = "day to show (YYYY-MM-DD)")
    String date;

    @Option(names = "--from", description = "start of a change period (YYYY-MM-DD)")
    String from;

    @Option(names = "--to", description = "end of a change period (YYYY-MM-DD)")
    String to;

    @Option(names = "--frontlines", description = "print front lines instead of zones")
    boolean frontlines;

    @Option(names = "--zoom", description = "simplify for this web-map zoom level (default ${DEFAULT-VALUE})", defaultValue = "7")
    int zoom;

    @Option(names = "--tolerance", description = "simplification tolerance in degrees (overrides --zoom; 0 = full detail)")
    Double tolerance;

    @Option(names = "--db", description = "JDBC URL of the database (overrides --data-dir)")
    String db;

    @Option(names = "--data-dir", description = "data folder (default ${DEFAULT-VALUE})", defaultValue = Database.DEFAULT_DATA_DIR)
    Path dataDir;

    @Option(names = "--no-load", description = "skip loading the bundled snapshots and refining with stored claims")
    boolean noLoad;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean period = from != null || to != null;
        if (period && (from == null || to == null)) {
            err.println("zones: --from and --to go together");
            return 2;
        }
        if (period == (date != null)) {
            err.println("zones: give either --date D or --from A --to B");
            return 2;
        }
        String url = db;
        if (url == null || url.isBlank()) {
            Database.prepareDataDir(dataDir);
            url = Database.fileUrl(dataDir);
        }
        try (HikariDataSource ds = Database.openMigrated(url, 2)) {
            Gazetteer gazetteer = PlacesTableGazetteer.load(ds);
            ZoneService service = new ZoneService(ds, gazetteer);
            if (!noLoad) {
                String problem = service.prepare();
                if (problem != null) {
                    err.println("zones: bundled snapshots not loaded (the stored zones are shown):\n" + problem);
                } else if (service.lastLoadReport() != null && service.lastLoadReport().loaded()) {
                    var r = service.lastLoadReport();
                    err.println("zones: loaded " + r.snapshots() + " snapshots, " + r.zones() + " zone versions");
                    r.warnings().forEach(w -> err.println("zones: warning: " + w));
                    r.overlaps().forEach(o -> err.println("zones: overlap: " + o));
                }
            }
            Integer z = tolerance == null ? zoom : null;
            String json = period && frontlines ? service.frontLineDisplacementJson(from, to)
                    : period ? service.changesGeoJson(from, to, tolerance, z)
                    : frontlines ? service.frontLinesGeoJson(date, tolerance, z)
                    : service.zonesGeoJson(date, tolerance, z);
            out.println(json);
            out.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("zones: " + e.getMessage());
            return 2;
        }
    }
}
