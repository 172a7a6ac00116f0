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

    /** A governorate the text refers to, at a position in the match text. */
    record ContextGovernorate(int position, String governorateId) {
    }

    record Choice(Place place, double confidence) {
    }

    private PlaceChooser() {
    }

    static Choice choose(List<Place> candidates, Set<PlaceKind> preferred, int position,
            List<ContextGovernorate> context) {
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
            int d = Integer.MAX_VALUE;
            for (ContextGovernorate g : context) {
                if (g.governorateId().equals(p.admin1()) || g.governorateId().equals(p.id())) {
                    d = Math.min(d, Math.abs(g.position() - position));
                }
            }
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
