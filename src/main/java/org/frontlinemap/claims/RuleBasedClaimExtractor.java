package org.frontlinemap.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.frontlinemap.geoparse.Mention;

/**
 * Control claims by rules, one clause at a time: a relation cue from {@link RelationLexicon}, the faction acting
 * (from {@link FactionLexicon}), the place mention it applies to, and the share, area, time, negation and hedging
 * stated in the same clause.
 *
 * <p>Actor: for a verb cue, a faction right after it (Arabic verb-subject order, one word of slack), else the nearest
 * faction before it in the clause (at most 8 words back), else one just before the clause in the same sentence. For a
 * nominal cue ("تحت سيطرة X", "held by X") the faction right after it. A faction glued to ب/ل/ك or after ضد/من/عن
 * (against, from) is an object, not an actor; "X و Y" / "X and Y" gives both. "التنظيم", "الإرهابيين", "the group"
 * stand for the last jihadist faction named before them.
 *
 * <p>Place: the first place mention after the cue (at most 8 words on, not past another faction that is the cue's
 * object), with places joined to it by و/and; for nominal cues and present-tense "controls" the place may stand
 * before the cue. Place mentions lying inside a faction name (سوريا in قوات سوريا الديمقراطية, الفرات in درع الفرات)
 * are dropped; a faction name inside a place mention (داعش in "عاصمة داعش") is not an actor.
 *
 * <p>A past-tense take-over with "since" (سيطر منذ 2014) is reported as {@code controls} from that time. "The regime
 * on the west bank" claims (agreed zones, bank regions) get the governorate the text is about as scope.
 */
public final class RuleBasedClaimExtractor implements ClaimExtractor {

    private static final int ACTOR_BACK = 10;
    private static final int PLACE_AHEAD = 10;
    private static final Set<String> NOT_ACTOR_BEFORE = Words.folded("ضد", "من", "عن", "against", "from", "بدعم", "دعم",
            "backed", "supported", "مع", "with", "on", "of");
    private static final Set<String> PASSIVE = Words.folded("تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضوا", "came", "under");
    private static final Set<String> CONNECTORS = Words.folded("و", "and", "or", "او", "بلده", "بلدتي", "مدينه", "قريه",
            "town", "towns", "city", "village", "of");
    private static final Set<String> ORIGIN = Words.folded("من", "from", "انطلاقا");
    private static final List<String> GOVERNORATES = List.of("aleppo", "raqqa", "deir-ez-zor", "hasakah", "idlib", "hama",
            "homs", "latakia", "tartus", "damascus", "rif-dimashq", "daraa", "quneitra", "suwayda");
    private static final Set<String> AFFILIATED = Words.folded("تابعه", "التابعه", "تابع", "التابع", "تابعين",
            "مواليه", "الموالية", "موالين", "الموالين");
    private static final Set<String> ENABLING = Words.folded("تمكن", "تمكنت", "وتمكن", "وتمكنت", "تمكنوا", "استطاعت",
            "استطاع", "نجحت", "نجح");
    private static final Set<String> COUNTRIES = Set.of("syria", "turkey", "iraq", "jordan", "lebanon", "israel",
            "russia", "iran", "united-states", "saudi-arabia", "egypt", "united-kingdom", "france");
    private static final Set<String> RELATIVE_PRONOUNS = Words.folded("التي", "الذي", "والتي", "والذي", "اللتي",
            "الذين", "which", "that");
    private static final Set<String> MASCULINE_HEADS = Words.folded("تنظيم", "التنظيم", "الجيش", "جيش", "النظام",
            "داعش", "الحرس", "حزب");
    private static final Set<String> FEMININE_HEADS = Words.folded("قوات", "فصائل", "الفصائل", "هيئة", "الهيئة",
            "وحدات", "المعارضة", "تركيا", "روسيا", "الميليشيات", "القوات", "قسد");
    private static final Set<String> JIHADISTS = Words.folded("isis", "hts");

    private final FactionLexicon factions;
    private final RelationLexicon relations;
    private final PhraseMatcher<String> anaphors = new PhraseMatcher<>();

    public RuleBasedClaimExtractor() {
        this(FactionLexicon.load(), RelationLexicon.load());
    }

    public RuleBasedClaimExtractor(FactionLexicon factions, RelationLexicon relations) {
        this.factions = factions;
        this.relations = relations;
        for (String a : List.of("التنظيم", "التنظيم الإرهابي", "الإرهابيين", "الإرهابيون", "المتشددين", "الجهاديين",
                "مسلحي التنظيم", "عناصر التنظيم", "the group", "the militants", "the jihadists", "the extremists")) {
            anaphors.add(a, false, "anaphor");
        }
    }

    private record Actor(int from, int to, String proclitic, String factionId) {
    }

    private record Place(int from, int to, Mention mention) {
    }

    @Override
    public List<Claim> extract(String text, List<Mention> mentions, LocalDate articleDate) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        try {
            return run(text, mentions == null ? List.of() : mentions, articleDate);
        } catch (RuntimeException | StackOverflowError e) {
            // the contract is "never throws": a rule bug on a strange input must not stop a batch of articles
            return List.of();
        }
    }

    /** As {@link #extract} but letting a rule failure surface, so that tests see it. */
    List<Claim> extractOrThrow(String text, List<Mention> mentions, LocalDate articleDate) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return run(text, mentions == null ? List.of() : mentions, articleDate);
    }

    private List<Claim> run(String text, List<Mention> mentions, LocalDate articleDate) {
        Tokens t = Tokens.of(text);
        List<FactionLexicon.TokenHit> rawFactions = factions.find(t);
        List<Place> allPlaces = places(t, text, mentions);
        List<Actor> actors = actors(t, rawFactions, allPlaces);
        int[] actorAt = cover(t.size(), actors, Actor::from, Actor::to);
        List<Place> places = new ArrayList<>();
        for (Place p : allPlaces) {
            boolean clash = false;
            for (int i = p.from(); i < p.to() && !clash; i++) {
                if (actorAt[i] >= 0) {
                    Actor a = actors.get(actorAt[i]);
                    clash = !(p.from() <= a.from() && a.to() <= p.to() && (p.to() - p.from()) > (a.to() - a.from()));
                }
            }
            if (!clash) {
                places.add(p);
            }
        }
        String focus = governorateInFocus(places);

        Map<String, Claim> out = new LinkedHashMap<>();
        for (TextSpan sentence : SentenceSplitter.split(text)) {
            int sFrom = t.firstAtOrAfter(sentence.start());
            int sTo = t.firstAtOrAfter(sentence.end());
            if (sFrom >= sTo || slice(places, Place::from, Place::to, sFrom, sTo).isEmpty()) {
                continue;
            }
            List<Actor> sentenceActors = slice(actors, Actor::from, Actor::to, sFrom, sTo);
            for (TextSpan clause : ClauseSplitter.split(t, sentence, sFrom, sTo)) {
                int cFrom = t.firstAtOrAfter(clause.start());
                int cTo = t.firstAtOrAfter(clause.end());
                clause(t, text, clause, sFrom, cFrom, cTo, sentenceActors,
                        slice(places, Place::from, Place::to, cFrom, cTo), focus, articleDate, out);
            }
        }
        List<Claim> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparingInt(Claim::start));
        return list;
    }

    /** Items of a list sorted by {@code from} that lie within tokens {@code [lo, hi)}; binary search, no full scan. */
    private static <T> List<T> slice(List<T> sorted, ToIntFunction<T> from, ToIntFunction<T> to, int lo, int hi) {
        int a = 0;
        int b = sorted.size();
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (from.applyAsInt(sorted.get(mid)) < lo) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        List<T> out = new ArrayList<>();
        for (int i = a; i < sorted.size() && from.applyAsInt(sorted.get(i)) < hi; i++) {
            if (to.applyAsInt(sorted.get(i)) <= hi) {
                out.add(sorted.get(i));
            }
        }
        return out;
    }

    /** For every token, the index of the first item covering it, or -1. */
    private static <T> int[] cover(int tokens, List<T> items, ToIntFunction<T> from, ToIntFunction<T> to) {
        int[] at = new int[tokens];
        java.util.Arrays.fill(at, -1);
        for (int k = 0; k < items.size(); k++) {
            for (int i = from.applyAsInt(items.get(k)); i < to.applyAsInt(items.get(k)) && i < tokens; i++) {
                if (at[i] < 0) {
                    at[i] = k;
                }
            }
        }
        return at;
    }

    private List<Place> places(Tokens t, String text, List<Mention> mentions) {
        List<Place> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m == null || m.placeId() == null || m.placeId().isBlank() || m.start() < 0 || m.end() > text.length()
                    || m.start() >= m.end()) {
                continue;
            }
            int from = t.firstEndingAfter(m.start());
            int to = t.firstAtOrAfter(m.end());
            if (from < to) {
                out.add(new Place(from, to, m));
            }
        }
        out.sort(Comparator.comparingInt(Place::from));
        return out;
    }

    /** Faction hits that can act: not inside a place name; anaphors resolved to the last jihadist faction named. */
    private List<Actor> actors(Tokens t, List<FactionLexicon.TokenHit> raw, List<Place> places) {
        int[] placeAt = cover(t.size(), places, Place::from, Place::to);
        int[] factionAt = cover(t.size(), raw, FactionLexicon.TokenHit::from, FactionLexicon.TokenHit::to);
        List<Actor> out = new ArrayList<>();
        for (FactionLexicon.TokenHit h : raw) {
            int pi = placeAt[h.from()];
            boolean insidePlace = pi >= 0 && places.get(pi).from() <= h.from() && h.to() <= places.get(pi).to()
                    && (places.get(pi).to() - places.get(pi).from()) > (h.to() - h.from());
            if (!insidePlace) {
                out.add(new Actor(h.from(), h.to(), h.proclitic(), h.factionId()));
            }
        }
        int next = 0;
        String last = null;
        for (PhraseMatcher.Hit<String> a : anaphors.find(t)) {
            while (next < raw.size() && raw.get(next).to() <= a.from()) {
                if (JIHADISTS.contains(raw.get(next).factionId())) {
                    last = raw.get(next).factionId();
                }
                next++;
            }
            boolean overlaps = false;
            for (int i = a.from(); i < a.to() && !overlaps; i++) {
                overlaps = factionAt[i] >= 0;
            }
            if (overlaps) {
                continue;
            }
            String resolved = last;
            if (resolved == null && isArabic(t.word(a.from()))) {
                resolved = "isis"; // in Syrian war reporting a bare "التنظيم" / "الإرهابيين" is the Islamic State
            }
            if (resolved != null) {
                out.add(new Actor(a.from(), a.to(), a.proclitic(), resolved));
            }
        }
        out.sort(Comparator.comparingInt(Actor::from));
        return out;
    }

    private void clause(Tokens t, String text, TextSpan clause, int sFrom, int cFrom, int cTo, List<Actor> actors,
                        List<Place> placesIn, String focus, LocalDate articleDate, Map<String, Claim> out) {
        if (cFrom >= cTo) {
            return;
        }
        if (placesIn.isEmpty()) {
            return;
        }
        List<RelationLexicon.CueHit> cues = relations.find(t, cFrom, cTo);
        if (cues.isEmpty()) {
            return;
        }
        List<Actor> inClause = slice(actors, Actor::from, Actor::to, cFrom, cTo);
        int foldedFrom = t.foldedStart(cFrom);
        int foldedTo = t.foldedEnd(cTo - 1);
        List<Quantity> shares = ShareParser.find(t.folded(), foldedFrom, foldedTo);
        List<Quantity> areas = AreaParser.find(t.folded(), foldedFrom, foldedTo);
        List<ClaimTimeParser.TimeExpression> times =
                ClaimTimeParser.find(t.folded(), foldedFrom, foldedTo, articleDate);
        ClaimTimeParser.TimeExpression time = times.isEmpty() ? null : times.get(0);
        String evidence = clause.of(text);

        boolean shellingStated = cues.stream().anyMatch(c -> c.cue().relation() == Relation.SHELLED);
        RelationLexicon.CueHit previous = null;
        int claimedUpTo = -1;
        for (RelationLexicon.CueHit cue : cues) {
            // "استعادت قوات النظام السيطرة على", "شنت الهيئة هجوما على", "انسحب ... باتجاه": one event, first cue
            boolean follows = previous != null && previous.cue().relation() != Relation.AGREED_ZONE
                    && (cue.from() - previous.to() <= 3 && (cue.cue().relation() == Relation.CONTROLS
                        || cue.cue().relation() == previous.cue().relation())
                    || cue.cue().phrase().equals("باتجاه"));
            previous = cue;
            if (follows) {
                continue;
            }
            boolean overlapsName = inClause.stream().anyMatch(a -> a.from() < cue.to() && cue.from() < a.to())
                    || placesIn.stream().anyMatch(p -> p.from() < cue.to() && cue.from() < p.to());
            if (overlapsName || passive(t, cFrom, cue.from())) {
                continue;
            }
            boolean negated = NegationDetector.negated(t, sFrom, cue.from());
            boolean hedged = NegationDetector.hedged(t, sFrom, cue.from());
            if (cue.from() < claimedUpTo) {
                continue; // "lost half of the territory they held in X": the inner cue describes the outer's object
            }
            Relation rel = cue.cue().relation();
            if (rel == Relation.CONTROLS && enabled(t, cFrom, cue.from())) {
                rel = Relation.CAPTURED; // "تمكنت من السيطرة على": managed to take
            }
            if (rel == Relation.AGREED_ZONE) {
                agreedZones(t, cue, cues, cTo, inClause, placesIn, focus, time, negated, hedged, clause, evidence, out);
                continue;
            }
            if (rel == Relation.CONTROLS && agreementBefore(cues, cue)) {
                rel = Relation.AGREED_ZONE; // "the deal left the army in control of X": a zone by agreement
            }
            if (rel == Relation.ATTACKED && shellingStated) {
                rel = Relation.SHELLED;
            }
            if (rel == Relation.CAPTURED && time != null && time.since()) {
                rel = Relation.CONTROLS;
            }
            List<Actor> actor = actor(t, cue, sFrom, cFrom, cTo, inClause, actors, placesIn);
            if (actor.isEmpty()) {
                continue;
            }
            Actor main = actor.get(0);
            List<Place> targets = targets(t, cue, rel, main, cTo, placesIn, inClause, actor, cues);
            for (Place p : targets) {
                if (p.from() >= cue.to()) {
                    claimedUpTo = Math.max(claimedUpTo, p.from());
                }
            }
            for (int k = 0; k < targets.size(); k++) {
                Place p = targets.get(k);
                Double share = k == 0 ? near(shares, t, cue, p) : null;
                Double area = k == 0 ? near(areas, t, cue, p) : null;
                if (COUNTRIES.contains(p.mention().placeId()) && share == null && area == null) {
                    continue; // "in Syria", "the border with Iraq", "هجوم الولايات المتحدة": scene or agent, not the object
                }
                // "took 90 % of Raqqa" states how much is held now; "took all of it" stays a capture
                Relation relation = rel == Relation.CAPTURED && share != null && share < 1.0 ? Relation.CONTROLS : rel;
                for (Actor a : actor) {
                    String placeId = p.mention().placeId();
                    if (placeId.equals(a.factionId())) {
                        continue;
                    }
                    String scope = isBankRegion(placeId) || relation == Relation.AGREED_ZONE && !placeId.endsWith("-governorate")
                            ? focus : null;
                    boolean partial = share == null && (relation == Relation.CONTROLS || relation == Relation.CAPTURED)
                            && PartialHoldDetector.partial(t.folded().text(), foldedFrom, foldedTo);
                    Claim c = new Claim(a.factionId(), relation, placeId, scope, share, area,
                            time == null ? null : time.date(), negated, hedged, clause.start(), clause.end(), evidence,
                            partial);
                    out.putIfAbsent(a.factionId() + "|" + relation + "|" + placeId + "|" + clause.start(), c);
                }
            }
        }
    }

    /** The proclitic glued to the cue's first word, if the cue was matched through one. */
    private static String cueProclitic(Tokens t, RelationLexicon.CueHit cue) {
        String word = t.word(cue.from());
        String phrase = org.frontlinemap.text.ArabicNormalizer.fold(cue.cue().phrase());
        int sp = phrase.indexOf(' ');
        String first = sp < 0 ? phrase : phrase.substring(0, sp);
        if (word.equals(first) || word.length() <= first.length()) {
            return "";
        }
        return word.endsWith(first) ? word.substring(0, word.length() - first.length()) : "";
    }

    private static boolean agreementBefore(List<RelationLexicon.CueHit> cues, RelationLexicon.CueHit cue) {
        return cues.stream().anyMatch(c -> c.cue().relation() == Relation.AGREED_ZONE && c.to() <= cue.from());
    }

    private static boolean enabled(Tokens t, int cFrom, int cue) {
        for (int i = Math.max(cFrom, cue - 12); i < cue; i++) {
            if (ENABLING.contains(t.word(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean passive(Tokens t, int cFrom, int cue) {
        for (int i = Math.max(cFrom, cue - 3); i < cue; i++) {
            String w = t.word(i);
            if (PASSIVE.contains(w) && !(w.equals("under") && !t.word(i + 1).equals("fire")
                    && !t.word(i + 1).equals("attack"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cue carrying a possessive pronoun agrees with its owner: سيطرتها (her control) is the forces' (قوات, فصائل,
     * هيئة, تركيا), سيطرته (his) the group's or the army's (تنظيم, الجيش, النظام, داعش).
     */
    private static boolean agrees(Tokens t, RelationLexicon.CueHit cue, Actor a) {
        String w = t.word(cue.to() - 1);
        String first = t.word(a.from());
        if (!a.proclitic().isEmpty() && first.startsWith(a.proclitic())) {
            first = first.substring(a.proclitic().length());
        }
        boolean masculine = MASCULINE_HEADS.contains(first);
        if (w.endsWith("تها") || w.endsWith("بها") || w.endsWith("رها") || w.endsWith("مها")) {
            return !masculine;
        }
        if (w.endsWith("ته") || w.endsWith("به") || w.endsWith("مه")) {
            return masculine || !FEMININE_HEADS.contains(first);
        }
        return true;
    }

    private static boolean canAct(Tokens t, Actor a) {
        if (new Clitics.Reading(a.proclitic(), "").hasPreposition()) {
            // "خلايا تابعة لداعش", "فصائل موالية لتركيا": the group acts through those affiliated with it
            return a.proclitic().equals("ل") && AFFILIATED.contains(t.word(a.from() - 1));
        }
        return !NOT_ACTOR_BEFORE.contains(t.word(a.from() - 1));
    }

    private List<Actor> actor(Tokens t, RelationLexicon.CueHit cue, int sFrom, int cFrom, int cTo,
                              List<Actor> inClause, List<Actor> all, List<Place> places) {
        boolean arabic = isArabic(t.word(cue.from()));
        Actor chosen = null;
        if (cue.cue().actorSide() == RelationLexicon.ActorSide.AFTER) {
            for (Actor a : inClause) {
                if (a.from() >= cue.to() && a.from() <= cue.to() + 2 && !new Clitics.Reading(a.proclitic(), "")
                        .hasPreposition()) {
                    chosen = a;
                    break;
                }
            }
        } else if (arabic && !new Clitics.Reading(cueProclitic(t, cue), "").hasPreposition()) {
            // a verb takes its subject after it; a noun glued to ب/ل ("اتهمتها بقصف قوات النظام") takes its object
            for (Actor a : inClause) {
                boolean placeBetween = places.stream().anyMatch(p -> p.from() >= cue.to() && p.to() <= a.from());
                if (a.from() >= cue.to() && a.from() <= cue.to() + 3 && !placeBetween && canAct(t, a)) {
                    chosen = a;
                    break;
                }
            }
        }
        if (chosen == null) {
            for (Actor a : inClause) {
                if (a.to() <= cue.from() && cue.from() - a.to() <= ACTOR_BACK && canAct(t, a) && agrees(t, cue, a)) {
                    chosen = a;
                }
            }
        }
        if (chosen == null) {
            for (Actor a : all) {
                if (a.from() >= sFrom && a.to() <= cFrom && cue.from() - a.to() <= ACTOR_BACK && canAct(t, a)
                        && agrees(t, cue, a)) {
                    chosen = a;
                }
            }
        }
        if (chosen == null) {
            return List.of();
        }
        List<Actor> group = new ArrayList<>();
        group.add(chosen);
        int idx = all.indexOf(chosen);
        Actor cur = chosen;
        for (int i = idx - 1; i >= 0; i--) {
            Actor prev = all.get(i);
            if (!coordinated(t, prev, cur)) {
                break;
            }
            group.add(0, prev);
            cur = prev;
        }
        cur = chosen;
        for (int i = idx + 1; i < all.size(); i++) {
            Actor next = all.get(i);
            if (next.from() >= cue.from() && next.from() < cue.to() || !coordinated(t, cur, next)) {
                break;
            }
            group.add(next);
            cur = next;
        }
        Map<String, Actor> distinct = new LinkedHashMap<>();
        for (Actor a : group) {
            distinct.putIfAbsent(a.factionId(), a);
        }
        List<Actor> result = new ArrayList<>(distinct.values());
        result.remove(chosen);
        result.add(0, chosen);
        return result;
    }

    /** "A وB", "A و B", "A and B", "A, B and C". */
    private static boolean coordinated(Tokens t, Actor first, Actor second) {
        if (second.from() == first.to()) {
            return second.proclitic().startsWith("و") || t.gapAfter(first.to() - 1).contains(",");
        }
        if (second.from() == first.to() + 1) {
            String w = t.word(first.to());
            return w.equals("و") || w.equals("and");
        }
        return false;
    }

    private List<Place> targets(Tokens t, RelationLexicon.CueHit cue, Relation rel, Actor actor, int cTo,
                                List<Place> placesIn, List<Actor> inClause, List<Actor> actorGroup,
                                List<RelationLexicon.CueHit> cues) {
        java.util.function.BiPredicate<Integer, Integer> between = (from, to) -> cues.stream()
                .anyMatch(c -> c != cue && c.from() >= from && c.to() <= to);
        boolean nominal = cue.cue().actorSide() == RelationLexicon.ActorSide.AFTER;
        Place first = null;
        if (nominal && actor.from() >= cue.to()) {
            for (Place p : placesIn) {
                if (p.from() >= actor.to() && p.from() - actor.to() <= 4) {
                    first = p;
                    break;
                }
            }
            if (first == null) {
                first = nearestBefore(placesIn, cue.from(), PLACE_AHEAD);
                if (first != null && between.test(first.to(), cue.from())) {
                    first = null;
                }
            }
        }
        if (first == null && !(nominal && actor.from() >= cue.to())) {
            int after = nominal ? Math.max(cue.to(), actor.to()) : cue.to();
            for (Place p : placesIn) {
                if (p.from() < after || p.from() - cue.to() > PLACE_AHEAD) {
                    continue;
                }
                boolean origin = (rel == Relation.DEPLOYED_NEAR || rel == Relation.ADVANCED_TOWARD
                        || rel == Relation.SHELLED || rel == Relation.ATTACKED)
                        && (ORIGIN.contains(t.word(p.from() - 1)) || p.mention().surface() != null
                        && p.mention().surface().startsWith("من"));
                if (origin || objectFactionBetween(inClause, actorGroup, after, p)) {
                    continue;
                }

                first = p;
                break;
            }
            if (first == null && (nominal || rel == Relation.CONTROLS)) {
                first = nearestBefore(placesIn, Math.min(cue.from(), actor.from() < cue.from() ? cue.from()
                        : actor.from()), 6);
                if (first != null && between.test(first.to(), cue.from())) {
                    first = null;
                }
            }
        }
        if (first == null && !nominal) {
            // "البوكمال، والتي كان التنظيم يسيطر عليها", "Jarablus, which ISIS holds": the antecedent is the place
            int rel0 = relativeBefore(t, cue.from());
            if (rel0 >= 0) {
                Place antecedent = nearestBefore(placesIn, rel0, 4);
                if (antecedent != null && !between.test(antecedent.to(), cue.from())) {
                    first = antecedent;
                }
            }
        }
        if (first == null) {
            return List.of();
        }
        return withCoordinated(t, first, placesIn);
    }

    /** The place and those joined to it: "إدلب وعفرين", "Tal Abyad and Ras al-Ain", "بلدتي كفريا والفوعة". */
    private static List<Place> withCoordinated(Tokens t, Place first, List<Place> placesIn) {
        List<Place> out = new ArrayList<>();
        out.add(first);
        Place cur = first;
        for (Place p : placesIn) {
            if (p.from() < cur.to()) {
                continue;
            }
            int gap = p.from() - cur.to();
            boolean joined = gap == 0 && (startsWithWaw(p) || t.gapAfter(cur.to() - 1).contains(","))
                    || gap >= 1 && gap <= 2 && allConnectors(t, cur.to(), p.from());
            if (!joined) {
                break;
            }
            out.add(p);
            cur = p;
        }
        return out;
    }

    /** Token index of a relative pronoun at most five words before the cue, or -1. */
    private static int relativeBefore(Tokens t, int cue) {
        for (int i = cue - 1; i >= Math.max(0, cue - 5); i--) {
            if (RELATIVE_PRONOUNS.contains(t.word(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWithWaw(Place p) {
        String s = p.mention().surface();
        return s != null && (s.startsWith("و") || s.startsWith("and "));
    }

    private static boolean allConnectors(Tokens t, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = t.word(i);
            if (!CONNECTORS.contains(w) && !(w.startsWith("و") && CONNECTORS.contains(w.substring(1)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean objectFactionBetween(List<Actor> inClause, List<Actor> actorGroup, int after, Place p) {
        for (Actor a : inClause) {
            if (actorGroup.contains(a) || a.from() < after || a.to() > p.from()) {
                continue;
            }
            if (p.from() - a.to() > 3) {
                return true;
            }
        }
        return false;
    }

    private static Place nearestBefore(List<Place> placesIn, int before, int maxGap) {
        Place best = null;
        for (Place p : placesIn) {
            if (p.to() <= before && before - p.to() <= maxGap) {
                best = p;
            }
        }
        return best;
    }

    /** The quantity between cue and place, or just before the place ("80% of Raqqa"), nearest to the place. */
    private static Double near(List<Quantity> qs, Tokens t, RelationLexicon.CueHit cue, Place p) {
        int lo = Math.min(t.start(cue.from()), p.mention().start());
        int hi = Math.max(t.end(cue.to() - 1), p.mention().end());
        Quantity best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Quantity q : qs) {
            boolean inside = q.start() >= lo && q.end() <= hi;
            boolean justBefore = q.end() <= p.mention().start() && p.mention().start() - q.end() <= 30;
            if (!inside && !justBefore) {
                continue;
            }
            int d = q.end() <= p.mention().start() ? p.mention().start() - q.end() : q.start() - p.mention().end();
            d = Math.abs(d);
            if (d < bestDist) {
                best = q;
                bestDist = d;
            }
        }
        return best == null ? null : best.value();
    }

    private void agreedZones(Tokens t, RelationLexicon.CueHit cue, List<RelationLexicon.CueHit> cues, int cTo, List<Actor> inClause, List<Place> placesIn,
                             String focus, ClaimTimeParser.TimeExpression time, boolean negated, boolean hedged,
                             TextSpan clause, String evidence, Map<String, Claim> out) {
        List<Actor> after = inClause.stream().filter(a -> a.from() >= cue.to()).toList();
        for (int i = 0; i < after.size(); i++) {
            Actor a = after.get(i);
            int limit = i + 1 < after.size() ? after.get(i + 1).from() : cTo;
            for (Place p : placesIn) {
                boolean otherCue = cues.stream().anyMatch(c -> c.cue().relation() != Relation.AGREED_ZONE
                        && c.from() >= cue.to() && c.to() <= p.from());
                if (otherCue) {
                    break;
                }
                if (p.from() >= a.to() && p.to() <= limit) {
                    for (Place zone : withCoordinated(t, p, placesIn)) {
                        String placeId = zone.mention().placeId();
                        String scope = placeId.endsWith("-governorate") ? null : focus;
                        out.putIfAbsent(a.factionId() + "|agreed|" + placeId + "|" + clause.start(),
                                new Claim(a.factionId(), Relation.AGREED_ZONE, placeId, scope, null, null,
                                        time == null ? null : time.date(), negated, hedged, clause.start(),
                                        clause.end(), evidence));
                    }
                    break;
                }
            }
        }
    }

    /** The governorate the text is about: named most often, directly or through its capital and countryside. */
    private static String governorateInFocus(List<Place> places) {
        Map<String, Integer> score = new HashMap<>();
        for (Place p : places) {
            String id = p.mention().placeId();
            for (String g : GOVERNORATES) {
                if (id.equals(g + "-governorate") || id.equals(g) || id.startsWith(g + "-countryside")) {
                    score.merge(g + "-governorate", id.endsWith("-governorate") ? 2 : 1, Integer::sum);
                }
            }
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static boolean isBankRegion(String placeId) {
        return placeId.equals("euphrates-east-bank") || placeId.equals("euphrates-west-bank");
    }

    private static boolean isArabic(String w) {
        return !w.isEmpty() && w.charAt(0) >= '\u0600' && w.charAt(0) <= '\u06FF';
    }
}
