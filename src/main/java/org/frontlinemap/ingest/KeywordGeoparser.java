package org.frontlinemap.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.frontlinemap.gazetteer.PlaceKind;
import org.frontlinemap.geoparse.Geoparser;
import org.frontlinemap.geoparse.Mention;

/**
 * A geoparser that knows only a fixed list of words, each standing for one place, matched as whole words. It stands
 * in for the gazetteer-backed geoparser where only the pipeline around it is measured or tested (the ingest
 * benchmark reports it as such); it resolves no ambiguity and knows no context.
 */
public final class KeywordGeoparser implements Geoparser {

    private final Map<String, String> wordToPlace;

    /** @param wordToPlace surface word → place id */
    public KeywordGeoparser(Map<String, String> wordToPlace) {
        Map<String, String> sorted = new LinkedHashMap<>();
        wordToPlace.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        this.wordToPlace = sorted;
    }

    /** A handful of large Syrian cities in Arabic and English. */
    public static KeywordGeoparser syrianCities() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("الرقة", "raqqa");
        m.put("Raqqa", "raqqa");
        m.put("دير الزور", "deir-ez-zor");
        m.put("Deir ez-Zor", "deir-ez-zor");
        m.put("حلب", "aleppo");
        m.put("Aleppo", "aleppo");
        m.put("إدلب", "idlib");
        m.put("Idlib", "idlib");
        m.put("عفرين", "afrin");
        m.put("Afrin", "afrin");
        m.put("دمشق", "damascus");
        m.put("Damascus", "damascus");
        m.put("منبج", "manbij");
        m.put("Manbij", "manbij");
        m.put("الفرات", "euphrates");
        m.put("Euphrates", "euphrates");
        return new KeywordGeoparser(m);
    }

    @Override
    public List<Mention> parse(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        boolean[] taken = new boolean[text.length()];
        List<Mention> out = new ArrayList<>();
        for (Map.Entry<String, String> e : wordToPlace.entrySet()) {
            String w = e.getKey();
            for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
                int end = i + w.length();
                if (isWordEdge(text, i - 1) && isWordEdge(text, end) && free(taken, i, end)) {
                    for (int k = i; k < end; k++) {
                        taken[k] = true;
                    }
                    out.add(new Mention(i, end, w, e.getValue(), w, null, PlaceKind.CITY, 0, 0, 0.5, "keyword", null));
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static boolean isWordEdge(String t, int i) {
        return i < 0 || i >= t.length() || !Character.isLetterOrDigit(t.charAt(i));
    }

    private static boolean free(boolean[] taken, int s, int e) {
        for (int k = s; k < e; k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }
}
