package org.frontlinemap.zones;

import java.util.Locale;

/** How firmly a faction holds a zone. The lower-case form is the one in files, the database and JSON. */
public enum ZoneStatus {
    HELD, CONTESTED, BESIEGED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ZoneStatus fromCode(String code) {
        if (code == null || code.isBlank()) {
            return HELD;
        }
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown zone status '" + code + "' (expected held, contested or besieged)");
        }
    }
}
