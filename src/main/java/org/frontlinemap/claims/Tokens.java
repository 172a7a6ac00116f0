package org.frontlinemap.claims;

import java.util.Arrays;

import org.frontlinemap.text.ArabicNormalizer;
import org.frontlinemap.text.NormalizedText;

/**
 * A text folded by {@link ArabicNormalizer} and cut into word tokens (runs of letters and digits), each token
 * knowing where it sits in the folded text and in the original. Phrase matching, cue finding and context rules all
 * work on these tokens, so every hit can be reported at its true offset in the original text.
 */
final class Tokens {

    private final NormalizedText folded;
    private final String[] words;
    private final int[] foldedStart;
    private final int[] foldedEnd;

    private Tokens(NormalizedText folded, String[] words, int[] foldedStart, int[] foldedEnd) {
        this.folded = folded;
        this.words = words;
        this.foldedStart = foldedStart;
        this.foldedEnd = foldedEnd;
    }

    static Tokens of(String text) {
        NormalizedText nt = ArabicNormalizer.normalize(text == null ? "" : text);
        String f = nt.text();
        int cap = 16;
        String[] w = new String[cap];
        int[] s = new int[cap];
        int[] e = new int[cap];
        int n = 0;
        int i = 0;
        while (i < f.length()) {
            if (!Character.isLetterOrDigit(f.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < f.length() && Character.isLetterOrDigit(f.charAt(j))) {
                j++;
            }
            if (n == cap) {
                cap *= 2;
                w = Arrays.copyOf(w, cap);
                s = Arrays.copyOf(s, cap);
                e = Arrays.copyOf(e, cap);
            }
            w[n] = f.substring(i, j);
            s[n] = i;
            e[n] = j;
            n++;
            i = j;
        }
        return new Tokens(nt, Arrays.copyOf(w, n), Arrays.copyOf(s, n), Arrays.copyOf(e, n));
    }

    NormalizedText folded() {
        return folded;
    }

    String original() {
        return folded.original();
    }

    int size() {
        return words.length;
    }

    String word(int i) {
        return i >= 0 && i < words.length ? words[i] : "";
    }

    int foldedStart(int i) {
        return foldedStart[i];
    }

    int foldedEnd(int i) {
        return foldedEnd[i];
    }

    /** Original start offset of token {@code i}. */
    int start(int i) {
        return folded.originalStart(foldedStart[i]);
    }

    /** Original end offset (exclusive) of token {@code i}. */
    int end(int i) {
        return folded.originalEnd(foldedEnd[i]);
    }

    /** The original text of token {@code i}, to check case where folding lost it. */
    String originalWord(int i) {
        return original().substring(start(i), end(i));
    }

    /** First token whose original start is at or after {@code offset}. */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = words.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start(mid) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First token whose original end is after {@code offset} (the token containing or following it). */
    int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = words.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end(mid) <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The folded text between tokens {@code from} and {@code to} (exclusive), separators included. */
    String foldedBetween(int fromToken, int toToken) {
        if (fromToken >= toToken) {
            return "";
        }
        return folded.text().substring(foldedStart[fromToken], foldedEnd[toToken - 1]);
    }

    /** Folded characters between the end of token {@code i} and the start of token {@code i+1}. */
    String gapAfter(int i) {
        if (i < 0 || i + 1 >= words.length) {
            return "";
        }
        return folded.text().substring(foldedEnd[i], foldedStart[i + 1]);
    }
}
