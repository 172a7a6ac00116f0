package org.frontlinemap.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into sentences at . ؟ ? ! ؛ ; and line breaks, keeping offsets into the original. A full stop between
 * digits (2.5) or after a single capital letter (U.S.) does not end a sentence. Spans are trimmed of white space and
 * never empty. Hand-written: ICU's sentence iterator does not cut at the Arabic semicolon, which Arabic news uses
 * as a sentence end, and its rules for Arabic are no better than these.
 */
public final class SentenceSplitter {

    private SentenceSplitter() {
    }

    public static List<TextSpan> split(String text) {
        List<TextSpan> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isEnd(text, i, c)) {
                int end = i + 1;
                while (end < n && isEndChar(text.charAt(end)) && text.charAt(end) != '\n') {
                    end++;
                }
                add(out, text, start, c == '\n' ? i : end);
                start = end;
                i = end - 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean isEndChar(char c) {
        return c == '.' || c == '؟' || c == '?' || c == '!' || c == '؛' || c == ';' || c == '\n' || c == '\r'
                || c == '\u2029' || c == '\u2028';
    }

    private static boolean isEnd(String t, int i, char c) {
        if (!isEndChar(c)) {
            return false;
        }
        if (c == '.') {
            boolean digitBefore = i > 0 && Character.isDigit(t.charAt(i - 1));
            boolean digitAfter = i + 1 < t.length() && Character.isDigit(t.charAt(i + 1));
            if (digitBefore && digitAfter) {
                return false;
            }
            boolean initial = i > 0 && Character.isUpperCase(t.charAt(i - 1))
                    && (i == 1 || !Character.isLetter(t.charAt(i - 2)));
            return !initial;
        }
        return true;
    }

    private static void add(List<TextSpan> out, String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new TextSpan(s, e));
        }
    }
}
