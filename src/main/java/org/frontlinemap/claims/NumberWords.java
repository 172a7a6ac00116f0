package org.frontlinemap.claims;

import java.util.Map;

/** Spelled-out numbers (folded Arabic and English) as they appear in shares and areas: تسعين, خمسة وعشرين, eighty. */
final class NumberWords {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("واحد", 1), Map.entry("اثنين", 2), Map.entry("اثنان", 2), Map.entry("ثلاث", 3),
            Map.entry("ثلاثه", 3), Map.entry("اربع", 4), Map.entry("اربعه", 4), Map.entry("خمس", 5),
            Map.entry("خمسه", 5), Map.entry("ست", 6), Map.entry("سته", 6), Map.entry("سبع", 7), Map.entry("سبعه", 7),
            Map.entry("ثمان", 8), Map.entry("ثماني", 8), Map.entry("ثمانيه", 8), Map.entry("تسع", 9),
            Map.entry("تسعه", 9), Map.entry("عشر", 10), Map.entry("عشره", 10),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("fifteen", 15), Map.entry("twelve", 12));

    private static final Map<String, Integer> TENS = Map.ofEntries(
            Map.entry("عشرين", 20), Map.entry("عشرون", 20), Map.entry("ثلاثين", 30), Map.entry("ثلاثون", 30),
            Map.entry("اربعين", 40), Map.entry("اربعون", 40), Map.entry("خمسين", 50), Map.entry("خمسون", 50),
            Map.entry("ستين", 60), Map.entry("ستون", 60), Map.entry("سبعين", 70), Map.entry("سبعون", 70),
            Map.entry("ثمانين", 80), Map.entry("ثمانون", 80), Map.entry("تسعين", 90), Map.entry("تسعون", 90),
            Map.entry("مائه", 100), Map.entry("مئه", 100),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("hundred", 100));

    /** Regex alternation of all words, longest first, for use inside a larger pattern. */
    static final String WORD;
    /** "خمسه وعشرين", "twenty-five", "تسعين", "five". */
    static final String NUMBER;

    static {
        StringBuilder sb = new StringBuilder();
        java.util.List<String> all = new java.util.ArrayList<>(UNITS.keySet());
        all.addAll(TENS.keySet());
        all.sort((a, b) -> b.length() - a.length());
        for (String w : all) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(w);
        }
        WORD = "(?:" + sb + ")";
        NUMBER = "(?:" + WORD + "(?:\\s+و\\s*" + WORD + "|-" + WORD + "|\\s+" + WORD + ")?)";
    }

    private NumberWords() {
    }

    /** Value of a spelled number matched by {@link #NUMBER}; -1 when not a number. */
    static double value(String s) {
        String[] parts = s.trim().split("\\s+و\\s*|-|\\s+");
        double total = 0;
        for (String p : parts) {
            String w = p.startsWith("و") && !UNITS.containsKey(p) && !TENS.containsKey(p) ? p.substring(1) : p;
            Integer v = UNITS.get(w);
            if (v == null) {
                v = TENS.get(w);
            }
            if (v == null) {
                return -1;
            }
            total += v;
        }
        return total;
    }

    /** A digit string with , or . or ٫ as decimal or thousands separator. */
    static double digits(String s) {
        String t = s.replace('\u066B', '.');
        if (t.matches("\\d{1,3}(,\\d{3})+")) {
            t = t.replace(",", "");
        } else {
            t = t.replace(',', '.');
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
