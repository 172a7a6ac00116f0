package org.frontlinemap.gazetteer;

import java.util.Locale;

/** What sort of thing a gazetteer entry is. The lower-case, hyphenated form is the one written in files and JSON. */
public enum PlaceKind {
    COUNTRY, GOVERNORATE, DISTRICT, SUBDISTRICT, CITY, TOWN, VILLAGE, NEIGHBOURHOOD,
    RIVER, LAKE, DAM, MOUNTAIN, REGION, BANK, RELATIVE_REGION, CROSSING, AIRBASE;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static PlaceKind fromCode(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("empty place kind");
        }
        return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Areas a mention can stand for as a whole region rather than a point. */
    public boolean isRegion() {
        return switch (this) {
            case COUNTRY, GOVERNORATE, DISTRICT, SUBDISTRICT, REGION, BANK, RELATIVE_REGION, MOUNTAIN, LAKE -> true;
            default -> false;
        };
    }
}
