package org.frontlinemap.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the web app (the default when no command is given). "
                + "Spring options pass through, e.g. --server.port=9090.")
final class ServeCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", description = "Spring Boot options such as --server.port=9090")
    String[] springArgs = new String[0];

    @Override
    public Integer call() {
        org.frontlinemap.web.WebApplication.start(springArgs);
        return 0;
    }
}
