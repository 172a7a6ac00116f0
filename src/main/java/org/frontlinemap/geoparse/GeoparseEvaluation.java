package org.frontlinemap.geoparse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.sf.geographiclib.Geodesic;

/**
 * Scores a {@link Geoparser} against annotated texts.
 *
 * <p>A predicted mention matches a gold one when both spans are the same, or when they overlap and name the same
 * place (same place id; for gold without ids, points at most {@value #MAX_KM} km apart). Each gold and each predicted
 * mention is matched at most once. Precision and recall count those matches; resolution accuracy is the share of
 * matched pairs whose place is right (among pairs where the gold says which place). A trap violation is a predicted
 * mention overlapping a trap span (an organisation name, an adjective, a capital standing for a government).
 * Gold mentions nested inside another gold mention (دير الزور inside ريف دير الزور الشرقي, as one outside format
 * annotates them) are optional: a geoparser reports non-overlapping mentions, so missing them is not counted.
 */
public final class GeoparseEvaluation {

    public static final double MAX_KM = 25.0;

    public record GoldMention(int start, int end, String surface, String placeId, Double lat, Double lon,
            boolean optional) {
    }

    public record Trap(int start, int end, String surface, String why) {
    }

    public record GoldDocument(String id, String lang, String text, List<GoldMention> mentions, List<Trap> traps) {
    }

    public record Miss(String docId, int start, int end, String surface, String expected, String got) {
        @Override
        public String toString() {
            return docId + " [" + start + "," + end + ") '" + surface + "' expected=" + expected
                    + (got == null ? "" : " got=" + got);
        }
    }

    public record Result(int truePositives, int falsePositives, int falseNegatives, int resolved, int resolvable,
            int trapViolations, List<Miss> misses, List<Miss> falsePositiveList, List<Miss> wrongPlaces,
            List<Miss> trapList) {

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double resolutionAccuracy() {
            return ratio(resolved, resolvable);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }

        public String summary() {
            return String.format(Locale.ROOT,
                    "precision %.3f  recall %.3f  F1 %.3f  resolution %.3f (%d/%d)  tp %d fp %d fn %d  trap violations %d",
                    precision(), recall(), f1(), resolutionAccuracy(), resolved, resolvable, truePositives,
                    falsePositives, falseNegatives, trapViolations);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GeoparseEvaluation() {
    }

    /** Gold in the product's format: {@code {"id","lang","text","mentions":[{start,end,surface,placeId}],"traps":[...]}}. */
    public static List<GoldDocument> readGold(InputStream in) throws IOException {
        List<GoldDocument> docs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o = MAPPER.readTree(line);
                String text = o.path("text").asText();
                List<GoldMention> ms = new ArrayList<>();
                for (JsonNode m : o.path("mentions")) {
                    ms.add(new GoldMention(m.path("start").asInt(), m.path("end").asInt(), m.path("surface").asText(),
                            m.path("placeId").asText(null), null, null, false));
                }
                docs.add(new GoldDocument(o.path("id").asText("line-" + n), o.path("lang").asText(null), text, ms,
                        traps(o.path("traps"))));
            }
        }
        return docs;
    }

    public static List<GoldDocument> readGold(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readGold(in);
        }
    }

    /**
     * The development corpus format: mentions with {@code surface,start,lat,lon} and no place ids,
     * {@code non_place_traps} with {@code surface,start}.
     */
    public static List<GoldDocument> readDev(Path file) throws IOException {
        List<GoldDocument> docs = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode o = MAPPER.readTree(line);
            List<GoldMention> raw = new ArrayList<>();
            for (JsonNode m : o.path("mentions")) {
                String surface = m.path("surface").asText();
                int start = m.path("start").asInt();
                Double lat = m.path("lat").isNumber() ? m.path("lat").asDouble() : null;
                Double lon = m.path("lon").isNumber() ? m.path("lon").asDouble() : null;
                raw.add(new GoldMention(start, start + surface.length(), surface, null, lat, lon, false));
            }
            List<GoldMention> ms = new ArrayList<>();
            for (GoldMention g : raw) {
                boolean nested = raw.stream().anyMatch(o2 -> o2 != g && o2.start() <= g.start() && o2.end() >= g.end()
                        && (o2.end() - o2.start()) > (g.end() - g.start()));
                ms.add(new GoldMention(g.start(), g.end(), g.surface(), null, g.lat(), g.lon(), nested));
            }
            List<Trap> traps = new ArrayList<>();
            for (JsonNode t : o.path("non_place_traps")) {
                String surface = t.path("surface").asText();
                int start = t.path("start").asInt();
                traps.add(new Trap(start, start + surface.length(), surface, t.path("why").asText("")));
            }
            docs.add(new GoldDocument(o.path("id").asText(), o.path("lang").asText(null), o.path("text").asText(), ms,
                    traps));
        }
        return docs;
    }

    private static List<Trap> traps(JsonNode arr) {
        List<Trap> out = new ArrayList<>();
        for (JsonNode t : arr) {
            out.add(new Trap(t.path("start").asInt(), t.path("end").asInt(), t.path("surface").asText(),
                    t.path("why").asText("")));
        }
        return out;
    }

    public static Result evaluate(Geoparser geoparser, List<GoldDocument> docs) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int resolved = 0;
        int resolvable = 0;
        int traps = 0;
        List<Miss> misses = new ArrayList<>();
        List<Miss> fps = new ArrayList<>();
        List<Miss> wrong = new ArrayList<>();
        List<Miss> trapList = new ArrayList<>();
        for (GoldDocument d : docs) {
            List<Mention> predicted = geoparser.parse(d.text());
            boolean[] used = new boolean[predicted.size()];
            List<GoldMention> gold = d.mentions();
            int[] pairOf = new int[gold.size()];
            java.util.Arrays.fill(pairOf, -1);
            // exact spans first, then overlaps naming the same place
            for (int gi = 0; gi < gold.size(); gi++) {
                GoldMention g = gold.get(gi);
                for (int pi = 0; pi < predicted.size(); pi++) {
                    Mention p = predicted.get(pi);
                    if (!used[pi] && p.start() == g.start() && p.end() == g.end()) {
                        used[pi] = true;
                        pairOf[gi] = pi;
                        break;
                    }
                }
            }
            for (int gi = 0; gi < gold.size(); gi++) {
                if (pairOf[gi] >= 0) {
                    continue;
                }
                GoldMention g = gold.get(gi);
                for (int pi = 0; pi < predicted.size(); pi++) {
                    Mention p = predicted.get(pi);
                    if (!used[pi] && p.start() < g.end() && g.start() < p.end() && samePlace(g, p) == Boolean.TRUE) {
                        used[pi] = true;
                        pairOf[gi] = pi;
                        break;
                    }
                }
            }
            for (int gi = 0; gi < gold.size(); gi++) {
                GoldMention g = gold.get(gi);
                if (pairOf[gi] < 0) {
                    if (!g.optional()) {
                        fn++;
                        misses.add(new Miss(d.id(), g.start(), g.end(), g.surface(), expected(g), null));
                    }
                    continue;
                }
                tp++;
                Mention p = predicted.get(pairOf[gi]);
                Boolean same = samePlace(g, p);
                if (same != null) {
                    resolvable++;
                    if (same) {
                        resolved++;
                    } else {
                        wrong.add(new Miss(d.id(), g.start(), g.end(), g.surface(), expected(g), p.placeId()));
                    }
                }
            }
            for (int pi = 0; pi < predicted.size(); pi++) {
                Mention p = predicted.get(pi);
                if (!used[pi]) {
                    fp++;
                    fps.add(new Miss(d.id(), p.start(), p.end(), p.surface(), "-", p.placeId() + " (" + p.rule() + ")"));
                }
                for (Trap t : d.traps()) {
                    if (p.start() < t.end() && t.start() < p.end()) {
                        traps++;
                        trapList.add(new Miss(d.id(), t.start(), t.end(), t.surface(), "trap: " + t.why(),
                                p.placeId()));
                        break;
                    }
                }
            }
        }
        return new Result(tp, fp, fn, resolved, resolvable, traps, misses, fps, wrong, trapList);
    }

    private static String expected(GoldMention g) {
        if (g.placeId() != null) {
            return g.placeId();
        }
        return g.lat() == null ? "?" : String.format(Locale.ROOT, "%.2f,%.2f", g.lat(), g.lon());
    }

    /** True or false when the gold says which place; null when it cannot tell (no id, no point). */
    static Boolean samePlace(GoldMention g, Mention p) {
        if (g.placeId() != null) {
            return g.placeId().equals(p.placeId());
        }
        if (g.lat() == null || g.lon() == null || Double.isNaN(p.lat())) {
            return null;
        }
        double m = Geodesic.WGS84.Inverse(g.lat(), g.lon(), p.lat(), p.lon()).s12;
        return m <= MAX_KM * 1000;
    }
}
