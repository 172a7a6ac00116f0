package org.frontlinemap.claims;

import java.time.LocalDate;

/**
 * A statement in a text about who holds or fights over a place.
 *
 * @param actor          faction id (see {@code geodata/factions.tsv})
 * @param placeId        the place the claim is about (a gazetteer id)
 * @param scopePlaceId   where the claim is confined when the text says so (the governorate in focus for
 *                       "the regime on the west bank"), else null
 * @param share          fraction of the place when stated (0.8 for "more than 80 %"), else null
 * @param areaKm2        area when stated ("16 km²"), else null
 * @param validFrom      time the claim holds from when stated or implied, resolved against the article date
 * @param negated        the text denies it
 * @param hedged         reported, attributed or uncertain ("according to", "reportedly")
 * @param start          start of the evidence span in the text (Java String index)
 * @param end            end of the evidence span
 * @param partial        the actor holds only part of the place and the text gives no share ("parts of", "the side
 *                       of it that ISIS holds"); with a share this stays false, the share says it
 */
public record Claim(
        String actor,
        Relation relation,
        String placeId,
        String scopePlaceId,
        Double share,
        Double areaKm2,
        LocalDate validFrom,
        boolean negated,
        boolean hedged,
        int start,
        int end,
        String evidence,
        boolean partial) {

    /** A claim on the whole place, or on the stated share of it. */
    public Claim(String actor, Relation relation, String placeId, String scopePlaceId, Double share, Double areaKm2,
                 LocalDate validFrom, boolean negated, boolean hedged, int start, int end, String evidence) {
        this(actor, relation, placeId, scopePlaceId, share, areaKm2, validFrom, negated, hedged, start, end, evidence,
                false);
    }
}
