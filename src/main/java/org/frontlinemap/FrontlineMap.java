package org.frontlinemap;

import org.frontlinemap.cli.FrontlineCli;

/**
 * Entry point of the one jar. No argument (or {@code serve}) starts the web app; any other first argument is a
 * command-line subcommand that runs without starting the web server.
 */
public final class FrontlineMap {

    private FrontlineMap() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || "serve".equals(args[0])) {
            String[] rest = args.length == 0 ? args : java.util.Arrays.copyOfRange(args, 1, args.length);
            org.frontlinemap.web.WebApplication.start(rest);
            return;
        }
        System.exit(FrontlineCli.run(args));
    }
}
