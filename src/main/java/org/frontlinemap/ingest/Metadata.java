package org.frontlinemap.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/** Parsing of dates and language codes as they appear in sidecars, front matter, HTML meta tags and JSON lines. */
final class Metadata {

    private static final DateTimeFormatter ISO_STRICT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private Metadata() {
    }

    /** A metadata date; {@code estimated} when the value named only a month ("2017-09" becomes 2017-09-01). */
    record MetaDate(LocalDate date, boolean estimated) {
    }

    private static final java.util.regex.Pattern YEAR_MONTH = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");

    /**
     * Like {@link #date} but also taking partial values: a year and month ("2017-09") is the first of the month,
     * estimated; a year alone ("2017") says too little to date an article and counts as absent.
     */
    static Optional<MetaDate> partialDate(String value, String field) throws RefusedInputException {
        if (value != null) {
            String v = value.trim();
            var ym = YEAR_MONTH.matcher(v);
            if (ym.matches()) {
                int month = Integer.parseInt(ym.group(2));
                if (month < 1 || month > 12) {
                    throw new RefusedInputException("invalid " + field + " date '" + v + "'");
                }
                return Optional.of(new MetaDate(LocalDate.of(Integer.parseInt(ym.group(1)), month, 1), true));
            }
            if (YEAR.matcher(v).matches()) {
                return Optional.empty();
            }
        }
        return date(value, field).map(d -> new MetaDate(d, false));
    }

    /**
     * A date from a metadata value: {@code 2017-09-25}, an ISO timestamp ({@code 2017-09-25T10:00:00+03:00}) or an
     * RFC 1123 date. The calendar date as written is kept (no conversion to UTC, which could move it a day).
     *
     * @throws RefusedInputException for a value that looks like a date but is not one (2017-02-30)
     */
    static Optional<LocalDate> date(String value, String field) throws RefusedInputException {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
            try {
                return Optional.of(LocalDate.parse(v.substring(0, 10), ISO_STRICT));
            } catch (DateTimeParseException e) {
                throw new RefusedInputException("invalid " + field + " date '" + v + "'");
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(v).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // fall through
        }
        throw new RefusedInputException("unreadable " + field + " date '" + v + "' (expected YYYY-MM-DD)");
    }

    /** The lenient form for HTML, where junk in a meta tag should not cost the article: unreadable means absent. */
    static Optional<LocalDate> dateOrEmpty(String value) {
        try {
            return date(value, "meta");
        } catch (RefusedInputException e) {
            return Optional.empty();
        }
    }

    /** "ar", "en" from "ar-SY", "en_GB", "Arabic"...; null if neither. */
    static String lang(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.startsWith("ar")) {
            return "ar";
        }
        if (v.startsWith("en")) {
            return "en";
        }
        return null;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
