package org.frontlinemap.geoparse;

import org.frontlinemap.gazetteer.PlaceKind;

/**
 * A place mention found in a text. {@code start}/{@code end} are Java String indices into the original text and
 * {@code surface} equals {@code text.substring(start, end)} (a glued clitic such as و or ب may be part of it).
 *
 * @param lat        the place's point, or the centroid of its geometry
 * @param confidence 0..1; lower when a same-name place was chosen without context
 * @param rule       which rule produced it (for example {@code alias}, {@code city-of}, {@code countryside-dir}, {@code bank})
 * @param direction  for "south of X" and similar: north, south, east, west (or null)
 */
public record Mention(
        int start,
        int end,
        String surface,
        String placeId,
        String name,
        String nameAr,
        PlaceKind kind,
        double lat,
        double lon,
        double confidence,
        String rule,
        String direction) {
}
