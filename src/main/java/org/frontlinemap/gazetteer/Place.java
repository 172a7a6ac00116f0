package org.frontlinemap.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * One gazetteer entry. {@code id} is a stable slug (for example {@code raqqa}, {@code raqqa-governorate},
 * {@code euphrates-east-bank}); other parts of the product and outside checks refer to places by it.
 *
 * @param admin1     id of the governorate the place lies in, null for places that are not inside one
 * @param population inhabitants if known, else null
 * @param geonamesId GeoNames id if known, else null
 * @param source     where the row came from (for example {@code geonames}, {@code natural-earth}, {@code curated}, {@code derived})
 */
public record Place(
        String id,
        PlaceKind kind,
        String nameEn,
        String nameAr,
        List<String> aliasesEn,
        List<String> aliasesAr,
        String admin1,
        Long population,
        double lat,
        double lon,
        Long geonamesId,
        String source) {

    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        aliasesEn = aliasesEn == null ? List.of() : List.copyOf(aliasesEn);
        aliasesAr = aliasesAr == null ? List.of() : List.copyOf(aliasesAr);
    }
}
