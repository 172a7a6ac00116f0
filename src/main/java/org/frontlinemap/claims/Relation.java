package org.frontlinemap.claims;

import java.util.Locale;

/** What a control claim says an actor did or has to a place. The lower-case form is the one in files and JSON. */
public enum Relation {
    CONTROLS, CAPTURED, LOST, WITHDREW, BESIEGED, ATTACKED, SHELLED, ADVANCED_TOWARD, DEPLOYED_NEAR, AGREED_ZONE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Relation fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    /** Relations that, when true, put the place in the actor's hands. */
    public boolean assignsControl() {
        return this == CONTROLS || this == CAPTURED || this == AGREED_ZONE;
    }
}
