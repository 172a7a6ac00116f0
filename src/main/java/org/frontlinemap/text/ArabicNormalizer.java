package org.frontlinemap.text;

import java.util.Locale;

/**
 * Folds Arabic (and Latin) text for matching, never for display, keeping a map from every folded character back to
 * the original so that matches can be reported at their true offsets.
 *
 * <p>Each character is folded on its own, through Lucene's {@link org.apache.lucene.analysis.ar.ArabicNormalizer}
 * (alef forms to bare alef, alef maksura to yeh, teh marbuta to heh, harakat and tatweel removed), and then by the
 * few rules Lucene leaves out: Persian yeh and keheh, Arabic-Indic digits, bidi and zero-width marks, guillemets and
 * typographic quotes, and Latin lower-casing. Folding one character at a time is what makes the offset map exact;
 * none of these rules needs context.
 */
public final class ArabicNormalizer {

    private static final org.apache.lucene.analysis.ar.ArabicNormalizer LUCENE =
            new org.apache.lucene.analysis.ar.ArabicNormalizer();

    /**
     * The fold of every UTF-16 unit, worked out once: folding is per character, so a table lookup gives the same
     * answer as the rules below at a fraction of the cost (0 = removed).
     */
    private static final char[] TABLE = new char[Character.MAX_VALUE + 1];

    static {
        char[] one = new char[1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            TABLE[c] = fold((char) c, one);
        }
    }

    private ArabicNormalizer() {
    }

    /** Folds {@code original}; null is treated as empty. */
    public static NormalizedText normalize(String original) {
        String s = original == null ? "" : original;
        StringBuilder out = new StringBuilder(s.length());
        int[] map = new int[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char f = TABLE[s.charAt(i)];
            if (f == 0) {
                continue;
            }
            out.append(f);
            map[n++] = i;
        }
        int[] trimmed = new int[n];
        System.arraycopy(map, 0, trimmed, 0, n);
        return new NormalizedText(s, out.toString(), trimmed);
    }

    /** The folded form alone. */
    public static String fold(String s) {
        return normalize(s).text();
    }

    /**
     * A lookup key for a place or actor name: folded, punctuation and hyphens as single spaces, trimmed, and a
     * leading Arabic article ال or Latin "al-"/"el-" dropped from the first word (so الرقة, رقة and al-Raqqa agree).
     */
    public static String key(String name) {
        String f = fold(name);
        StringBuilder sb = new StringBuilder(f.length());
        boolean space = true;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
                space = false;
            } else if (!space && c != '\'' && c != '\u2019' && c != '`') {
                sb.append(' ');
                space = true;
            }
        }
        String k = sb.toString().trim();
        if (k.length() > 3 && k.startsWith("ال")) {
            k = k.substring(2);
        } else if (k.length() > 4 && (k.startsWith("al ") || k.startsWith("el ") || k.startsWith("as ")
                || k.startsWith("ad ") || k.startsWith("ar ") || k.startsWith("az ") || k.startsWith("ash "))) {
            k = k.substring(k.indexOf(' ') + 1);
        }
        return k;
    }

    /** True for characters that folding removes outright (marks, tatweel, format characters). */
    public static boolean isIgnorable(char c) {
        return TABLE[c] == 0;
    }

    private static char fold(char c, char[] one) {
        switch (c) {
            case '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
                 '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF', '\u00AD', '\u061C' -> {
                return 0;
            }
            case '\u06CC', '\u064A', '\u0649', '\u06D2' -> {
                return '\u064A'; // Persian yeh, yeh, alef maksura, yeh barree
            }
            case '\u06A9' -> {
                return '\u0643'; // keheh
            }
            case '\u0671' -> {
                return '\u0627'; // alef wasla
            }
            case '\u00AB', '\u00BB', '\u201C', '\u201D', '\u201E', '\u2033' -> {
                return '"';
            }
            case '\u2018', '\u2019', '\u201A', '\u2032' -> {
                return '\'';
            }
            case '\u060C' -> {
                return ','; // Arabic comma
            }
            default -> {
            }
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (c >= '\u0600' && c <= '\u06FF') {
            one[0] = c;
            int len = LUCENE.normalize(one, 1);
            return len == 0 ? 0 : one[0];
        }
        if (c < 128) {
            return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        return Character.toLowerCase(c);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
