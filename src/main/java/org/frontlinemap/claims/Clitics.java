package org.frontlinemap.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Arabic proclitics glued to a word: the conjunctions و and ف, the prepositions ب, ل and ك, and their pairs; ل before
 * the article ال contracts to لل (ل + الرقة = للرقة). Works on folded text.
 *
 * <p>Hand-written rather than a stemmer: Lucene's Arabic light stemmer also strips suffixes and would merge cue words
 * (سيطرت / سيطرة) that must stay apart, and we need to know which clitic was present (بتركيا is "in Turkey", not
 * Turkey acting).
 */
final class Clitics {

    private static final String[] PREFIXES = {"وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك"};

    /** Known typos folded to the intended word before matching (قوت for قوات, seen in real reports). */
    static String canonical(String word) {
        return switch (word) {
            case "قوت" -> "قوات";
            default -> word;
        };
    }

    /** A reading of a token as proclitic + stem. */
    record Reading(String proclitic, String stem) {
        boolean hasPreposition() {
            return proclitic.contains("ب") || proclitic.contains("ل") || proclitic.contains("ك");
        }
    }

    /** All readings of a folded token: itself, and each way of peeling a proclitic off an Arabic word. */
    static List<Reading> readings(String token) {
        List<Reading> out = new ArrayList<>(4);
        out.add(new Reading("", canonical(token)));
        if (token.isEmpty() || token.charAt(0) < '\u0600' || token.charAt(0) > '\u06FF') {
            return out;
        }
        for (String p : PREFIXES) {
            if (token.length() - p.length() >= 2 && token.startsWith(p)) {
                String rest = token.substring(p.length());
                out.add(new Reading(p, canonical(rest)));
                // ل + ال -> لل : "للرقه" read as ل + "الرقه"
                if (p.endsWith("ل") && rest.startsWith("ل") && rest.length() >= 3) {
                    out.add(new Reading(p, "ا" + rest));
                }
            }
        }
        return out;
    }
}
