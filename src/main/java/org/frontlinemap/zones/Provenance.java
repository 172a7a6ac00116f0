package org.frontlinemap.zones;

import java.util.List;

/**
 * Where a zone version comes from: a curated snapshot (with its cited sources) or claims extracted from articles.
 *
 * @param origin     {@code snapshot} or {@code claim}
 * @param snapshotId id of the snapshot, null for claim zones
 * @param zoneName   the zone's name inside its snapshot, or the claim's place id
 * @param claimIds   ids of the claims (table {@code claims}) behind a claim zone
 * @param sources    cited public sources
 */
public record Provenance(String origin, String snapshotId, String zoneName, List<Long> claimIds,
                         List<CitedSource> sources) {

    public static final String SNAPSHOT = "snapshot";
    public static final String CLAIM = "claim";

    public Provenance {
        claimIds = claimIds == null ? List.of() : List.copyOf(claimIds);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public static Provenance snapshot(String snapshotId, String zoneName, List<CitedSource> sources) {
        return new Provenance(SNAPSHOT, snapshotId, zoneName, List.of(), sources);
    }

    public boolean fromClaims() {
        return CLAIM.equals(origin);
    }
}
