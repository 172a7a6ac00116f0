package org.frontlinemap.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's own date in its text when no metadata gives one. Only complete calendar dates count (day,
 * month and year): "اليوم الأحد", "عام 2014" or "أيلول 2017" are not article dates, and impossible dates
 * (2017-02-30) are ignored. A date in the dateline region at the top is taken as the article's date; failing that
 * the latest full date in the text is a lower bound, returned as an estimate. Event dates stay with the claims.
 *
 * <p>Arabic months are recognised in both the Levantine/Iraqi (أيلول) and the Egyptian/Gulf (سبتمبر) systems, also
 * written together ("25 أيلول/سبتمبر 2017"), with Arabic-Indic or Western digits; English in "25 September 2017"
 * and "September 25, 2017" forms; and ISO "2017-09-25".
 */
public final class ArticleDateFinder {

    /** Characters from the start within which a date is read as the dateline. */
    static final int DATELINE_CHARS = 300;

    public record FoundDate(LocalDate date, boolean estimated, int start, int end) {
    }

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Pattern DAY_MONTH_YEAR;
    private static final Pattern MONTH_DAY_YEAR;
    private static final Pattern ISO = Pattern.compile("(?<![\\d])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
    private static final Pattern DMY_NUMERIC =
            Pattern.compile("(?<![\\d/.])(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?![\\d/.])");

    static {
        String[][] arabic = {
                {"كانون الثاني", "يناير"}, {"شباط", "فبراير", "فبرابر"}, {"اذار", "مارس"},
                {"نيسان", "ابريل", "ابريل"}, {"ايار", "مايو"}, {"حزيران", "يونيو", "يونيه"},
                {"تموز", "يوليو", "يوليه"}, {"اب", "اغسطس", "اغسطس"}, {"ايلول", "سبتمبر"},
                {"تشرين الاول", "اكتوبر"}, {"تشرين الثاني", "نوفمبر"}, {"كانون الاول", "ديسمبر"}};
        String[][] english = {
                {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
                {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sept", "sep"},
                {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
        for (int m = 0; m < 12; m++) {
            for (String n : arabic[m]) {
                MONTHS.put(n, m + 1);
            }
            for (String n : english[m]) {
                MONTHS.put(n, m + 1);
            }
        }
        // Longest names first so "كانون الثاني" wins over a shorter prefix; spaces inside names may vary.
        String alternatives = MONTHS.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q"))
                .reduce((a, b) -> a + "|" + b).orElseThrow();
        String month = "(" + alternatives + ")\\.?";
        // an optional second name for the same month: "أيلول/سبتمبر", "أيلول (سبتمبر)", "أيلول - سبتمبر"
        String alsoMonth = "(?:\\s*[/(\\-–]\\s*(?:" + alternatives + ")\\s*\\)?)?";
        String boundaryBefore = "(?<![\\p{L}\\d])";
        String boundaryAfter = "(?![\\p{L}\\d])";
        DAY_MONTH_YEAR = Pattern.compile(boundaryBefore + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:من\\s+)?(?:شهر\\s+)?"
                + month + alsoMonth + "\\s*(?:,|،)?\\s*(?:من\\s+)?(?:عام\\s+|سنة\\s+)?(\\d{4})" + boundaryAfter);
        MONTH_DAY_YEAR = Pattern.compile(boundaryBefore + month + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})"
                + boundaryAfter);
    }

    private ArticleDateFinder() {
    }

    public static Optional<FoundDate> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String t = fold(text);
        // the dateline region alone first: most articles are dated there and the full scan is the costly part
        int head = Math.min(t.length(), DATELINE_CHARS + 80);
        List<FoundDate> all = collectAll(t.substring(0, head));
        if (!all.isEmpty() && all.get(0).start() < DATELINE_CHARS) {
            return Optional.of(all.get(0));
        }
        all = head == t.length() ? all : collectAll(t);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        FoundDate first = all.get(0);
        if (first.start() < DATELINE_CHARS) {
            return Optional.of(first);
        }
        FoundDate latest = all.stream().max(Comparator.comparing(FoundDate::date)).orElseThrow();
        return Optional.of(new FoundDate(latest.date(), true, latest.start(), latest.end()));
    }

    private static List<FoundDate> collectAll(String t) {
        List<FoundDate> all = new ArrayList<>();
        collect(DAY_MONTH_YEAR, t, all, 1, 2, 3);
        collect(MONTH_DAY_YEAR, t, all, 2, 1, 3);
        collect(ISO, t, all, 3, 2, 1);
        collect(DMY_NUMERIC, t, all, 1, 2, 3);
        all.sort(Comparator.comparingInt(FoundDate::start));
        return all;
    }

    private static void collect(Pattern p, String t, List<FoundDate> out, int dayGroup, int monthGroup, int yearGroup) {
        Matcher m = p.matcher(t);
        while (m.find()) {
            int day = Integer.parseInt(m.group(dayGroup));
            String monthText = m.group(monthGroup);
            Integer month = monthText.chars().allMatch(Character::isDigit)
                    ? Integer.valueOf(Integer.parseInt(monthText))
                    : MONTHS.get(monthText.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "));
            int year = Integer.parseInt(m.group(yearGroup));
            if (month == null || year < 1900 || year > LocalDate.now().getYear() + 1) {
                continue;
            }
            try {
                out.add(new FoundDate(LocalDate.of(year, month, day), false, m.start(), m.end()));
            } catch (DateTimeException invalid) {
                // 2017-02-30 and the like: not a date
            }
        }
    }

    /**
     * Same-length folding so that match offsets stay valid in the original: Arabic-Indic digits to ASCII, hamza and
     * madda forms of alef to bare alef, ASCII letters to lower case (so the patterns need no case folding).
     */
    static String fold(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (ch >= '\u0660' && ch <= '\u0669') {
                c[i] = (char) ('0' + ch - '\u0660');
            } else if (ch >= '\u06F0' && ch <= '\u06F9') {
                c[i] = (char) ('0' + ch - '\u06F0');
            } else if (ch == 'أ' || ch == 'إ' || ch == 'آ' || ch == 'ٱ') {
                c[i] = 'ا';
            } else if (ch >= 'A' && ch <= 'Z') {
                c[i] = (char) (ch + ('a' - 'A'));
            }
        }
        return new String(c);
    }
}
