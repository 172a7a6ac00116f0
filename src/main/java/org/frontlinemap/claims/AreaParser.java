package org.frontlinemap.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.frontlinemap.text.ArabicNormalizer;
import org.frontlinemap.text.NormalizedText;

/**
 * Areas in square kilometres: "16 كم مربع", "16 كيلومترا مربعا", "3 آلاف كيلومتر مربع", "16 km2", "16 km²",
 * "16 square kilometres", "40 sq km"; hectares and square miles are converted.
 */
public final class AreaParser {

    private static final String NUM = "(\\d+(?:[.,٫]\\d+)*|" + NumberWords.NUMBER + ")";
    private static final String THOUSANDS = "(\\s*(?:الف|الاف|thousand))?";
    private static final Pattern AREA = Pattern.compile("(?<![\\d\\p{L}])" + NUM + THOUSANDS + "\\s*(?:"
            + "(كم|كلم|كيلو متر|كيلومتر|كيلومترا|كيلومترات|كيلو مترا)\\s*(?:مربع|مربعا|مربعه|مربعات|2|²)"
            + "|(km|kilometres|kilometers|kilometre|kilometer)\\s*(?:2|²|square)(?![\\p{L}])"
            + "|(square kilometres|square kilometers|square kilometre|square kilometer|square km|sq km|sq\\. km|km sq)"
            + "|(هكتار|هكتارا|hectares|hectare)"
            + "|(square miles|square mile|sq mi))");

    private AreaParser() {
    }

    public static List<Quantity> find(String text) {
        NormalizedText nt = ArabicNormalizer.normalize(text);
        return find(nt, 0, nt.length());
    }

    static List<Quantity> find(NormalizedText nt, int from, int to) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = AREA.matcher(nt.text()).region(from, to);
        while (m.find()) {
            String n = m.group(1);
            double v = Character.isDigit(n.charAt(0)) ? NumberWords.digits(n) : NumberWords.value(n);
            if (v <= 0) {
                continue;
            }
            if (m.group(2) != null) {
                v *= 1000;
            }
            if (m.group(6) != null) {
                v *= 0.01;
            } else if (m.group(7) != null) {
                v *= 2.589988;
            }
            out.add(new Quantity(nt.originalStart(m.start()), nt.originalEnd(m.end()), Math.round(v * 1000) / 1000.0));
        }
        return out;
    }
}
