package org.frontlinemap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Measurements of the pipeline's stages; each stage is a subcommand. Each runs on its own fresh database and never
 * touches the user's data.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the speed of a pipeline stage.",
        subcommands = {
                BenchIngestCommand.class,
                BenchZonesCommand.class,
                BenchGeoparseCommand.class,
        })
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
