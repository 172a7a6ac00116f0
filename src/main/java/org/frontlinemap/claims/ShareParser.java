package org.frontlinemap.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.frontlinemap.text.ArabicNormalizer;
import org.frontlinemap.text.NormalizedText;

/**
 * Shares of a place as fractions: "أكثر من 80 ٪" → 0.8, "قرابة 60 بالمائة" → 0.6, "تسعين بالمئة" → 0.9,
 * "ربع مساحة المدينة" → 0.25, "a fifth" → 0.2, "80%" → 0.8, "20 per cent" → 0.2. Qualifiers (more than, about) are
 * left out: the stated figure is the value. Works on folded text (ة→ه, Arabic-Indic digits as ASCII).
 */
public final class ShareParser {

    private static final String PERCENT = "\\s*(?:%|٪|بالمائه|بالمئه|بالميه|في المائه|في المئه|في الميه|من المائه"
            + "|percent|per cent|pct)";
    private static final Pattern DIGITS = Pattern.compile("(?<![\\d.,])(\\d+(?:[.,٫]\\d+)?)" + PERCENT);
    private static final Pattern WORDS = Pattern.compile("(?<![\\p{L}])(" + NumberWords.NUMBER + ")" + PERCENT);
    // fractions: Arabic ones must govern a noun (ربع مساحه, نصف المدينه) so that خمس (five) is not read as a fifth
    private static final Pattern AR_FRACTION = Pattern.compile(
            "(?<![\\p{L}])(ثلاثه ارباع|ثلثي|ثلثا|نصف|ثلث|ربع|خمس|عشر)(?=\\s+(?:مساحه|اراضي|مدينه|بلده|محافظه|ريف|احياء|مناطق|منطقه|ال\\p{L}+))");
    private static final Pattern EN_FRACTION = Pattern.compile(
            "(?<![\\p{L}])(three[ -]quarters|two[ -]thirds|(?:a|one)[ -](?:fifth|quarter|third|tenth)|half)(?![\\p{L}])");

    private ShareParser() {
    }

    /** Shares in a whole text, at original offsets. */
    public static List<Quantity> find(String text) {
        NormalizedText nt = ArabicNormalizer.normalize(text);
        return find(nt, 0, nt.length());
    }

    /** Shares within folded characters {@code [from, to)} of {@code nt}, at original offsets, sorted by start. */
    static List<Quantity> find(NormalizedText nt, int from, int to) {
        List<Quantity> out = new ArrayList<>();
        String f = nt.text();
        Matcher m = DIGITS.matcher(f).region(from, to);
        while (m.find()) {
            add(out, nt, m, NumberWords.digits(m.group(1)) / 100.0);
        }
        m = WORDS.matcher(f).region(from, to);
        while (m.find()) {
            double v = NumberWords.value(m.group(1));
            if (v >= 0) {
                add(out, nt, m, v / 100.0);
            }
        }
        m = AR_FRACTION.matcher(f).region(from, to);
        while (m.find()) {
            add(out, nt, m, fraction(m.group(1)));
        }
        m = EN_FRACTION.matcher(f).region(from, to);
        while (m.find()) {
            add(out, nt, m, fraction(m.group(1)));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void add(List<Quantity> out, NormalizedText nt, Matcher m, double v) {
        if (v <= 0 || v > 1.0 || Double.isNaN(v)) {
            return;
        }
        out.add(new Quantity(nt.originalStart(m.start()), nt.originalEnd(m.end()), Math.round(v * 10000) / 10000.0));
    }

    private static double fraction(String w) {
        String s = w.replace('-', ' ');
        return switch (s) {
            case "نصف", "half" -> 0.5;
            case "ثلث", "a third", "one third" -> 1.0 / 3;
            case "ثلثي", "ثلثا", "two thirds" -> 2.0 / 3;
            case "ربع", "a quarter", "one quarter" -> 0.25;
            case "ثلاثه ارباع", "three quarters" -> 0.75;
            case "خمس", "a fifth", "one fifth" -> 0.2;
            case "عشر", "a tenth", "one tenth" -> 0.1;
            default -> -1;
        };
    }
}
