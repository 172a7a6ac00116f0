package org.frontlinemap.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line side of the jar. Subcommands never start the web server; each opens only what it needs
 * (the gazetteer, the database) so that it answers in seconds.
 */
@Command(name = "frontline-map",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Frontline Map: a situation map of the Syrian front lines built from news.%n"
                + "Without a command (or with 'serve') the web app starts.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ServeCommand.class,
                LocateCommand.class,
                GazetteerCommand.class,
                GeoparseCommand.class,
                EvalCommand.class,
                ZonesCommand.class,
                IngestCommand.class,
                BenchCommand.class,
        })
public final class FrontlineCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new FrontlineCli());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    public static int run(String... args) {
        CliLogging.quiet();
        return commandLine().execute(args);
    }
}
