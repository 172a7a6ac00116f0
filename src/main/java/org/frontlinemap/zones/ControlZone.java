package org.frontlinemap.zones;

import java.time.LocalDate;
import java.util.Objects;

import org.locationtech.jts.geom.Geometry;

/**
 * One version of a faction's hold on an area over [validFrom, validTo). Geometry is WGS 84 lon/lat (SRID 4326).
 *
 * @param id         database id, null before it is stored
 * @param faction    faction id (geodata/factions.tsv)
 * @param validTo    exclusive end, null while open
 * @param share      fraction of the geometry the faction holds; 1.0 unless a source gives a partial figure
 * @param placeId    the gazetteer place the zone stands for when it comes from a claim, else null
 * @param articleId  the article whose claims made this zone, else null
 * @param confidence 0..1, how sure the sources make us
 */
public record ControlZone(
        Long id,
        String faction,
        Geometry geometry,
        LocalDate validFrom,
        LocalDate validTo,
        double share,
        ZoneStatus status,
        double confidence,
        String placeId,
        Long articleId,
        Provenance provenance) {

    public ControlZone {
        Objects.requireNonNull(faction, "faction");
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(provenance, "provenance");
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("zone of " + faction + ": validTo " + validTo + " is not after validFrom " + validFrom);
        }
        if (!(share > 0 && share <= 1.0)) {
            throw new IllegalArgumentException("zone of " + faction + ": share " + share + " outside (0, 1]");
        }
        if (!(confidence >= 0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("zone of " + faction + ": confidence " + confidence + " outside [0, 1]");
        }
    }

    /** Valid at the given day: validFrom <= day < validTo. */
    public boolean validAt(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
    }

    public ControlZone withGeometry(Geometry g) {
        return new ControlZone(id, faction, g, validFrom, validTo, share, status, confidence, placeId, articleId, provenance);
    }

    public ControlZone withStatus(ZoneStatus s) {
        return new ControlZone(id, faction, geometry, validFrom, validTo, share, s, confidence, placeId, articleId, provenance);
    }

    public ControlZone withValidTo(LocalDate to) {
        return new ControlZone(id, faction, geometry, validFrom, to, share, status, confidence, placeId, articleId, provenance);
    }

    public ControlZone withConfidence(double c) {
        return new ControlZone(id, faction, geometry, validFrom, validTo, share, status, c, placeId, articleId, provenance);
    }

    public ControlZone withId(Long newId) {
        return new ControlZone(newId, faction, geometry, validFrom, validTo, share, status, confidence, placeId, articleId, provenance);
    }

    /** Geodesic area of the geometry in km² (not multiplied by share). */
    public double areaKm2() {
        return GeodesicArea.km2(geometry);
    }
}
