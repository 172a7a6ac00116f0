package org.frontlinemap.cli;

import org.slf4j.LoggerFactory;

/**
 * Without Spring, Logback falls back to logging everything at DEBUG to the console, which buries a command's own
 * output under connection-pool and migration chatter. Commands call this to keep warnings only.
 */
final class CliLogging {

    private CliLogging() {
    }

    static void quiet() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
