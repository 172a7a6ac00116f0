package org.frontlinemap.zones;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The span of dates zones may be asked for or stored at: the war began in 2011, the future is unknown. */
public final class ZoneDates {

    public static final LocalDate EARLIEST = LocalDate.of(2011, 1, 1);

    private ZoneDates() {
    }

    public static LocalDate latest() {
        return LocalDate.now(Clock.systemUTC());
    }

    /** Parses an ISO date (YYYY-MM-DD) and checks it lies in 2011-01-01..today; the message names the parameter. */
    public static LocalDate parse(String what, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is missing (expected a date YYYY-MM-DD)");
        }
        LocalDate d;
        try {
            d = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " '" + abbreviate(text) + "' is not a date YYYY-MM-DD");
        }
        return requireInRange(what, d);
    }

    public static LocalDate requireInRange(String what, LocalDate d) {
        LocalDate today = latest();
        if (d.isBefore(EARLIEST) || d.isAfter(today)) {
            throw new IllegalArgumentException(what + " " + d + " is outside " + EARLIEST + ".." + today);
        }
        return d;
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
