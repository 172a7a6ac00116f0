package org.frontlinemap.geoparse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.frontlinemap.gazetteer.Gazetteer;
import org.frontlinemap.gazetteer.Place;
import org.frontlinemap.gazetteer.PlaceKind;
import org.frontlinemap.text.ArabicNormalizer;
import org.frontlinemap.text.NormalizedText;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The geoparser over any {@link Gazetteer}: dictionary matching of every alias ({@link AliasMatcher}), then the
 * context rules whose word lists live in {@code geodata/lexicon/}:
 * <ul>
 * <li>مدينة/بلدة/قرية X, "city of X", "X city" choose the city; محافظة X, "X province" the governorate;</li>
 * <li>ريف X [الشمالي...], "northern X countryside", "countryside of X" give {@code <city>-countryside[-dir]};
 * ريفها/ريفه and an ownerless الريف الشرقي give the countryside of the place in focus (the last city or governorate
 * mentioned);</li>
 * <li>جنوب/شمال/شرق/غرب X, "south of X", "northern X" give X with a direction; وغربها right after gives X again
 * with its own direction;</li>
 * <li>bank phrases and metonyms map to fixed places; organisation and operation names hide the places inside them;</li>
 * <li>a seat of government (واشنطن، موسكو...) counts as a place only after a locative word (في، إلى، in, to, ...),
 * otherwise it stands for the government and is left out.</li>
 * </ul>
 * Thread-safe once built.
 */
public final class GazetteerGeoparser implements Geoparser {

    private static final Set<PlaceKind> SETTLEMENTS =
            EnumSet.of(PlaceKind.CITY, PlaceKind.TOWN, PlaceKind.VILLAGE, PlaceKind.NEIGHBOURHOOD);
    private static final Set<PlaceKind> OWNERS =
            EnumSet.of(PlaceKind.CITY, PlaceKind.TOWN, PlaceKind.VILLAGE, PlaceKind.GOVERNORATE);
    private static final Set<PlaceKind> MINOR = EnumSet.of(PlaceKind.VILLAGE, PlaceKind.NEIGHBOURHOOD);
    private static final List<String> CLITICS = List.of("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك");

    private final Gazetteer gazetteer;
    private final GeoparseLexicon lexicon;
    private final AliasMatcher matcher;

    public GazetteerGeoparser(Gazetteer gazetteer) {
        this(gazetteer, GeoparseLexicon.bundled());
    }

    public GazetteerGeoparser(Gazetteer gazetteer, GeoparseLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.matcher = new AliasMatcher(gazetteer, lexicon);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    @Override
    public List<Mention> parse(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        NormalizedText n = ArabicNormalizer.normalize(text);
        String t = MatchText.of(n);
        try {
            List<Pending> pending = readMatches(t, matcher.find(t));
            resolve(pending);
            return emit(text, n, t, pending);
        } finally {
            BEFORE.get().t = null; // no reference to a large text outlives the call
            AFTER.get().t = null;
        }
    }

    /** What one match (or a cue with the match it owns) will become, before same-name places are resolved. */
    private static final class Pending {
        int start;
        int end;
        final int coreStart;
        List<Place> places;
        String fixedId;
        Set<PlaceKind> prefer;
        String rule = "alias";
        String direction;
        boolean countryside;
        /** countryside of the place in focus (ريفها، الريف الشرقي) or direction of the previous mention (وغربها) */
        String pronoun;
        String clitic = "";
        boolean locative;
        /** US, UK: matched only when written in capitals, so that "us" the pronoun stays a word */
        boolean capitalsOnly;
        /** the name as matched (match form), for the lists keyed by name */
        String key = "";
        /** the name is also an ordinary word: a place only after a cue word */
        boolean commonWord;
        /** the name is spelt like an adjective and nothing before it says it is the place */
        boolean readAsAdjective;
        /** حلب الشرقية: applies when the name turns out to be a city or town */
        Hit directionAfter;
        /** a road's end (طريق دمشق حلب) or part of a council's name (مجلس منبج العسكري) */
        boolean notAPlace;
        /** the next name, if right after this one, is the road's other end */
        boolean roadStart;
        Place chosen;
        double confidence;

        Pending(int start, int end, int coreStart) {
            this.start = start;
            this.end = end;
            this.coreStart = coreStart;
        }
    }

    private record Word(int start, int end) {
    }

    private record Hit(int start, int end, String value) {
    }

    // ---------------------------------------------------------------- pass 1: cues around each match

    private List<Pending> readMatches(String t, List<AliasMatcher.Match> matches) {
        List<Pending> out = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            AliasMatcher.Match m = matches.get(i);
            AliasMatcher.Entry en = m.entry();
            switch (en.type) {
                case NON_PLACE -> {
                }
                case RELATIVE, METONYM -> {
                    Pending p = new Pending(m.surfaceStart(), m.end(), m.start());
                    p.fixedId = en.placeId;
                    p.direction = en.direction;
                    p.rule = en.type == AliasMatcher.Type.METONYM ? "metonym"
                            : en.placeId.startsWith("euphrates-") ? "bank" : "relative";
                    out.add(p);
                }
                case CUE -> {
                    int consumed = readCue(t, matches, i, out);
                    i += consumed;
                }
                case NAME -> out.add(readName(t, m));
            }
        }
        return out;
    }

    /** Handles ريفها / الريف الشرقي [لX] / وغربها; returns how many following matches it took over. */
    private int readCue(String t, List<AliasMatcher.Match> matches, int i, List<Pending> out) {
        AliasMatcher.Match m = matches.get(i);
        String cueType = m.entry().cueType;
        Pending p = new Pending(m.surfaceStart(), m.end(), m.start());
        if ("direction-pronoun".equals(cueType)) {
            p.pronoun = "direction";
            p.direction = lexicon.cue("direction-pronoun").get(m.entry().key);
            p.rule = "direction-pronoun";
            out.add(p);
            return 0;
        }
        Hit adj = after(t, m.end(), lexicon.cue("direction-adjective"));
        if (adj != null) {
            p.direction = adj.value();
            p.end = adj.end();
        }
        p.countryside = true;
        if ("countryside-ownerless".equals(cueType)) {
            if (adj == null) {
                return 0; // الريف alone is too vague to place
            }
            // الريف الشرقي لدير الزور / الريف الشرقي لمحافظة دير الزور: the owner follows
            if (i + 1 < matches.size()) {
                AliasMatcher.Match next = matches.get(i + 1);
                Word w = nextWord(t, adj.end());
                if (next.entry().type == AliasMatcher.Type.NAME && w != null) {
                    boolean lam = next.surfaceStart() == w.start()
                            && (next.clitic(t).endsWith("ل") || next.entry().form == AliasMatcher.Form.LAM);
                    Set<PlaceKind> prefer = null;
                    if (!lam && w.start() < next.surfaceStart()) {
                        String word = t.substring(w.start(), w.end());
                        if (word.startsWith("ل") && nextWord(t, w.end()) != null
                                && nextWord(t, w.end()).start() == next.surfaceStart()) {
                            String bare = word.substring(1);
                            if (lexicon.cue("governorate-of").containsKey(bare)) {
                                lam = true;
                                prefer = EnumSet.of(PlaceKind.GOVERNORATE);
                            } else if (lexicon.cue("city-of").containsKey(bare)) {
                                lam = true;
                                prefer = SETTLEMENTS;
                            }
                        }
                    }
                    if (lam) {
                        p.places = next.entry().places;
                        p.prefer = prefer == null ? OWNERS : prefer;
                        p.end = next.end();
                        p.rule = "countryside-dir";
                        out.add(p);
                        return 1;
                    }
                }
            }
        }
        p.pronoun = "countryside";
        p.rule = "countryside-pronoun";
        out.add(p);
        return 0;
    }

    private Pending readName(String t, AliasMatcher.Match m) {
        AliasMatcher.Entry en = m.entry();
        Pending p = new Pending(m.surfaceStart(), m.end(), m.start());
        p.places = en.places;
        p.clitic = m.clitic(t);
        p.capitalsOnly = !en.arabic && en.key.replace(".", "").length() <= 3;
        p.key = en.key;
        p.commonWord = lexicon.commonWords.contains(en.key);
        Hit loc = before(t, p.start, lexicon.cue("locative"), false);
        // ب is "in"; ل ("for", "to") goes as often with a government as with a place (انتصار لدمشق)
        p.locative = loc != null || p.clitic.contains("ب");
        if (lexicon.adjectiveNames.contains(en.key) && p.clitic.isEmpty()) {
            p.readAsAdjective = afterAWord(t, p.start) && before(t, p.start, lexicon.cue("preposition"), true) == null;
        }
        readOrganisationAndRoad(t, p, en.arabic);
        if (en.arabic) {
            readArabicCues(t, p);
        } else {
            readLatinCues(t, p);
        }
        if (en.arabic && !p.countryside && p.direction == null) {
            p.directionAfter = after(t, p.end, lexicon.cue("direction-after"));
        }
        if (p.readAsAdjective && !"alias".equals(p.rule)) {
            p.readAsAdjective = false; // جنوب سورية, محافظة ...: a cue says it is the place
        }
        if (!p.countryside && hasCountryside(p.places)) {
            // a gazetteer alias such as ريف حلب followed by الشمالي
            Hit adj = after(t, p.end, lexicon.cue("direction-adjective"));
            if (adj != null) {
                p.direction = adj.value();
                p.end = adj.end();
                p.rule = "countryside-dir";
            }
        }
        return p;
    }

    private void readOrganisationAndRoad(String t, Pending p, boolean arabic) {
        if (arabic) {
            if (before(t, p.start, lexicon.cue("road"), true) != null) {
                p.notAPlace = true;
                p.roadStart = true;
                return;
            }
            if (before(t, p.start, lexicon.cue("council"), true) != null
                    && after(t, p.end, lexicon.cue("council-after")) != null) {
                p.notAPlace = true;
                return;
            }
            int from = p.clitic.endsWith("ل") ? p.start : -1;
            if (from < 0) {
                Word w = prevWord(t, p.start);
                if (w != null && t.startsWith("لمدينه", w.start())) {
                    from = w.start();
                    Hit h = before(t, from, lexicon.cue("council-before"), false);
                    if (h != null || before(t, p.start, lexicon.cue("council-before"), false) != null) {
                        p.notAPlace = true;
                    }
                    return;
                }
            }
            if (from >= 0 && before(t, from, lexicon.cue("council-before"), false) != null) {
                p.notAPlace = true;
            }
        } else if (after(t, p.end, lexicon.cue("road-after")) != null) {
            p.notAPlace = true;
        }
    }

    private void readArabicCues(String t, Pending p) {
        Hit rif = before(t, p.start, lexicon.cue("countryside"), true);
        if (rif != null) {
            p.countryside = true;
            p.start = rif.start();
            p.prefer = OWNERS;
            Hit adj = after(t, p.end, lexicon.cue("direction-adjective"));
            if (adj != null) {
                p.direction = adj.value();
                p.end = adj.end();
            }
            p.rule = adj != null ? "countryside-dir" : "countryside";
            return;
        }
        Hit dir = directionBefore(t, p.start);
        if (dir != null) {
            p.start = dir.start();
            p.direction = dir.value();
            p.rule = "direction";
            return;
        }
        if (p.clitic.startsWith("و")) {
            return; // بلدة ومزرعة: the cue word belongs to the first of two coordinated nouns
        }
        Hit gov = before(t, p.start, lexicon.cue("governorate-of"), true);
        if (gov != null) {
            p.prefer = EnumSet.of(PlaceKind.GOVERNORATE);
            p.rule = "governorate-of";
            directionBeforeCue(t, p, gov);
            return;
        }
        Hit city = before(t, p.start, lexicon.cue("city-of"), true);
        if (city != null) {
            p.prefer = settlementKinds(city.value());
            p.rule = "city-of";
            p.locative = true;
            directionBeforeCue(t, p, city);
        }
    }

    private void readLatinCues(String t, Pending p) {
        Map<String, String> adjectives = lexicon.cue("direction-adjective");
        // X countryside, X's northern countryside
        int after = p.end;
        if (after + 1 < t.length() && t.charAt(after) == '\'' && t.charAt(after + 1) == 's') {
            after += 2;
        }
        Hit adjAfter = after(t, after, adjectives);
        Hit cs = after(t, adjAfter != null ? adjAfter.end() : after, lexicon.cue("countryside-after"));
        Hit adjBefore = before(t, p.start, adjectives, false);
        if (cs != null) {
            p.countryside = true;
            p.prefer = OWNERS;
            p.end = cs.end();
            if (adjAfter != null) {
                p.direction = adjAfter.value();
            } else if (adjBefore != null) {
                p.direction = adjBefore.value();
                p.start = adjBefore.start();
            }
            p.rule = p.direction != null ? "countryside-dir" : "countryside";
            return;
        }
        // countryside of X, northern countryside of X, rural X, western rural areas of X
        Hit csBefore = before(t, p.start, lexicon.cue("countryside-before"), false);
        if (csBefore != null) {
            p.countryside = true;
            p.prefer = OWNERS;
            p.start = csBefore.start();
            Hit adj = before(t, csBefore.start(), adjectives, false);
            if (adj != null) {
                p.direction = adj.value();
                p.start = adj.start();
            }
            p.rule = p.direction != null ? "countryside-dir" : "countryside";
            return;
        }
        Hit dir = before(t, p.start, lexicon.cue("direction"), false);
        if (dir != null) {
            p.start = dir.start();
            p.direction = dir.value();
            p.rule = "direction";
            return;
        }
        if (before(t, p.start, lexicon.cue("governorate-of"), false) != null
                || after(t, p.end, lexicon.cue("governorate-after")) != null) {
            p.prefer = EnumSet.of(PlaceKind.GOVERNORATE);
            p.rule = "governorate-of";
            return;
        }
        Hit city = before(t, p.start, lexicon.cue("city-of"), false);
        if (city == null) {
            city = after(t, p.end, lexicon.cue("city-after"));
        }
        if (city != null) {
            p.prefer = settlementKinds(city.value());
            p.rule = "city-of";
            p.locative = true;
        }
    }

    /** شرقي محافظة دير الزور, جنوب مدينة الرقة: the direction stands before the cue word. */
    private void directionBeforeCue(String t, Pending p, Hit cue) {
        Hit dir = directionBefore(t, cue.start());
        if (dir != null) {
            p.start = dir.start();
            p.direction = dir.value();
        }
    }

    /** True when a word (not punctuation, not the start of the text) stands right before {@code pos}. */
    private static boolean afterAWord(String t, int pos) {
        int i = pos;
        while (i > 0 && t.charAt(i - 1) == ' ') {
            i--;
        }
        return i > 0 && MatchText.isWordChar(t.charAt(i - 1));
    }

    /** The kinds a cue word asks for: مدينة a city (or town), قرية a village, حي a neighbourhood. */
    private static Set<PlaceKind> settlementKinds(String value) {
        return switch (value) {
            case "city", "town" -> EnumSet.of(PlaceKind.CITY, PlaceKind.TOWN);
            case "village" -> EnumSet.of(PlaceKind.VILLAGE, PlaceKind.TOWN);
            case "neighbourhood" -> EnumSet.of(PlaceKind.NEIGHBOURHOOD);
            default -> SETTLEMENTS;
        };
    }

    /** جنوب X، جنوب شرق X، بشمال X (Arabic, with proclitics on the first word). */
    private Hit directionBefore(String t, int pos) {
        Map<String, String> dirs = lexicon.cue("direction");
        Word w1 = prevWord(t, pos);
        if (w1 == null) {
            return null;
        }
        String v1 = lookup(t.substring(w1.start(), w1.end()), dirs, true);
        if (v1 == null) {
            return null;
        }
        Word w0 = prevWord(t, w1.start());
        if (w0 != null && (v1.equals("east") || v1.equals("west"))
                && !t.substring(w0.end(), w1.start()).contains("\"")) {
            String v0 = lookup(t.substring(w0.start(), w0.end()), dirs, true);
            if ("north".equals(v0) || "south".equals(v0)) {
                return new Hit(w0.start(), w1.end(), v0 + "-" + v1);
            }
        }
        return new Hit(w1.start(), w1.end(), v1);
    }

    // ---------------------------------------------------------------- pass 2: same-name places

    private void resolve(List<Pending> pending) {
        PlaceChooser.Context context = new PlaceChooser.Context();
        for (Pending p : pending) {
            if (p.fixedId != null) {
                p.chosen = gazetteer.byId(p.fixedId).orElse(null);
                p.confidence = p.rule.equals("metonym") ? 0.8 : 0.9;
            } else if (p.places != null && (p.places.size() == 1 || narrowsToOne(p))) {
                PlaceChooser.Choice c = PlaceChooser.choose(p.places, p.prefer, p.coreStart, new PlaceChooser.Context());
                p.chosen = c.place();
                p.confidence = c.confidence();
            }
            if (p.chosen != null) {
                addContext(context, p.coreStart, p.chosen);
            } else if (p.places != null) {
                // حمص (the city or its governorate): either way the text is talking about that governorate
                String gov = commonGovernorate(p.places);
                if (gov != null) {
                    context.add(p.coreStart, gov);
                }
            }
        }
        for (Pending p : pending) {
            if (p.chosen == null && p.places != null && !p.places.isEmpty()) {
                PlaceChooser.Choice c = PlaceChooser.choose(p.places, p.prefer, p.coreStart, context);
                p.chosen = c.place();
                p.confidence = c.confidence();
            }
        }
    }

    private static String commonGovernorate(List<Place> places) {
        String gov = null;
        for (Place p : places) {
            String g = p.kind() == PlaceKind.GOVERNORATE ? p.id() : p.admin1();
            if (g == null || (gov != null && !gov.equals(g))) {
                return null;
            }
            gov = g;
        }
        return gov;
    }

    private static boolean narrowsToOne(Pending p) {
        if (p.prefer == null) {
            return false;
        }
        return p.places.stream().filter(pl -> p.prefer.contains(pl.kind())).count() == 1;
    }

    private static void addContext(PlaceChooser.Context context, int pos, Place p) {
        if (p.kind() == PlaceKind.GOVERNORATE) {
            context.add(pos, p.id());
        } else if (p.admin1() != null) {
            context.add(pos, p.admin1());
        }
    }

    // ---------------------------------------------------------------- pass 3: focus, countrysides, output

    private List<Mention> emit(String text, NormalizedText n, String t, List<Pending> pending) {
        List<Mention> out = new ArrayList<>();
        Place focus = null;
        Place previous = null;
        int previousEnd = -1;
        int lastEnd = 0;
        int roadEnd = -1;
        for (Pending p : pending) {
            Place place = p.chosen;
            String direction = p.direction;
            if ("direction".equals(p.pronoun)) {
                if (previous == null || !onlySpaceBetween(t, previousEnd, p.start)) {
                    continue;
                }
                place = previous;
            } else if ("countryside".equals(p.pronoun)) {
                if (focus == null) {
                    continue;
                }
                place = focus;
            }
            if (place == null) {
                continue;
            }
            if (p.notAPlace) {
                roadEnd = p.roadStart ? p.end : -1;
                if (!p.roadStart && previous != null && !out.isEmpty() && roadJoin(t, previousEnd, p.start)) {
                    out.remove(out.size() - 1); // "the Aleppo-Damascus highway": both ends
                }
                continue;
            }
            if (roadEnd >= 0 && roadJoin(t, roadEnd, p.start)) {
                roadEnd = -1;
                continue; // طريق دمشق حلب: the second end
            }
            roadEnd = -1;
            if (p.countryside) {
                Place owner = place;
                place = countryside(owner, direction);
                if (place != owner && place.id().endsWith("-" + direction)) {
                    direction = null; // the region itself is the directed part
                }
                focus = owner;
            } else if (p.pronoun == null && lexicon.governmentSeats.contains(p.key) && !p.locative) {
                continue; // "backed by Washington": the government, not the city
            } else if (p.pronoun == null && lexicon.lamGovernmentSeats.contains(p.key) && p.clitic.endsWith("ل")
                    && !"city-of".equals(p.rule)) {
                continue; // انتصار لدمشق: a victory for the government
            } else if (p.commonWord && !"city-of".equals(p.rule) && !"governorate-of".equals(p.rule)) {
                continue; // الثورة, تشرين: ordinary words unless a cue word says they name a place
            } else if (p.readAsAdjective) {
                continue; // مصادر سورية: "Syrian sources"
            } else if ("city-of".equals(p.rule) && place.kind() == PlaceKind.COUNTRY) {
                continue; // مدينة سورية كبرى: "a major Syrian city"
            } else if (!p.clitic.isEmpty() && p.key.length() <= 4 && MINOR.contains(place.kind())) {
                continue; // باراك is not ب + the village اراك: a proclitic on a short minor name is too weak a sign
            } else if (place.id().endsWith("-countryside") && direction != null && "countryside-dir".equals(p.rule)) {
                Place directed = gazetteer.byId(place.id() + "-" + direction).orElse(null);
                if (directed != null) {
                    place = directed;
                    direction = null;
                }
            } else if (OWNERS.contains(place.kind())) {
                focus = place;
            }
            int end = p.end;
            if (p.directionAfter != null && (place.kind() == PlaceKind.CITY || place.kind() == PlaceKind.TOWN)) {
                end = p.directionAfter.end();
                direction = p.directionAfter.value();
            }
            int start = p.start;
            if (start < lastEnd) {
                if (p.coreStart < lastEnd) {
                    continue;
                }
                start = p.coreStart;
            }
            int os = n.originalStart(start);
            int oe = n.originalEnd(end);
            if (os >= oe || (p.capitalsOnly && !allCapitals(text, os, oe))) {
                continue;
            }
            double[] ll = direction == null ? point(place) : directedPoint(place, direction);
            double confidence = p.pronoun != null ? 0.75 : p.countryside || p.direction != null
                    ? Math.min(0.85, p.confidence == 0 ? 0.85 : p.confidence) : p.confidence;
            out.add(new Mention(os, oe, text.substring(os, oe), place.id(), place.nameEn(), place.nameAr(),
                    place.kind(), ll[0], ll[1], confidence, p.rule, direction));
            lastEnd = end;
            previous = p.countryside ? previous : place;
            previousEnd = end;
        }
        return out;
    }

    /** The countryside region of a city or governorate, as directed as the gazetteer allows. */
    private Place countryside(Place owner, String direction) {
        String base = owner.id();
        if (owner.kind() == PlaceKind.GOVERNORATE && base.endsWith("-governorate")) {
            base = base.substring(0, base.length() - "-governorate".length());
        }
        if (direction != null) {
            Place d = gazetteer.byId(base + "-countryside-" + direction).orElse(null);
            if (d != null) {
                return d;
            }
        }
        Place c = gazetteer.byId(base + "-countryside").orElse(null);
        // without a countryside region, the place itself (with the direction) is nearer the truth than its
        // whole governorate
        return c != null ? c : owner;
    }

    private static boolean allCapitals(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasCountryside(List<Place> places) {
        for (Place p : places) {
            if (p.id().endsWith("-countryside")) {
                return true;
            }
        }
        return false;
    }

    private final java.util.concurrent.ConcurrentHashMap<String, double[]> directedPoints =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Where "north of X" points: for an area, the centroid of its third toward that side; for a point or a river,
     * {@value #DIRECTED_OFFSET_KM} km that way from it.
     */
    private double[] directedPoint(Place p, String direction) {
        return directedPoints.computeIfAbsent(p.id() + "|" + direction, k -> {
            double[] base = point(p);
            double dy = (direction.contains("north") ? 1 : 0) - (direction.contains("south") ? 1 : 0);
            double dx = (direction.contains("east") ? 1 : 0) - (direction.contains("west") ? 1 : 0);
            Geometry g = gazetteer.geometry(p.id()).orElse(null);
            if (g != null && g.getDimension() == 2 && !g.isEmpty()) {
                org.locationtech.jts.geom.Envelope e = g.getEnvelopeInternal();
                double minX = e.getMinX();
                double maxX = e.getMaxX();
                double minY = e.getMinY();
                double maxY = e.getMaxY();
                if (dx > 0) {
                    minX = maxX - e.getWidth() / 3;
                } else if (dx < 0) {
                    maxX = minX + e.getWidth() / 3;
                }
                if (dy > 0) {
                    minY = maxY - e.getHeight() / 3;
                } else if (dy < 0) {
                    maxY = minY + e.getHeight() / 3;
                }
                Geometry box = g.getFactory().toGeometry(new org.locationtech.jts.geom.Envelope(minX, maxX, minY, maxY));
                try {
                    Geometry part = g.intersection(box);
                    if (!part.isEmpty()) {
                        Point c = part.getCentroid();
                        return new double[] {c.getY(), c.getX()};
                    }
                } catch (RuntimeException invalidGeometry) {
                    // fall through to the box's centre
                }
                return new double[] {(minY + maxY) / 2, (minX + maxX) / 2};
            }
            double norm = Math.hypot(dx, dy);
            if (norm == 0) {
                return base;
            }
            double dLat = DIRECTED_OFFSET_KM / 111.2 * dy / norm;
            double dLon = DIRECTED_OFFSET_KM / (111.2 * Math.max(0.2, Math.cos(Math.toRadians(base[0])))) * dx / norm;
            return new double[] {base[0] + dLat, base[1] + dLon};
        });
    }

    private static final double DIRECTED_OFFSET_KM = 20;

    private double[] point(Place p) {
        if ((p.lat() != 0 || p.lon() != 0) && !Double.isNaN(p.lat()) && !Double.isNaN(p.lon())) {
            return new double[] {p.lat(), p.lon()};
        }
        Geometry g = gazetteer.geometry(p.id()).orElse(null);
        if (g == null || g.isEmpty()) {
            return new double[] {p.lat(), p.lon()};
        }
        Point c = g.getCentroid();
        return new double[] {c.getY(), c.getX()};
    }

    // ---------------------------------------------------------------- words around a position

    private static boolean skippable(char c) {
        return c == ' ' || c == '"' || c == '(' || c == ')';
    }

    /** Two names joined as a road's ends: by spaces, a hyphen or a dash. */
    private static boolean roadJoin(String t, int from, int to) {
        if (from < 0 || from > to || to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c != ' ' && c != '\u2013' && c != '\u2014' && c != '/') {
                return false;
            }
        }
        return true;
    }

    private static boolean onlySpaceBetween(String t, int from, int to) {
        if (from < 0 || from > to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (t.charAt(i) != ' ') {
                return false;
            }
        }
        return to - from <= 2;
    }

    private static Word prevWord(String t, int pos) {
        int i = pos;
        while (i > 0 && skippable(t.charAt(i - 1))) {
            i--;
        }
        int end = i;
        while (i > 0 && MatchText.isWordChar(t.charAt(i - 1))) {
            i--;
        }
        return end > i ? new Word(i, end) : null;
    }

    private static Word nextWord(String t, int pos) {
        int i = pos;
        while (i < t.length() && skippable(t.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < t.length() && MatchText.isWordChar(t.charAt(i))) {
            i++;
        }
        return i > start ? new Word(start, i) : null;
    }

    /**
     * The words around one position, worked out once: every cue list is looked up with the same one-, two- and
     * three-word phrases, so building them again per list would dominate the geoparser's time.
     */
    private static final class Around {
        String t;
        int pos = -1;
        Word w1;
        Word w2;
        Word w3;
        String one;
        String two;
        String three;
        /** {@code one} without each proclitic it may carry */
        List<String> stripped;

        void at(String text, int p, boolean backwards) {
            if (text == t && p == pos) {
                return;
            }
            t = text;
            pos = p;
            if (backwards) {
                w1 = prevWord(text, p);
                w2 = w1 == null ? null : prevWord(text, w1.start());
                w3 = w2 == null ? null : prevWord(text, w2.start());
                one = w1 == null ? null : text.substring(w1.start(), w1.end());
                two = w2 == null ? null : text.substring(w2.start(), w2.end()) + " " + one;
                three = w3 == null ? null : text.substring(w3.start(), w3.end()) + " " + two;
                stripped = new ArrayList<>(2);
                if (one != null) {
                    for (String c : CLITICS) {
                        if (one.length() > c.length() + 1 && one.startsWith(c)) {
                            stripped.add(one.substring(c.length()));
                        }
                    }
                }
            } else {
                w1 = nextWord(text, p);
                w2 = w1 == null ? null : nextWord(text, w1.end());
                w3 = null;
                one = w1 == null ? null : text.substring(w1.start(), w1.end());
                two = w2 == null ? null : one + " " + text.substring(w2.start(), w2.end());
                three = null;
            }
        }
    }

    private static final ThreadLocal<Around> BEFORE = ThreadLocal.withInitial(Around::new);
    private static final ThreadLocal<Around> AFTER = ThreadLocal.withInitial(Around::new);

    /** A cue phrase of up to three words ending just before {@code pos}. */
    private static Hit before(String t, int pos, Map<String, String> cues, boolean clitics) {
        Around a = BEFORE.get();
        a.at(t, pos, true);
        if (a.w1 == null) {
            return null;
        }
        if (a.three != null) {
            String v = cues.get(a.three);
            if (v != null) {
                return new Hit(a.w3.start(), a.w1.end(), v);
            }
        }
        if (a.two != null) {
            String v = cues.get(a.two);
            if (v != null) {
                return new Hit(a.w2.start(), a.w1.end(), v);
            }
        }
        String v = cues.get(a.one);
        if (v == null && clitics) {
            for (String w : a.stripped) {
                v = cues.get(w);
                if (v != null) {
                    break;
                }
            }
        }
        return v == null ? null : new Hit(a.w1.start(), a.w1.end(), v);
    }

    /** A cue phrase of up to two words starting just after {@code pos}. */
    private static Hit after(String t, int pos, Map<String, String> cues) {
        Around a = AFTER.get();
        a.at(t, pos, false);
        if (a.w1 == null) {
            return null;
        }
        if (a.two != null) {
            String v = cues.get(a.two);
            if (v != null) {
                return new Hit(a.w1.start(), a.w2.end(), v);
            }
        }
        String v = cues.get(a.one);
        return v == null ? null : new Hit(a.w1.start(), a.w1.end(), v);
    }

    private static String lookup(String word, Map<String, String> cues, boolean clitics) {
        String v = cues.get(word);
        if (v != null || !clitics) {
            return v;
        }
        for (String c : CLITICS) {
            if (word.length() > c.length() + 1 && word.startsWith(c)) {
                v = cues.get(word.substring(c.length()));
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }
}
