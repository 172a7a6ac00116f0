package org.frontlinemap.geoparse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the geoparser's context rules read, kept as data in {@code geodata/lexicon/*.tsv}: organisation and
 * operation names that hide place names, metonyms, river-bank phrases, cue words (مدينة، محافظة، ريف، جنوب، ...)
 * and seats of government. Phrases are stored in match form ({@link MatchText#key}).
 */
public final class GeoparseLexicon {

    private static volatile GeoparseLexicon bundled;

    final List<String> nonPlaces;
    /** phrase -> place id */
    final Map<String, String> metonyms;
    /** phrase -> place id */
    final Map<String, String> relativeRegions;
    /** cue type -> (phrase -> value) */
    final Map<String, Map<String, String>> cues;
    /** names (match form) of capitals standing for their governments */
    final Set<String> governmentSeats;
    /** names of capitals that stand for their government only with the proclitic ل (لدمشق) */
    final Set<String> lamGovernmentSeats;
    /** phrase -> direction, for relative regions that are a part of their place (الشمال السوري) */
    final Map<String, String> relativeDirections;
    /** names that are also ordinary words: places only after a cue word */
    final Set<String> commonWords;
    /** names spelt like a feminine adjective (سورية) */
    final Set<String> adjectiveNames;

    GeoparseLexicon(List<String> nonPlaces, Map<String, String> metonyms, Map<String, String> relativeRegions,
            Map<String, String> relativeDirections, Map<String, Map<String, String>> cues, Set<String> governmentSeats,
            Set<String> lamGovernmentSeats, Set<String> commonWords, Set<String> adjectiveNames) {
        this.lamGovernmentSeats = Collections.unmodifiableSet(lamGovernmentSeats);
        this.relativeDirections = Collections.unmodifiableMap(relativeDirections);
        this.commonWords = Collections.unmodifiableSet(commonWords);
        this.adjectiveNames = Collections.unmodifiableSet(adjectiveNames);
        this.nonPlaces = List.copyOf(nonPlaces);
        this.metonyms = Collections.unmodifiableMap(metonyms);
        this.relativeRegions = Collections.unmodifiableMap(relativeRegions);
        this.cues = Collections.unmodifiableMap(cues);
        this.governmentSeats = Collections.unmodifiableSet(governmentSeats);
    }

    /** The lists bundled under {@code geodata/lexicon/}, read once. */
    public static GeoparseLexicon bundled() {
        GeoparseLexicon l = bundled;
        if (l == null) {
            synchronized (GeoparseLexicon.class) {
                l = bundled;
                if (l == null) {
                    l = load();
                    bundled = l;
                }
            }
        }
        return l;
    }

    private static GeoparseLexicon load() {
        List<String> nonPlaces = new ArrayList<>();
        for (String[] row : rows("non-places.tsv")) {
            nonPlaces.add(MatchText.key(row[0]));
        }
        Map<String, String> metonyms = new LinkedHashMap<>();
        for (String[] row : rows("metonyms.tsv")) {
            metonyms.put(MatchText.key(row[0]), row[1].trim());
        }
        Map<String, String> relative = new LinkedHashMap<>();
        Map<String, String> directions = new HashMap<>();
        for (String[] row : rows("relative-regions.tsv")) {
            relative.put(MatchText.key(row[0]), row[1].trim());
            if (row.length > 3 && !row[3].isBlank()) {
                directions.put(MatchText.key(row[0]), row[3].trim());
            }
        }
        Map<String, Map<String, String>> cues = new HashMap<>();
        for (String[] row : rows("cues.tsv")) {
            String value = row.length > 2 ? row[2].trim() : "";
            cues.computeIfAbsent(row[0].trim(), k -> new LinkedHashMap<>()).put(MatchText.key(row[1]), value);
        }
        Set<String> seats = new LinkedHashSet<>();
        Set<String> lamSeats = new LinkedHashSet<>();
        for (String[] row : rows("government-seats.tsv")) {
            if (row.length > 1 && "lam".equals(row[1].trim())) {
                lamSeats.add(MatchText.key(row[0]));
            } else {
                seats.add(MatchText.key(row[0]));
            }
        }
        Set<String> common = new LinkedHashSet<>();
        for (String[] row : rows("common-words.tsv")) {
            common.add(MatchText.key(row[0]));
        }
        Set<String> adjectives = new LinkedHashSet<>();
        for (String[] row : rows("adjective-names.tsv")) {
            adjectives.add(MatchText.key(row[0]));
        }
        return new GeoparseLexicon(nonPlaces, metonyms, relative, directions, cues, seats, lamSeats, common,
                adjectives);
    }

    Map<String, String> cue(String type) {
        return cues.getOrDefault(type, Map.of());
    }

    private static List<String[]> rows(String file) {
        String path = "geodata/lexicon/" + file;
        InputStream in = GeoparseLexicon.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing bundled lexicon " + path);
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols[0].isBlank()) {
                    continue;
                }
                out.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return out;
    }
}
