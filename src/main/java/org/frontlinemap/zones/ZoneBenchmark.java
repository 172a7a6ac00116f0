package org.frontlinemap.zones;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;


import com.zaxxer.hikari.HikariDataSource;
import org.frontlinemap.gazetteer.InMemoryGazetteer;
import org.frontlinemap.store.Database;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Timing harness (no JMH): puts synthetic zone versions into a fresh in-memory H2 and measures as-of queries,
 * change computation and front-line tracing. Zones are grid cells over Syria's bounding box, handed to factions by
 * the nearest of a few drifting seed points, so fronts exist and move between dates.
 */
public final class ZoneBenchmark {

    /** Wall-clock and thread-CPU milliseconds; CPU time shows the cost when other processes share the cores. */
    public record Result(int versions, int dates, long loadMillis, double asOfP50, double asOfP95, double asOfCpuP95,
                         double changesP50, double changesP95, double changesCpuP95, int frontPolygons,
                         double frontMillis, double frontCpuMillis, int frontLines) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "zone versions stored: %d over %d dates (insert %d ms)%n"
                            + "as-of query:   p50 %.1f ms, p95 %.1f ms wall; p95 %.1f ms CPU%n"
                            + "changes:       p50 %.1f ms, p95 %.1f ms wall; p95 %.1f ms CPU%n"
                            + "front lines:   %d polygons at one date -> %d lines in %.0f ms wall, %.0f ms CPU",
                    versions, dates, loadMillis, asOfP50, asOfP95, asOfCpuP95, changesP50, changesP95, changesCpuP95,
                    frontPolygons, frontLines, frontMillis, frontCpuMillis);
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static long cpu() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    private static final String[] FACTIONS = {"syrian-government", "sdf", "isis", "hts", "turkish-backed-opposition", "opposition"};
    private static final double MIN_LON = 35.7;
    private static final double MAX_LON = 42.4;
    private static final double MIN_LAT = 32.3;
    private static final double MAX_LAT = 37.3;

    private ZoneBenchmark() {
    }

    public static Result run(int versions, int dates, int rounds) {
        int perDate = versions / dates;
        int cols = (int) Math.ceil(Math.sqrt(perDate * 1.6));
        int rows = (int) Math.ceil((double) perDate / cols);
        LocalDate start = LocalDate.of(2013, 1, 1);
        List<ControlZone> zones = new ArrayList<>(versions);
        for (int d = 0; d < dates; d++) {
            LocalDate from = start.plusDays(90L * d);
            LocalDate to = d + 1 < dates ? start.plusDays(90L * (d + 1)) : null;
            zones.addAll(grid(cols, rows, perDate, d, from, to));
        }
        String url = Database.memoryUrl("zone-bench-" + System.nanoTime());
        try (HikariDataSource ds = Database.openMigrated(url, 2)) {
            ZoneStore store = new ZoneStore(ds);
            long t0 = System.nanoTime();
            store.insert(zones);
            long loadMs = (System.nanoTime() - t0) / 1_000_000;
            ControlZoneTimeline timeline = new ControlZoneTimeline(store, new InMemoryGazetteer(List.of(), java.util.Map.of()));
            Random rnd = new Random(7);
            LocalDate last = start.plusDays(90L * (dates - 1));
            long span = last.toEpochDay() - start.toEpochDay();
            double[] asOf = new double[rounds];
            double[] asOfCpu = new double[rounds];
            // untimed warm-up rounds first: the figures describe a running server, not the JIT compiler
            int warmUp = Math.max(20, rounds / 2);
            for (int i = -warmUp; i < rounds; i++) {
                LocalDate day = start.plusDays(rnd.nextLong(span + 1));
                long s = System.nanoTime();
                long sc = cpu();
                List<ControlZone> got = timeline.asOf(day);
                if (got.isEmpty()) {
                    throw new IllegalStateException("no zones at " + day);
                }
                if (i >= 0) {
                    asOf[i] = (System.nanoTime() - s) / 1e6;
                    asOfCpu[i] = (cpu() - sc) / 1e6;
                }
            }
            int changeRounds = Math.max(5, rounds / 5);
            double[] changes = new double[changeRounds];
            double[] changesCpu = new double[changeRounds];
            for (int i = -Math.max(10, changeRounds / 2); i < changeRounds; i++) {
                LocalDate a = start.plusDays(rnd.nextLong(span + 1));
                LocalDate b = a.plusDays(rnd.nextInt(365));
                if (b.isAfter(last)) {
                    b = last;
                }
                // a fresh timeline each time: the figure is the computation, not the cache
                ControlZoneTimeline cold = new ControlZoneTimeline(store, timeline.gazetteer());
                long s = System.nanoTime();
                long sc = cpu();
                cold.changes(a, b);
                if (i >= 0) {
                    changes[i] = (System.nanoTime() - s) / 1e6;
                    changesCpu[i] = (cpu() - sc) / 1e6;
                }
            }
            // front lines from 10,000 polygons at one date, in memory
            List<ControlZone> dense = grid(100, 100, 10_000, dates / 2, start, null);
            Geometry country = InMemoryGazetteer.WGS84.toGeometry(new org.locationtech.jts.geom.Envelope(MIN_LON, MAX_LON, MIN_LAT, MAX_LAT));
            FrontLineTracer tracer = new FrontLineTracer(country);
            for (int i = 0; i < 3; i++) {
                tracer.trace(start, grid(100, 100, 10_000, dates / 2 + 1 + i, start, null));
            }
            long s = System.nanoTime();
            long sc = cpu();
            List<FrontLine> lines = tracer.trace(start, dense);
            double frontMs = (System.nanoTime() - s) / 1e6;
            double frontCpu = (cpu() - sc) / 1e6;
            return new Result(zones.size(), dates, loadMs, pct(asOf, 50), pct(asOf, 95), pct(asOfCpu, 95),
                    pct(changes, 50), pct(changes, 95), pct(changesCpu, 95), dense.size(), frontMs, frontCpu, lines.size());
        }
    }

    private static List<ControlZone> grid(int cols, int rows, int count, int epoch, LocalDate from, LocalDate to) {
        double w = (MAX_LON - MIN_LON) / cols;
        double h = (MAX_LAT - MIN_LAT) / rows;
        Random seeds = new Random(11);
        double[][] seed = new double[FACTIONS.length][2];
        for (int f = 0; f < FACTIONS.length; f++) {
            double drift = 0.05 * epoch;
            seed[f][0] = MIN_LON + seeds.nextDouble() * (MAX_LON - MIN_LON) + Math.sin(f + drift);
            seed[f][1] = MIN_LAT + seeds.nextDouble() * (MAX_LAT - MIN_LAT) + Math.cos(f + drift) * 0.5;
        }
        Provenance prov = Provenance.snapshot("bench-" + epoch, "cell", List.of());
        List<ControlZone> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int c = i % cols;
            int r = i / cols;
            // neighbours share bit-identical edges, as zones composed from one gazetteer do
            double x0 = MIN_LON + c * w;
            double x1 = MIN_LON + (c + 1) * w;
            double y0 = MIN_LAT + r * h;
            double y1 = MIN_LAT + (r + 1) * h;
            Polygon cell = InMemoryGazetteer.WGS84.createPolygon(new Coordinate[]{new Coordinate(x0, y0),
                    new Coordinate(x1, y0), new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
            cell.setSRID(4326);
            double cx = (x0 + x1) / 2;
            double cy = (y0 + y1) / 2;
            int best = 0;
            double bd = Double.MAX_VALUE;
            for (int f = 0; f < FACTIONS.length; f++) {
                double dd = Math.hypot(cx - seed[f][0], cy - seed[f][1]);
                if (dd < bd) {
                    bd = dd;
                    best = f;
                }
            }
            out.add(new ControlZone(null, FACTIONS[best], cell, from, to, 1.0, ZoneStatus.HELD, 0.8, null, null, prov));
        }
        return out;
    }

    private static double pct(double[] xs, int p) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int idx = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, idx))];
    }

}
