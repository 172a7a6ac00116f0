package org.frontlinemap.zones;

import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.frontlinemap.gazetteer.Gazetteer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * Everything the map, the API and the command line ask of zones, needing only a database and a gazetteer.
 * String-taking methods validate their input and throw {@link IllegalArgumentException} with a message fit for
 * the user (the web layer turns it into a 400).
 */
public class ZoneService {

    /** Default simplification when the caller gives neither tolerance nor zoom: one pixel at zoom 7. */
    public static final int DEFAULT_ZOOM = 7;

    private final ZoneStore store;
    private final Gazetteer gazetteer;
    private final FactionCatalog factions;
    private final ControlZoneTimeline timeline;
    private final FrontLineTracer tracer;

    public ZoneService(DataSource ds, Gazetteer gazetteer) {
        this(ds, gazetteer, FactionCatalog.bundled());
    }

    public ZoneService(DataSource ds, Gazetteer gazetteer, FactionCatalog factions) {
        this.store = new ZoneStore(ds);
        this.gazetteer = gazetteer;
        this.factions = factions;
        this.timeline = new ControlZoneTimeline(store, gazetteer);
        Geometry country = gazetteer.geometry("syria").filter(g -> g instanceof Polygonal).orElse(null);
        this.tracer = new FrontLineTracer(country);
    }

    public ZoneStore store() {
        return store;
    }

    public FactionCatalog factions() {
        return factions;
    }

    private volatile boolean prepared;
    private volatile String prepareProblem;
    private volatile ZoneStore.LoadReport lastLoad;

    /**
     * Once per service: loads the bundled snapshots (skipped when their content hash is already stored) and
     * re-derives claim zones. A snapshot problem (an id the gazetteer lacks) is kept and the stored zones are
     * served as they are, so the map still answers.
     *
     * @return null when all went well, else the problem
     */
    public synchronized String prepare() {
        if (!prepared) {
            try {
                lastLoad = loadBundledSnapshots();
                refineFromClaims();
                prepareProblem = null;
            } catch (SnapshotException e) {
                prepareProblem = e.getMessage();
            }
            prepared = true;
        }
        return prepareProblem;
    }

    /** What {@link #prepare()} loaded (warnings, overlaps), null before it ran or when it failed. */
    public ZoneStore.LoadReport lastLoadReport() {
        return lastLoad;
    }

    /** Loads the bundled snapshots unless the same content is loaded already. */
    public ZoneStore.LoadReport loadBundledSnapshots() {
        return loadSnapshots(SnapshotReader.bundled());
    }

    public ZoneStore.LoadReport loadSnapshots(List<Snapshot> snapshots) {
        SnapshotComposer composer = new SnapshotComposer(new PlaceAreas(gazetteer), factions);
        return store.loadSnapshots(snapshots, composer, gazetteer);
    }

    /** Re-derives the claim zones from all stored claims. */
    public ClaimZoneRefiner.Report refineFromClaims() {
        return new ClaimZoneRefiner(gazetteer, factions).refineStored(store);
    }

    public List<ControlZone> zonesAt(LocalDate day) {
        return timeline.asOf(day);
    }

    public ControlZoneTimeline.Changes changes(LocalDate from, LocalDate to) {
        return timeline.changes(from, to);
    }

    public List<FrontLine> frontLines(LocalDate day) {
        return tracer.trace(day, timeline.asOf(day));
    }

    public List<FrontLineTracer.Displacement> frontLineDisplacement(LocalDate from, LocalDate to) {
        return FrontLineTracer.displacement(frontLines(from), frontLines(to));
    }

    public String zonesGeoJson(String date, Double tolerance, Integer zoom) {
        LocalDate d = ZoneDates.parse("date", date);
        return ZoneGeoJson.write(writer(tolerance, zoom).zones(zonesAt(d)));
    }

    public String changesGeoJson(String from, String to, Double tolerance, Integer zoom) {
        LocalDate a = ZoneDates.parse("from", from);
        LocalDate b = ZoneDates.parse("to", to);
        return ZoneGeoJson.write(writer(tolerance, zoom).changes(changes(a, b)));
    }

    public String frontLinesGeoJson(String date, Double tolerance, Integer zoom) {
        LocalDate d = ZoneDates.parse("date", date);
        return ZoneGeoJson.write(writer(tolerance, zoom).frontLines(frontLines(d)));
    }

    /** JSON array of {factions, from, to, hausdorffKm}: how far each pair's front moved between the two days. */
    public String frontLineDisplacementJson(String from, String to) {
        LocalDate a = ZoneDates.parse("from", from);
        LocalDate b = ZoneDates.parse("to", to);
        if (b.isBefore(a)) {
            throw new IllegalArgumentException("from " + a + " is after to " + b);
        }
        com.fasterxml.jackson.databind.node.ArrayNode out = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
        for (FrontLineTracer.Displacement d : frontLineDisplacement(a, b)) {
            com.fasterxml.jackson.databind.node.ObjectNode o = out.addObject();
            o.putArray("factions").add(d.factionA()).add(d.factionB());
            o.put("from", d.from().toString());
            o.put("to", d.to().toString());
            o.put("hausdorffKm", Math.round(d.hausdorffKm() * 10) / 10.0);
        }
        return ZoneGeoJson.write(out);
    }

    private ZoneGeoJson writer(Double tolerance, Integer zoom) {
        if (tolerance != null) {
            if (!(tolerance >= 0 && tolerance <= 1)) {
                throw new IllegalArgumentException("tolerance " + tolerance + " must be between 0 and 1 degree");
            }
            return new ZoneGeoJson(factions, tolerance);
        }
        if (zoom != null && (zoom < 0 || zoom > 20)) {
            throw new IllegalArgumentException("zoom " + zoom + " must be between 0 and 20");
        }
        return new ZoneGeoJson(factions, ZoneGeoJson.toleranceForZoom(zoom == null ? DEFAULT_ZOOM : zoom));
    }
}
