package org.frontlinemap.zones;

import java.time.LocalDate;
import java.util.List;

import org.locationtech.jts.geom.MultiLineString;

/**
 * The line where two factions' zones meet on one day.
 *
 * @param factionA   the alphabetically first faction id
 * @param provenance where each side's zones come from
 */
public record FrontLine(String factionA, String factionB, LocalDate date, MultiLineString geometry, double lengthKm,
                        List<Provenance> provenance) {
}
