package org.frontlinemap.geoparse;

/**
 * Tells Arabic from English by the share of letters in each script. Enough for routing news text between the two
 * languages the product reads; a text without letters is "und" (undetermined).
 */
public final class LanguageDetector {

    private LanguageDetector() {
    }

    public static String detect(String text) {
        if (text == null) {
            return "und";
        }
        long arabic = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (MatchText.isArabic(c) && Character.isLetter(c)) {
                arabic++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '\u00C0' && c <= '\u024F')) {
                latin++;
            }
        }
        if (arabic == 0 && latin == 0) {
            return "und";
        }
        return arabic >= latin ? "ar" : "en";
    }
}
