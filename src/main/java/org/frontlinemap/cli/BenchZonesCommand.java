package org.frontlinemap.cli;

import java.util.concurrent.Callable;

import org.frontlinemap.zones.ZoneBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "zones", mixinStandardHelpOptions = true,
        description = "Zone versions in a fresh H2: as-of and changes percentiles, front lines from 10,000 polygons.")
final class BenchZonesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--versions", defaultValue = "10000", description = "zone versions to store (default ${DEFAULT-VALUE})")
    int versions;

    @Option(names = "--dates", defaultValue = "40", description = "snapshot dates they spread over (default ${DEFAULT-VALUE})")
    int dates;

    @Option(names = "--rounds", defaultValue = "200", description = "timed as-of queries (default ${DEFAULT-VALUE})")
    int rounds;

    @Override
    public Integer call() {
        if (versions < dates || dates < 2 || rounds < 10) {
            spec.commandLine().getErr().println("bench zones: need versions >= dates >= 2 and rounds >= 10");
            return 2;
        }
        spec.commandLine().getOut().println(ZoneBenchmark.run(versions, dates, rounds));
        return 0;
    }
}
