package org.frontlinemap.geoparse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.frontlinemap.gazetteer.Place;
import org.frontlinemap.gazetteer.PlaceKind;

/**
 * Picks one place among those sharing a name: first by the kind a cue asks for (مدينة → a city, محافظة → the
 * governorate), then by the governorates the text already talks about (nearest mention wins), then by prominence
 * (kind rank, then population). The confidence says how much of a guess it was.
 */
final class PlaceChooser {

    /** Where in the text each governorate is referred to (directly or through a place inside it), sorted. */
    static final class Context {
        private final java.util.Map<String, java.util.List<Integer>> positions = new java.util.HashMap<>();
        private final java.util.Map<String, int[]> sorted = new java.util.HashMap<>();

        void add(int position, String governorateId) {
            positions.computeIfAbsent(governorateId, k -> new ArrayList<>()).add(position);
            sorted.remove(governorateId);
        }

        /** Distance in characters to the nearest reference to the governorate, or MAX_VALUE. */
        int distance(String governorateId, int position) {
            if (governorateId == null) {
                return Integer.MAX_VALUE;
            }
            int[] arr = sorted.computeIfAbsent(governorateId, k -> {
                java.util.List<Integer> l = positions.get(k);
                return l == null ? new int[0] : l.stream().mapToInt(Integer::intValue).sorted().toArray();
            });
            if (arr.length == 0) {
                return Integer.MAX_VALUE;
            }
            int i = java.util.Arrays.binarySearch(arr, position);
            if (i >= 0) {
                return 0;
            }
            int ins = -i - 1;
            int best = Integer.MAX_VALUE;
            if (ins < arr.length) {
                best = arr[ins] - position;
            }
            if (ins > 0) {
                best = Math.min(best, position - arr[ins - 1]);
            }
            return best;
        }
    }

    record Choice(Place place, double confidence) {
    }

    private PlaceChooser() {
    }

    static Choice choose(List<Place> candidates, Set<PlaceKind> preferred, int position, Context context) {
        List<Place> pool = candidates;
        boolean cued = false;
        if (preferred != null && !preferred.isEmpty()) {
            List<Place> kept = new ArrayList<>();
            for (Place p : candidates) {
                if (preferred.contains(p.kind())) {
                    kept.add(p);
                }
            }
            if (!kept.isEmpty()) {
                pool = kept;
                cued = true;
            }
        }
        if (pool.size() == 1) {
            return new Choice(pool.get(0), cued && candidates.size() > 1 ? 0.9 : 0.95);
        }
        Place best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (Place p : pool) {
            int d = Math.min(context.distance(p.admin1(), position),
                    p.kind() == PlaceKind.GOVERNORATE ? context.distance(p.id(), position) : Integer.MAX_VALUE);
            if (d < bestDistance) {
                best = p;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && d != Integer.MAX_VALUE) {
                tie = true;
            }
        }
        if (best != null && !tie) {
            return new Choice(best, 0.8);
        }
        List<Place> sorted = new ArrayList<>(pool);
        sorted.sort(PROMINENCE);
        Place top = sorted.get(0);
        boolean close = kindRank(sorted.get(1).kind()) == kindRank(top.kind());
        return new Choice(top, close ? 0.6 : 0.8);
    }

    static final Comparator<Place> PROMINENCE = Comparator.comparingInt((Place p) -> kindRank(p.kind()))
            .thenComparing((Place p) -> p.population() == null ? 0L : p.population(), Comparator.reverseOrder())
            .thenComparing(Place::id);

    /** Which sort of place a bare name most often means in news: a country, then a city, then its governorate. */
    static int kindRank(PlaceKind k) {
        return switch (k) {
            case COUNTRY -> 0;
            case CITY -> 1;
            case GOVERNORATE -> 2;
            case RIVER, LAKE -> 3;
            case TOWN -> 4;
            case REGION, BANK, RELATIVE_REGION -> 5;
            case DISTRICT, DAM, AIRBASE, CROSSING, MOUNTAIN -> 6;
            case SUBDISTRICT -> 7;
            case VILLAGE -> 8;
            case NEIGHBOURHOOD -> 9;
        };
    }
}
