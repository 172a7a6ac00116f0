package org.frontlinemap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.zaxxer.hikari.HikariDataSource;
import org.frontlinemap.gazetteer.BundledGazetteer;
import org.frontlinemap.gazetteer.GazetteerStore;
import org.frontlinemap.gazetteer.GeoNamesImporter;
import org.frontlinemap.gazetteer.GeodataFormatException;
import org.frontlinemap.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Gazetteer maintenance: importing GeoNames dumps into the database. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Gazetteer maintenance.",
        subcommands = {GazetteerCommand.Import.class})
final class GazetteerCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Add the populated places and districts of a GeoNames country dump (e.g. SY.txt, "
                    + "19 tab-separated columns) with their Arabic names. Re-importing updates the same rows.")
    static final class Import implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "GeoNames dump file")
        Path file;

        @Option(names = "--data-dir", defaultValue = Database.DEFAULT_DATA_DIR, description = "data folder")
        Path dataDir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Database.prepareDataDir(dataDir);
            BundledGazetteer bundled = BundledGazetteer.shared();
            try (HikariDataSource ds = Database.openMigrated(Database.fileUrl(dataDir), 2)) {
                GazetteerStore.sync(ds, bundled);
                GeoNamesImporter.Result r = GeoNamesImporter.importFile(ds, file, bundled);
                spec.commandLine().getOut().printf("Imported %s: %d new, %d updated, %d skipped (not a populated "
                        + "place or district, or already in the bundled gazetteer).%n", file, r.inserted(), r.updated(),
                        r.skipped());
                return 0;
            } catch (GeodataFormatException e) {
                spec.commandLine().getErr().println("Import failed, nothing was written: " + e.getMessage());
                return 1;
            }
        }
    }
}
