package org.frontlinemap.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a sentence into clauses, the unit a claim's evidence is quoted from and within which actor, place, share and
 * time are looked for. Arabic news strings many claims into one long sentence joined by حيث, إذ, فيما, بينما, كما,
 * لكن, "إلا أن", "في حين", reporting verbs (مضيفا, وأشار, وتابع) or a comma followed by و; English by while,
 * whereas, but, although, meanwhile or ", and". A plain comma does not cut: Arabic writers use it inside a clause.
 */
final class ClauseSplitter {

    private static final Set<String> ONE_WORD = Words.folded("حيث", "اذ", "فيما", "بينما", "لكن", "ولكن", "كما", "مضيفا",
            "مضيفه", "وتابع", "واضاف", "واضافت", "واشار", "واشارت", "بيدما", "وبينما", "وفيما", "وحيث",
            "while", "whereas", "but", "although", "though", "meanwhile", "however");
    private static final Set<String> FIRST_OF_TWO = Words.folded("الا", "غير", "في");
    private static final Set<String> SECOND_OF_TWO = Words.folded("ان", "حين");

    private ClauseSplitter() {
    }

    /** Clause spans (original offsets) of the sentence made of tokens {@code [from, to)} of {@code t}. */
    static List<TextSpan> split(Tokens t, TextSpan sentence, int from, int to) {
        List<Integer> cuts = new ArrayList<>();
        for (int i = from + 1; i < to; i++) {
            String w = t.word(i);
            String gap = t.gapAfter(i - 1);
            boolean cut = ONE_WORD.contains(w)
                    || (FIRST_OF_TWO.contains(w) && i + 1 < to && SECOND_OF_TWO.contains(t.word(i + 1))
                        && !(w.equals("في") && !t.word(i + 1).equals("حين"))
                        && !(w.equals("غير") && !t.word(i + 1).equals("ان")))
                    || (gap.contains(",") && (w.startsWith("و") && w.length() > 2 || w.equals("and")));
            if (cut) {
                cuts.add(t.start(i));
            }
        }
        List<TextSpan> out = new ArrayList<>();
        int s = sentence.start();
        String text = t.original();
        for (int c : cuts) {
            addTrimmed(out, text, s, c);
            s = c;
        }
        addTrimmed(out, text, s, sentence.end());
        return out;
    }

    private static void addTrimmed(List<TextSpan> out, String text, int s, int e) {
        while (s < e && !Character.isLetterOrDigit(text.charAt(s)) && !isOpening(text.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ','
                || text.charAt(e - 1) == '،')) {
            e--;
        }
        if (e > s) {
            out.add(new TextSpan(s, e));
        }
    }

    private static boolean isOpening(char c) {
        return c == '«' || c == '"' || c == '(' || c == '“';
    }
}
