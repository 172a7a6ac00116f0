package org.frontlinemap.zones;

import java.time.LocalDate;
import java.util.List;

/**
 * A curated picture of who held what on one date, written as zone expressions over gazetteer ids
 * (see {@code geodata/zones/README.md}). It holds from its date until the next snapshot's date.
 *
 * @param file        where it was read from, for error messages
 * @param generalised true: boundaries follow administrative and derived regions, not the exact front
 */
public record Snapshot(String id, String file, LocalDate date, String title, boolean generalised, String note,
                       List<Source> sources, List<Zone> zones) {

    /** A cited source with the key zones use to refer to it. */
    public record Source(String key, CitedSource cited) {
    }

    /** One zone line of a snapshot. */
    public record Zone(String name, String faction, ZoneExpression expression, ZoneStatus status, double share,
                       double confidence, List<String> sourceKeys) {
    }

    public Snapshot {
        sources = List.copyOf(sources);
        zones = List.copyOf(zones);
    }
}
