package org.frontlinemap.gazetteer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to "where is NAME?", shared by {@code locate} and {@code GET /api/places}: the best place with its
 * coordinates, governorate and the derived regions that contain it, or {@code placeId: null}.
 */
public final class LocateAnswer {

    private LocateAnswer() {
    }

    public static Map<String, Object> of(String query, PlaceLookup lookup, BundledGazetteer bundled, Gazetteer all) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", query);
        List<Place> found = lookup.find(query);
        if (found.isEmpty()) {
            m.put("placeId", null);
            return m;
        }
        Place p = found.get(0);
        m.put("placeId", p.id());
        m.put("name", p.nameEn());
        m.put("nameAr", p.nameAr());
        m.put("kind", p.kind().code());
        m.put("lat", Math.round(p.lat() * 1e5) / 1e5);
        m.put("lon", Math.round(p.lon() * 1e5) / 1e5);
        m.put("admin1", p.admin1());
        m.put("regions", bundled.byId(p.id()).isPresent() ? bundled.regionsOf(p.id())
                : all.regionsContaining(p.lat(), p.lon()));
        if (found.size() > 1) {
            m.put("alternatives", found.subList(1, Math.min(found.size(), 6)).stream().map(Place::id).toList());
        }
        return m;
    }
}
