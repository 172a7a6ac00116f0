package org.frontlinemap.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.frontlinemap.text.ArabicNormalizer;
import org.frontlinemap.text.NormalizedText;

/**
 * Times a claim holds from: "منذ عام 2014", "عام 2015", "في أيلول 2017", "منذ يونيو الماضي" / "حزيران الماضي" (the
 * last such month before the article date), "العام الماضي", "in March 2019", "since 2014", "since last June".
 * Arabic months in both systems (كانون الثاني … كانون الأول and يناير … ديسمبر), with the paired form "أيلول/سبتمبر".
 * A bare year counts only after عام/العام/سنة/منذ/في/in/since, so figures are not read as years.
 */
public final class ClaimTimeParser {

    /** A time found at original offsets; {@code since} when introduced by منذ/since. */
    public record TimeExpression(int start, int end, LocalDate date, boolean since) {
    }

    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

    static {
        String[][] names = {
            {"كانون الثاني", "يناير", "january", "jan"}, {"شباط", "فبراير", "february", "feb"},
            {"اذار", "مارس", "march", "mar"}, {"نيسان", "ابريل", "april", "apr"}, {"ايار", "مايو", "may"},
            {"حزيران", "يونيو", "يونيه", "june", "jun"}, {"تموز", "يوليو", "يوليه", "july", "jul"},
            {"اب", "اغسطس", "august", "aug"}, {"ايلول", "سبتمبر", "september", "sept", "sep"},
            {"تشرين الاول", "اكتوبر", "october", "oct"}, {"تشرين الثاني", "نوفمبر", "november", "nov"},
            {"كانون الاول", "ديسمبر", "december", "dec"}};
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                MONTHS.put(n, i + 1);
            }
        }
    }

    private static final String MONTH;

    static {
        List<String> all = new ArrayList<>(MONTHS.keySet());
        all.sort((a, b) -> b.length() - a.length());
        MONTH = "(" + String.join("|", all) + ")";
    }

    private static final String B = "(?<![\\p{L}\\d])";
    private static final String E = "(?![\\p{L}\\d])";
    private static final String SINCE = "(منذ|ومنذ|since|from)?\\s*(?:(?:مطلع|بدايه|اواخر|منتصف|شهر|early|late|mid)\\s+)?";
    private static final String PAIRED = "(?:\\s*[/(]\\s*" + MONTH.replace("(", "(?:") + "\\s*\\)?)?";
    private static final Pattern MONTH_YEAR = Pattern.compile(B + SINCE + "(?:in\\s+|في\\s+)?(?:(\\d{1,2})\\s+)?"
            + MONTH + E + PAIRED + "\\s*(?:(\\d{1,2}),?\\s+)?(?:من\\s+)?(?:عام\\s+|العام\\s+|سنه\\s+)?((?:19|20)\\d\\d)" + E);
    private static final Pattern MONTH_LAST = Pattern.compile(B + SINCE + "(?:last\\s+)?" + MONTH + E + PAIRED
            + "(?:\\s+(الماضي|المنصرم|الفائت|last year))?");
    private static final Pattern YEAR = Pattern.compile(B + "(منذ|ومنذ|since|في|in|خلال|during)?\\s*"
            + "(?:(?:عام|العام|سنه|year|the year|مطلع|بدايه|early)\\s+)?((?:19|20)\\d\\d)" + E);
    private static final Pattern LAST_YEAR = Pattern.compile(B + "(منذ|ومنذ|since)?\\s*(?:العام الماضي|السنه الماضيه|last year)" + E);

    private ClaimTimeParser() {
    }

    public static List<TimeExpression> find(String text, LocalDate articleDate) {
        NormalizedText nt = ArabicNormalizer.normalize(text);
        return find(nt, 0, nt.length(), articleDate);
    }

    /** Time expressions in folded characters {@code [from, to)}, sorted by start, not overlapping. */
    static List<TimeExpression> find(NormalizedText nt, int from, int to, LocalDate articleDate) {
        String f = nt.text();
        List<int[]> taken = new ArrayList<>();
        List<TimeExpression> out = new ArrayList<>();
        Matcher m = MONTH_YEAR.matcher(f).region(from, to);
        while (m.find()) {
            int month = MONTHS.get(m.group(3));
            int year = Integer.parseInt(m.group(5));
            String dayText = m.group(2) != null ? m.group(2) : m.group(4);
            int day = dayText == null ? 1 : Integer.parseInt(dayText);
            LocalDate d = date(year, month, day);
            if (d != null) {
                take(out, taken, nt, m, d, m.group(1) != null);
            }
        }
        m = MONTH_LAST.matcher(f).region(from, to);
        while (m.find()) {
            boolean relative = m.group(3) != null || m.group(0).contains("last ");
            if (!relative || articleDate == null || overlaps(taken, m.start(), m.end())) {
                continue;
            }
            int month = MONTHS.get(m.group(2));
            LocalDate d = LocalDate.of(articleDate.getYear(), month, 1);
            if (!d.isBefore(articleDate.withDayOfMonth(1)) || "last year".equals(m.group(3))) {
                d = d.minusYears(1);
            }
            take(out, taken, nt, m, d, m.group(1) != null);
        }
        m = LAST_YEAR.matcher(f).region(from, to);
        while (m.find()) {
            if (articleDate != null && !overlaps(taken, m.start(), m.end())) {
                take(out, taken, nt, m, LocalDate.of(articleDate.getYear() - 1, 1, 1), m.group(1) != null);
            }
        }
        m = YEAR.matcher(f).region(from, to);
        while (m.find()) {
            boolean cued = m.group(1) != null || m.group(0).matches("(?s).*(عام|العام|سنه|year|مطلع|بدايه|early).*");
            if (cued && !overlaps(taken, m.start(), m.end())) {
                take(out, taken, nt, m, LocalDate.of(Integer.parseInt(m.group(2)), 1, 1),
                        m.group(1) != null && (m.group(1).contains("منذ") || m.group(1).equals("since")));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static boolean overlaps(List<int[]> taken, int s, int e) {
        for (int[] t : taken) {
            if (s < t[1] && t[0] < e) {
                return true;
            }
        }
        return false;
    }

    private static void take(List<TimeExpression> out, List<int[]> taken, NormalizedText nt, Matcher m, LocalDate d,
                             boolean since) {
        int s = m.start();
        while (s < m.end() && Character.isWhitespace(nt.text().charAt(s))) {
            s++;
        }
        if (overlaps(taken, s, m.end())) {
            return;
        }
        taken.add(new int[] {s, m.end()});
        out.add(new TimeExpression(nt.originalStart(s), nt.originalEnd(m.end()), d, since));
    }
}
