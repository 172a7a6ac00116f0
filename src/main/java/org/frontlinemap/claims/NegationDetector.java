package org.frontlinemap.claims;

import java.util.Set;

/**
 * Whether a claim is denied or negated, and whether it is hedged (reported, attributed, uncertain), judged from the
 * words before its cue. Negators (لم, لن, لا, ليس, غير, not, never, no longer, did not, failed to, فشلت) count within
 * four words before the cue; denial verbs (نفت, نفى, ينفي, denied) anywhere earlier in the sentence. "لا تزال",
 * "لا يزال", "ما زال" mean "still" and are not negations.
 */
public final class NegationDetector {

    private static final Set<String> NEGATORS = Words.folded("لم", "لن", "لا", "ليس", "ليست", "غير", "ولم", "ولا", "فلم",
            "not", "never", "didn", "doesn", "hasn", "haven", "isn", "aren", "wasn", "weren", "no", "nt", "فشلت", "فشل",
            "failed", "يفشل", "تفشل", "عجزت");
    private static final Set<String> STILL = Words.folded("تزال", "يزال", "زالت", "زال", "يزالون", "تزالان", "زالوا");
    private static final Set<String> ABILITY = Words.folded("تتمكن", "يتمكن", "يتمكنوا", "تستطع", "يستطع", "يستطيعوا",
            "تنجح", "ينجح");
    private static final Set<String> DENIALS = Words.folded("نفت", "نفى", "ينفي", "تنفي", "نفي", "ونفت", "ونفى", "وتنفي",
            "كذبت", "denied", "denies", "deny", "dismissed", "rejected");
    private static final Set<String> HEDGES = Words.folded("بحسب", "حسب", "وبحسب", "وفقا", "وفق", "نقلا", "according",
            "reportedly", "allegedly", "claimed", "claims", "claim", "said", "says", "reported", "زعم", "زعمت", "يزعم",
            "ادعي", "ادعت", "قال", "قالت", "وقال", "وقالت", "اضاف", "اضافت", "واضاف", "واضافت", "مضيفا", "مضيفه", "اكد",
            "اكدت", "واكد", "واكدت", "اعلن", "اعلنت", "واعلن", "واعلنت", "افاد", "افادت", "وافاد", "وافادت", "ذكر",
            "ذكرت", "وذكر", "وذكرت", "تابع", "وتابع", "اشار", "اشارت", "واشار", "واشارت", "يعتقد", "ربما",
            "perhaps", "possibly", "may", "might", "يبدو", "مصادر", "sources");

    private NegationDetector() {
    }

    /** True when the cue at token {@code cue} of the sentence starting at token {@code sentenceStart} is negated. */
    static boolean negated(Tokens t, int sentenceStart, int cue) {
        for (int i = Math.max(sentenceStart, cue - 4); i < cue; i++) {
            String w = t.word(i);
            if (NEGATORS.contains(w) && !STILL.contains(t.word(i + 1))
                    && !(w.equals("ما") && STILL.contains(t.word(i + 1)))) {
                if (w.equals("no") && !t.word(i + 1).equals("longer")) {
                    continue;
                }
                return true;
            }
            if (w.equals("لم") && t.word(i + 1).equals("يعد")) {
                return true;
            }
        }
        // "لم تتمكن X من استعادة", "لم يستطع": a negated "manage to" a little further back
        for (int i = Math.max(sentenceStart, cue - 7); i < cue; i++) {
            String w = t.word(i);
            if ((w.equals("لم") || w.equals("ولم") || w.equals("فلم")) && ABILITY.contains(t.word(i + 1))) {
                return true;
            }
        }
        for (int i = sentenceStart; i < cue; i++) {
            String w = t.word(i);
            if (DENIALS.contains(w)) {
                return true;
            }
            // "ليس صحيحا أن", "غير صحيح أن": it is not true that
            if ((w.equals("صحيحا") || w.equals("صحيح")) && Set.of("ليس", "وليس", "غير").contains(t.word(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** True when something before the cue in its sentence (or "reportedly" just after it) attributes the claim. */
    static boolean hedged(Tokens t, int sentenceStart, int cue) {
        for (int i = sentenceStart; i < cue; i++) {
            if (HEDGES.contains(t.word(i))) {
                return true;
            }
        }
        return t.word(cue + 1).equals("reportedly");
    }

    /** Convenience for a whole text: is the first occurrence of {@code cueWord} negated? */
    public static boolean isNegated(String sentence, String cueWord) {
        Tokens t = Tokens.of(sentence);
        String folded = org.frontlinemap.text.ArabicNormalizer.fold(cueWord);
        for (int i = 0; i < t.size(); i++) {
            if (t.word(i).equals(folded)) {
                return negated(t, 0, i);
            }
        }
        return false;
    }

    /** Convenience for a whole text: is the first occurrence of {@code cueWord} hedged? */
    public static boolean isHedged(String sentence, String cueWord) {
        Tokens t = Tokens.of(sentence);
        String folded = org.frontlinemap.text.ArabicNormalizer.fold(cueWord);
        for (int i = 0; i < t.size(); i++) {
            if (t.word(i).equals(folded)) {
                return hedged(t, 0, i);
            }
        }
        return false;
    }
}
