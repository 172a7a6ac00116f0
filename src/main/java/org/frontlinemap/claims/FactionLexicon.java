package org.frontlinemap.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The factions of {@code geodata/factions.tsv} and a finder for their names in a text, Arabic and English.
 *
 * <p>Arabic aliases match after {@link org.frontlinemap.text.ArabicNormalizer} folding, with a proclitic on the first
 * word (و ف ب ل ك, their pairs, and ل + ال as لل: وقوات, للتحالف, بتركيا) and the known typo قوت for قوات. English
 * aliases match case-insensitively, except all-capital aliases of two letters ("IS"), which must match exactly.
 * Leftmost-longest wins, so قوات سوريا الديمقراطية is one SDF hit, not a place, and الجيش السوري الحر is the
 * opposition, not the army.
 *
 * <p>Context rules for ambiguous aliases (a rejected hit is simply not a faction mention):
 * <ul>
 *   <li>النظام, التحالف, المعارضة, الهيئة, الجيش الوطني: rejected when the next word is an adjective-like word with
 *       the article and a nisba ending (ال…ي / ال…ية), other than السوري/السورية, الدولي, المسلحة (النظام الداخلي,
 *       التحالف العربي, المعارضة التركية, الجيش الوطني اللبناني); التحالف also when followed by بين/مع (an alliance
 *       between); all of them when preceded by هذا/هذه/ذلك.</li>
 *   <li>"coalition" / "regime": rejected after "led" or a nationality other than US ("Saudi-led coalition", "Arab
 *       coalition"), or before "government".</li>
 *   <li>Countries as actors (تركيا, روسيا, أنقرة, موسكو, Turkey, Russia, Ankara, Moscow): an actor only when not the
 *       object of a place preposition — rejected after في/إلى/من/نحو/داخل/حدود/مع/عبر/باتجاه (in, into, to, from,
 *       with, near, across, inside, border, toward) or with a glued ب/ل/ك (بتركيا = in Turkey). Such a hit is a
 *       place and is left to the geoparser.</li>
 *   <li>The short form سوريا الديمقراطية: the SDF, unless it reads as "a democratic Syria" — after بناء/دولة/مستقبل/نحو,
 *       or before المدنية/التعددية/الموحدة/الجديدة/العلمانية.</li>
 * </ul>
 */
public final class FactionLexicon {

    /** A faction as listed in the file. */
    public record Faction(String id, int legendOrder, String colour, String nameEn, String nameAr,
                          List<String> aliasesEn, List<String> aliasesAr) {
    }

    /** A faction named in a text, at original offsets {@code [start, end)}. */
    public record FactionMention(int start, int end, String factionId, String alias) {
    }

    /** A hit with its tokens, for the extractor. */
    record TokenHit(int from, int to, String proclitic, String factionId, String alias) {
    }

    private static final Set<String> CONTEXT_WORDS = Words.folded("النظام", "التحالف", "المعارضه", "الهيئه", "الجيش الوطني",
            "regime", "the regime", "coalition");
    private static final Set<String> ADJECTIVE_OK = Words.folded("السوري", "السوريه", "الدولي", "المسلحه", "المسلح");
    private static final Set<String> COUNTRY_WORDS = Words.folded("تركيا", "روسيا", "انقره", "موسكو", "turkey", "russia",
            "ankara", "moscow");
    private static final Set<String> PLACE_PREPOSITIONS = Words.folded("في", "الي", "من", "نحو", "داخل", "حدود", "مع", "عبر",
            "باتجاه", "اراضي", "جنوب", "شمال", "شرق", "غرب", "in", "into", "to", "from", "with", "near", "across",
            "inside", "border", "toward", "towards", "of");
    private static final Set<String> NATIONALITY = Words.folded("السوري", "السورية", "السوريه", "syrian");
    private static final Set<String> DEMONSTRATIVES = Words.folded("هذا", "هذه", "ذلك", "تلك");
    private static final Set<String> FOREIGN_LEADERS = Words.folded("saudi", "arab", "led", "ruling", "national", "governing",
            "opposition", "iraqi", "lebanese", "turkish", "russian", "iranian");

    private final List<Faction> factions;
    private final PhraseMatcher<String> matcher = new PhraseMatcher<>();

    private FactionLexicon(List<Faction> factions) {
        this.factions = List.copyOf(factions);
        for (Faction f : factions) {
            List<String> en = new ArrayList<>(f.aliasesEn());
            en.add(f.nameEn().replaceAll("\\s*\\(.*\\)", ""));
            for (String a : en) {
                boolean exact = a.length() <= 2 && a.equals(a.toUpperCase(java.util.Locale.ROOT));
                matcher.add(a, exact, f.id());
            }
            List<String> ar = new ArrayList<>(f.aliasesAr());
            ar.add(f.nameAr());
            for (String a : ar) {
                matcher.add(a, false, f.id());
            }
        }
    }

    /** The bundled lexicon from the classpath. */
    public static FactionLexicon load() {
        try (InputStream in = FactionLexicon.class.getClassLoader().getResourceAsStream("geodata/factions.tsv")) {
            if (in == null) {
                throw new IllegalStateException("geodata/factions.tsv is missing from the classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read geodata/factions.tsv", e);
        }
    }

    /** Parses the TSV: comment lines start with #, the first other line is the header. */
    public static FactionLexicon parse(Reader reader) throws IOException {
        List<Faction> out = new ArrayList<>();
        LexiconTsv.read(reader, (lineNo, c) -> {
            if (c.length < 7) {
                throw new IOException("factions.tsv line " + lineNo + ": expected 7 columns, got " + c.length);
            }
            int order;
            try {
                order = Integer.parseInt(c[1].trim());
            } catch (NumberFormatException e) {
                throw new IOException("factions.tsv line " + lineNo + ": bad legend_order '" + c[1] + "'");
            }
            out.add(new Faction(c[0].trim(), order, c[2].trim(), c[3].trim(), c[4].trim(), split(c[5]), split(c[6])));
        });
        return new FactionLexicon(out);
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String a : s.split("\\|")) {
            if (!a.isBlank()) {
                out.add(a.trim());
            }
        }
        return Collections.unmodifiableList(out);
    }

    public List<Faction> factions() {
        return factions;
    }

    /** Faction mentions in a text, sorted, non-overlapping, context rules applied. Never throws. */
    public List<FactionMention> find(String text) {
        Tokens t = Tokens.of(text);
        List<FactionMention> out = new ArrayList<>();
        for (TokenHit h : find(t)) {
            out.add(new FactionMention(t.start(h.from()), t.end(h.to() - 1), h.factionId(), h.alias()));
        }
        return out;
    }

    List<TokenHit> find(Tokens t) {
        List<TokenHit> out = new ArrayList<>();
        for (PhraseMatcher.Hit<String> h : matcher.find(t)) {
            if (accepted(t, h)) {
                // "قوات النظام السوري": the nationality adjective belongs to the name, not to a place mention
                int to = h.to();
                if (NATIONALITY.contains(t.word(to))) {
                    to++;
                }
                out.add(new TokenHit(h.from(), to, h.proclitic(), h.value(), h.phrase()));
            }
        }
        return out;
    }

    private static boolean accepted(Tokens t, PhraseMatcher.Hit<String> h) {
        String phrase = t.foldedBetween(h.from(), h.to());
        if (!h.proclitic().isEmpty()) {
            phrase = phrase.substring(h.proclitic().length());
            if (phrase.startsWith("ل") && h.proclitic().endsWith("ل")) {
                phrase = "ا" + phrase;
            }
        }
        String prev = t.word(h.from() - 1);
        String next = t.word(h.to());
        if (CONTEXT_WORDS.contains(phrase)) {
            if (DEMONSTRATIVES.contains(prev)) {
                return false;
            }
            if (phrase.equals("coalition") || phrase.equals("regime") || phrase.equals("the regime")) {
                return !FOREIGN_LEADERS.contains(prev) && !next.equals("government");
            }
            if (isNisbaAdjective(next) && !ADJECTIVE_OK.contains(next)) {
                return false;
            }
            if (phrase.equals("التحالف") && (next.equals("بين") || next.equals("مع"))) {
                return false;
            }
        }
        if (COUNTRY_WORDS.contains(phrase)) {
            Clitics.Reading r = new Clitics.Reading(h.proclitic(), phrase);
            return !r.hasPreposition() && !PLACE_PREPOSITIONS.contains(stripConjunction(prev));
        }
        if (phrase.equals("سوريا الديمقراطيه") || phrase.equals("سوريه الديمقراطيه")) {
            return !Set.of("بناء", "دوله", "مستقبل", "نحو").contains(prev)
                    && !Set.of("المدنيه", "التعدديه", "الموحده", "الجديده", "العلمانيه").contains(next);
        }
        return true;
    }

    private static String stripConjunction(String w) {
        return w.length() > 2 && (w.startsWith("و") || w.startsWith("ف")) && !Set.of("في").contains(w)
                && PLACE_PREPOSITIONS.contains(w.substring(1)) ? w.substring(1) : w;
    }

    private static boolean isNisbaAdjective(String w) {
        return w.length() >= 5 && w.startsWith("ال") && (w.endsWith("ي") || w.endsWith("يه"));
    }
}
