package org.frontlinemap.geoparse;

import org.frontlinemap.text.ArabicNormalizer;
import org.frontlinemap.text.NormalizedText;

/**
 * The form names and texts are compared in: {@link ArabicNormalizer} folding, then every space-like character and
 * hyphen as one plain space. The second step maps one character to one, so offsets in the match text are offsets in
 * the {@link NormalizedText} and map back to the original through it.
 */
final class MatchText {

    private MatchText() {
    }

    /** The text to search, index for index the same as {@code n.text()}. */
    static String of(NormalizedText n) {
        char[] c = n.text().toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = spaceOrSelf(c[i]);
        }
        return new String(c);
    }

    /** A dictionary entry in match form: folded, hyphens and runs of spaces as one space, trimmed. */
    static String key(String s) {
        String f = ArabicNormalizer.fold(s);
        StringBuilder sb = new StringBuilder(f.length());
        boolean space = true;
        for (int i = 0; i < f.length(); i++) {
            char c = spaceOrSelf(f.charAt(i));
            if (c == ' ') {
                if (!space) {
                    sb.append(' ');
                }
                space = true;
            } else {
                sb.append(c);
                space = false;
            }
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == ' ') {
            sb.setLength(len - 1);
        }
        return sb.toString();
    }

    private static char spaceOrSelf(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= '\u0621' && c <= '\u064A')) {
            return c; // the common case, without a character-property lookup
        }
        if (c == '-' || c == '\u2010' || c == '\u2011' || c == '\u00A0' || c == '\u202F' || c == '\u2007'
                || Character.isWhitespace(c)) {
            return ' ';
        }
        return c;
    }

    /** Letters that make up a word; digits and punctuation end one. */
    static boolean isWordChar(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A')) {
            return true;
        }
        if (c < 128) {
            return c >= 'A' && c <= 'Z';
        }
        return Character.isLetter(c);
    }

    static boolean isArabic(char c) {
        return (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F') || (c >= '\uFB50' && c <= '\uFDFF')
                || (c >= '\uFE70' && c <= '\uFEFF');
    }

    static boolean startsArabic(String key) {
        return !key.isEmpty() && isArabic(key.charAt(0));
    }
}
