package org.frontlinemap.text;

/**
 * A text folded for matching, with the way back to the original: {@code original.substring(originalStart(i),
 * originalEnd(j))} is the stretch of the original that normalised characters {@code i..j-1} came from.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] toOriginal;

    NormalizedText(String original, String text, int[] toOriginal) {
        this.original = original;
        this.text = text;
        this.toOriginal = toOriginal;
    }

    public String original() {
        return original;
    }

    /** The folded text, to be searched. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Original index of normalised character {@code i}; {@code i == length()} maps to the original's length. */
    public int originalStart(int i) {
        return i >= text.length() ? original.length() : toOriginal[i];
    }

    /**
     * Original end index (exclusive) of a normalised span ending before {@code end}: the character after the last
     * one kept, so removed marks (diacritics, tatweel) that follow inside the word stay with it.
     */
    public int originalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        int last = toOriginal[end - 1];
        int o = last + (Character.isHighSurrogate(original.charAt(last)) && last + 1 < original.length() ? 2 : 1);
        while (o < original.length() && ArabicNormalizer.isIgnorable(original.charAt(o))
                && (end >= text.length() || o < toOriginal[end])) {
            o++;
        }
        return o;
    }
}
