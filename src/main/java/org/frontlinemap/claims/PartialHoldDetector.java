package org.frontlinemap.claims;

import java.util.List;

import org.frontlinemap.text.ArabicNormalizer;

/**
 * Tells whether a control statement is about part of a place without saying how much: "أجزاء واسعة من محافظة دير
 * الزور", "الجانب الذي يسيطر عليه التنظيم منها", "parts of the city". Such a claim must not paint the whole place.
 */
final class PartialHoldDetector {

    /** Folded cue phrases; matched on word boundaries. */
    private static final List<String> CUES = List.of(
            "اجزاء", "جزء من", "الجانب الذي", "بعض احياء", "بعض مناطق", "بعض اجزاء", "القسم الذي", "الشطر",
            "part of", "parts of", "some of", "sections of", "pockets of")
            .stream().map(ArabicNormalizer::fold).toList();

    private PartialHoldDetector() {
    }

    /** True when {@code folded[from, to)} says the hold is partial. */
    static boolean partial(String folded, int from, int to) {
        int end = Math.min(to, folded.length());
        int start = Math.max(0, Math.min(from, end));
        String clause = folded.substring(start, end);
        for (String cue : CUES) {
            int i = clause.indexOf(cue);
            while (i >= 0) {
                boolean startsWord = i == 0 || !Character.isLetter(clause.charAt(i - 1))
                        || "وفبل".indexOf(clause.charAt(i - 1)) >= 0 && (i == 1 || !Character.isLetter(clause.charAt(i - 2)));
                int after = i + cue.length();
                boolean endsWord = cue.endsWith(" ") || after >= clause.length() || !Character.isLetter(clause.charAt(after))
                        || cue.length() > 4;
                if (startsWord && endsWord) {
                    return true;
                }
                i = clause.indexOf(cue, i + 1);
            }
        }
        return false;
    }
}
