package org.frontlinemap;

import org.frontlinemap.cli.FrontlineCli;

/**
 * Entry point of the one jar. No argument (or {@code serve}) starts the web app; any other first argument is a
 * command-line subcommand that runs without starting the web server.
 */
public final class FrontlineMap {

    private FrontlineMap() {
    }

    /** No argument, {@code serve}, or Spring options only ({@code --server.port=9090}) start the web app. */
    static boolean startsWebApp(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if ("serve".equals(args[0])) {
            return !java.util.Arrays.asList(args).contains("--help") && !java.util.Arrays.asList(args).contains("-h");
        }
        return java.util.Arrays.stream(args).allMatch(a -> a.startsWith("--") && a.contains("="));
    }

    public static void main(String[] args) {
        if (startsWebApp(args)) {
            String[] rest = args.length > 0 && "serve".equals(args[0])
                    ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
            org.frontlinemap.web.WebApplication.start(rest);
            return;
        }
        System.exit(FrontlineCli.run(args));
    }
}
