package org.frontlinemap.zones;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds areas two different factions both claim at one date and, instead of silently drawing one over the other,
 * cuts the shared part out of both held zones and gives each faction a {@code contested} zone over it.
 */
public final class OverlapResolver {

    /** An area two factions' zones both cover. */
    public record Overlap(String factionA, String zoneA, String factionB, String zoneB, java.time.LocalDate date,
                          double areaKm2) {
        @Override
        public String toString() {
            return date + ": " + factionA + " (" + zoneA + ") and " + factionB + " (" + zoneB + ") overlap by "
                    + String.format(java.util.Locale.ROOT, "%.1f", areaKm2) + " km², marked contested";
        }
    }

    public record Result(List<ControlZone> zones, List<Overlap> overlaps) {
    }

    private final double minKm2;

    /** @param minKm2 overlaps smaller than this are rounding slivers and are cut from the later zone only */
    public OverlapResolver(double minKm2) {
        this.minKm2 = minKm2;
    }

    public Result resolve(List<ControlZone> zones) {
        List<ControlZone> work = new ArrayList<>(zones);
        STRtree index = new STRtree();
        for (int i = 0; i < work.size(); i++) {
            index.insert(work.get(i).geometry().getEnvelopeInternal(), i);
        }
        List<Overlap> overlaps = new ArrayList<>();
        List<ControlZone> contested = new ArrayList<>();
        for (int i = 0; i < work.size(); i++) {
            @SuppressWarnings("unchecked")
            List<Integer> near = index.query(work.get(i).geometry().getEnvelopeInternal());
            for (int j : near) {
                if (j <= i) {
                    continue;
                }
                ControlZone a = work.get(i);
                ControlZone b = work.get(j);
                if (a.faction().equals(b.faction()) || a.share() < 1 || b.share() < 1
                        || !a.geometry().intersects(b.geometry())) {
                    continue;
                }
                Geometry shared = SnapshotComposer.polygonsOnly(Overlay.intersection(a.geometry(), b.geometry()));
                if (shared.isEmpty()) {
                    continue;
                }
                double km2 = GeodesicArea.km2(shared);
                if (km2 < minKm2) {
                    work.set(j, b.withGeometry(SnapshotComposer.polygonsOnly(Overlay.difference(b.geometry(), shared))));
                    continue;
                }
                overlaps.add(new Overlap(a.faction(), a.provenance().zoneName(), b.faction(), b.provenance().zoneName(),
                        a.validFrom(), km2));
                work.set(i, a.withGeometry(SnapshotComposer.polygonsOnly(Overlay.difference(a.geometry(), shared))));
                work.set(j, b.withGeometry(SnapshotComposer.polygonsOnly(Overlay.difference(b.geometry(), shared))));
                contested.add(a.withGeometry(shared).withStatus(ZoneStatus.CONTESTED));
                contested.add(b.withGeometry(shared).withStatus(ZoneStatus.CONTESTED));
            }
        }
        List<ControlZone> out = new ArrayList<>();
        for (ControlZone z : work) {
            if (!z.geometry().isEmpty()) {
                out.add(z);
            }
        }
        out.addAll(contested);
        return new Result(out, overlaps);
    }
}
