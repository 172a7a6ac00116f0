package org.frontlinemap.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.frontlinemap.text.ArabicNormalizer;

/**
 * Finds places by name, Arabic or English, after {@link ArabicNormalizer#key} folding (hamza and alef forms, ى/ي,
 * ة/ه, diacritics, tatweel, a leading ال or al-). Several places may answer to one name; they come ranked by
 * prominence: kind first (a city before a country before a governorate ... before a village or a neighbourhood),
 * then population, then curated rows before generated ones. Names shared by places that this ranking cannot tell
 * apart are listed in {@code geodata/gazetteer/ambiguous.tsv}; there the caller must use context.
 */
public final class PlaceLookup {

    /** Lower is more prominent. */
    public static int kindRank(PlaceKind k) {
        return switch (k) {
            case CITY -> 0;
            case COUNTRY -> 1;
            case GOVERNORATE -> 2;
            case RIVER, LAKE -> 3;
            case TOWN -> 4;
            case BANK, RELATIVE_REGION -> 5;
            case REGION, MOUNTAIN -> 6;
            case DAM, AIRBASE, CROSSING -> 7;
            case DISTRICT -> 8;
            case SUBDISTRICT -> 9;
            case VILLAGE -> 10;
            case NEIGHBOURHOOD -> 11;
        };
    }

    public static final Comparator<Place> PROMINENCE = Comparator.comparingInt((Place p) -> kindRank(p.kind()))
            .thenComparing((Place p) -> p.population() == null ? 0L : p.population(), Comparator.reverseOrder())
            .thenComparingInt(p -> "curated".equals(p.source()) ? 0 : 1)
            .thenComparing(Place::id);

    private static volatile PlaceLookup shared;

    private final TreeMap<String, List<Place>> byKey = new TreeMap<>();

    public PlaceLookup(Gazetteer gazetteer) {
        this(gazetteer.places());
    }

    public PlaceLookup(Collection<Place> places) {
        Map<String, List<Place>> m = new HashMap<>();
        for (Place p : places) {
            for (String k : keys(p)) {
                m.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
            }
        }
        for (Map.Entry<String, List<Place>> e : m.entrySet()) {
            e.getValue().sort(PROMINENCE);
            byKey.put(e.getKey(), List.copyOf(e.getValue()));
        }
    }

    /** Lookup over {@link BundledGazetteer#shared()}. */
    public static PlaceLookup shared() {
        PlaceLookup l = shared;
        if (l == null) {
            synchronized (PlaceLookup.class) {
                l = shared;
                if (l == null) {
                    l = new PlaceLookup(BundledGazetteer.shared());
                    shared = l;
                }
            }
        }
        return l;
    }

    /** Every lookup key of a place: its names and aliases in both languages, and its id read as words. */
    public static Set<String> keys(Place p) {
        Set<String> out = new LinkedHashSet<>();
        add(out, p.nameEn());
        add(out, p.nameAr());
        p.aliasesEn().forEach(a -> add(out, a));
        p.aliasesAr().forEach(a -> add(out, a));
        add(out, p.id().replace('-', ' '));
        return out;
    }

    private static void add(Set<String> out, String name) {
        if (name != null) {
            String k = ArabicNormalizer.key(name);
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
    }

    /** Places whose name or alias equals {@code name} after folding, most prominent first. */
    public List<Place> find(String name) {
        if (name == null) {
            return List.of();
        }
        return byKey.getOrDefault(ArabicNormalizer.key(name), List.of());
    }

    public Optional<Place> best(String name) {
        List<Place> l = find(name);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /**
     * For search boxes: exact matches first, then places with a name starting with the query, each group ranked by
     * prominence; at most {@code limit} places, each once.
     */
    public List<Place> search(String query, int limit) {
        String k = query == null ? "" : ArabicNormalizer.key(query);
        if (k.isEmpty() || limit <= 0) {
            return List.of();
        }
        LinkedHashSet<Place> out = new LinkedHashSet<>(byKey.getOrDefault(k, List.of()));
        List<Place> prefixed = new ArrayList<>();
        SortedMap<String, List<Place>> tail = byKey.subMap(k, k + Character.MAX_VALUE);
        for (List<Place> l : tail.values()) {
            prefixed.addAll(l);
            if (prefixed.size() > 20 * limit) {
                break;
            }
        }
        prefixed.sort(PROMINENCE);
        out.addAll(prefixed);
        return out.stream().limit(limit).toList();
    }

    /** All keys that more than one place answers to, with the places ranked. */
    public Map<String, List<Place>> sharedKeys() {
        Map<String, List<Place>> out = new TreeMap<>();
        byKey.forEach((k, v) -> {
            if (v.size() > 1) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** True when the prominence rule cannot order the two places (same kind rank, population and source class). */
    public static boolean isTie(Place a, Place b) {
        return kindRank(a.kind()) == kindRank(b.kind())
                && java.util.Objects.equals(a.population(), b.population())
                && "curated".equals(a.source()) == "curated".equals(b.source());
    }

    public int keyCount() {
        return byKey.size();
    }
}
