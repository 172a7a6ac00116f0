package org.frontlinemap.geoparse;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import org.frontlinemap.gazetteer.Gazetteer;
import org.frontlinemap.gazetteer.Place;

/**
 * Finds every dictionary phrase (place aliases, non-place names, bank phrases, metonyms, pronoun cues) in a match
 * text with one Aho-Corasick pass, checks word boundaries (allowing Arabic proclitics and names run together), and
 * keeps the longest non-overlapping matches.
 *
 * <p>Arabic proclitics are handled by the boundary check rather than by stemming the text: a match is accepted when
 * what stands between the start of its word and the match is a proclitic sequence allowed for that entry's form
 * (و ف ب ل ك and their pairs; only و ف before the لل form of a name with the article). Names are never stemmed.
 */
final class AliasMatcher {

    enum Type {
        // order = priority when two entries claim the same span
        NON_PLACE, RELATIVE, METONYM, NAME, CUE
    }

    /** Article handling of an Arabic entry: bare (حلب), with the article (الرقه), or the لل form (للرقه). */
    enum Form {
        BARE, ARTICLE, LAM
    }

    static final class Entry {
        final Type type;
        final String key;
        final Form form;
        final boolean arabic;
        final List<Place> places = new ArrayList<>();
        String placeId;
        /** for relative regions that are a directed part of their place */
        String direction;
        String cueType;

        Entry(Type type, String key, Form form) {
            this.type = type;
            this.key = key;
            this.form = form;
            this.arabic = MatchText.startsArabic(key);
        }
    }

    /** An accepted match: {@code start..end} is the entry, {@code surfaceStart} includes a glued proclitic. */
    record Match(int surfaceStart, int start, int end, Entry entry) {
        String clitic(String text) {
            return text.substring(surfaceStart, start);
        }
    }

    /** Longest first; at equal length the entry type's priority, then the earlier one. */
    private static final Comparator<Match> LONGEST_FIRST = (a, b) -> {
        int c = Integer.compare(b.end - b.start, a.end - a.start);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.entry.type.ordinal(), b.entry.type.ordinal());
        return c != 0 ? c : Integer.compare(a.start, b.start);
    };

    private static final Set<String> BARE_CLITICS = Set.of("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك");
    private static final Set<String> ARTICLE_CLITICS = Set.of("و", "ف", "ب", "ك", "وب", "فب", "وك", "فك");
    private static final Set<String> LAM_CLITICS = Set.of("و", "ف");

    /** One raw dictionary hit: {@code start..end} inclusive, as found before the boundary checks. */
    private record Hit(int start, int end, Entry payload) {
    }

    /** Keyed by the encoded phrase; several entries can share one encoding, the real text decides between them. */
    private final AhoCorasickDoubleArrayTrie<List<Entry>> trie = new AhoCorasickDoubleArrayTrie<>();

    AliasMatcher(Gazetteer gazetteer, GeoparseLexicon lexicon) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Place p : gazetteer.places()) {
            List<String> keys = new ArrayList<>();
            for (String name : names(p)) {
                keys.add(MatchText.key(name));
            }
            for (String key : keys) {
                String k = withoutAdminWord(key, keys, lexicon);
                if (k.length() < 2) {
                    continue;
                }
                for (String v : variants(k, true)) {
                    Entry e = entry(entries, Type.NAME, v);
                    if (e.type == Type.NAME && !e.places.contains(p)) {
                        e.places.add(p);
                    }
                }
            }
        }
        for (String k : lexicon.nonPlaces) {
            for (String v : variants(k, false)) {
                entry(entries, Type.NON_PLACE, v);
            }
        }
        addFixed(entries, Type.RELATIVE, lexicon.relativeRegions);
        lexicon.relativeDirections.forEach((phrase, dir) -> {
            for (String v : variants(phrase, false)) {
                Entry e = entries.get(v.startsWith("\u0000L") ? v.substring(2) : v);
                if (e != null && e.type == Type.RELATIVE) {
                    e.direction = dir;
                }
            }
        });
        addFixed(entries, Type.METONYM, lexicon.metonyms);
        for (String cueType : List.of("countryside-pronoun", "countryside-ownerless", "direction-pronoun")) {
            for (String k : lexicon.cue(cueType).keySet()) {
                for (String v : variants(k, false)) {
                    Entry e = entry(entries, Type.CUE, v);
                    if (e.type == Type.CUE) {
                        e.cueType = cueType;
                    }
                }
            }
        }
        // a double-array Aho-Corasick automaton: transitions are array look-ups, not hash-map look-ups per character
        java.util.TreeMap<String, List<Entry>> encoded = new java.util.TreeMap<>();
        entries.forEach((k, e) -> encoded.computeIfAbsent(encode(k), x -> new ArrayList<>(1)).add(e));
        trie.build(encoded);
    }

    /**
     * "محافظة دير الزور", "مدينة حلب" and "Raqqa Governorate" are indexed as the bare name: the cue word is read as context, so
     * that محافظة X yields the same span whether or not the gazetteer spells the word out.
     */
    private static String withoutAdminWord(String k, List<String> allKeys, GeoparseLexicon lexicon) {
        int sp = k.indexOf(' ');
        if (sp > 0 && MatchText.startsArabic(k)) {
            String first = k.substring(0, sp);
            // مدينة حلب -> حلب only when حلب is a name of the place anyway: مدينة الثورة must not become الثورة
            if (lexicon.cue("governorate-of").containsKey(first)
                    || (lexicon.cue("city-of").containsKey(first) && allKeys.contains(k.substring(sp + 1)))) {
                return k.substring(sp + 1);
            }
        }
        int last = k.lastIndexOf(' ');
        if (last > 0 && !MatchText.startsArabic(k) && lexicon.cue("governorate-after").containsKey(k.substring(last + 1))) {
            return k.substring(0, last);
        }
        return k;
    }

    private static void addFixed(Map<String, Entry> entries, Type type, Map<String, String> phrases) {
        phrases.forEach((phrase, id) -> {
            for (String v : variants(phrase, false)) {
                Entry e = entry(entries, type, v);
                if (e.type == type) {
                    e.placeId = id;
                }
            }
        });
    }

    /** The entry for a key; an entry of higher priority keeps the key. */
    private static Entry entry(Map<String, Entry> entries, Type type, String variant) {
        String key = variant;
        Form form = Form.BARE;
        if (variant.startsWith("\u0000L")) {
            key = variant.substring(2);
            form = Form.LAM;
        } else if (MatchText.startsArabic(variant) && variant.startsWith("ال") && variant.length() > 3) {
            form = Form.ARTICLE;
        }
        Entry old = entries.get(key);
        if (old == null || type.ordinal() < old.type.ordinal()) {
            Entry e = new Entry(type, key, form);
            entries.put(key, e);
            return e;
        }
        return old;
    }

    /**
     * Spellings of one key: as is; for an Arabic name with the article its لل form (marked with a NUL prefix);
     * for multi-word Arabic names the run-together form (الولاياتالمتحده); for Latin names with an article
     * (al-, ar-, ash-, el-) the name without it.
     */
    private static List<String> variants(String k, boolean isName) {
        List<String> out = new ArrayList<>(4);
        out.add(k);
        if (MatchText.startsArabic(k)) {
            if (k.startsWith("ال") && k.length() > 3) {
                out.add("\u0000L" + "لل" + k.substring(2));
            }
            if (k.indexOf(' ') > 0) {
                String glued = k.replace(" ", "");
                out.add(glued);
                if (glued.startsWith("ال") && glued.length() > 3) {
                    out.add("\u0000L" + "لل" + glued.substring(2));
                }
            }
        } else if (isName) {
            int sp = k.indexOf(' ');
            if (sp > 0 && sp <= 3 && Set.of("al", "el", "ar", "as", "ash", "ad", "az", "at", "an", "ez").contains(k.substring(0, sp))
                    && k.length() - sp - 1 >= 4) {
                out.add(k.substring(sp + 1));
            }
        }
        return out;
    }

    private static List<String> names(Place p) {
        List<String> n = new ArrayList<>();
        if (p.nameEn() != null) {
            n.add(p.nameEn());
        }
        if (p.nameAr() != null) {
            n.add(p.nameAr());
        }
        n.addAll(p.aliasesEn());
        n.addAll(p.aliasesAr());
        return n;
    }

    /**
     * The automaton walks text recoded into chars below 128, which keeps its double array small and quick to build
     * (Arabic code points would spread it over thousands of slots). Folded Arabic letters
     * (U+0621..U+064A) take the places of the upper-case Latin letters and control characters, which folded text
     * never contains; any other character becomes DEL. One char for one char, so offsets are unchanged; a match is
     * checked against the real text before it is used.
     */
    static String encode(String s) {
        char[] c = new char[s.length()];
        for (int i = 0; i < c.length; i++) {
            char ch = s.charAt(i);
            if (ch < 128) {
                c[i] = (ch >= 'A' && ch <= 'Z') || ch < 32 ? '\u007F' : ch;
            } else if (ch >= '\u0621' && ch <= '\u063A') {
                c[i] = (char) ('A' + (ch - '\u0621'));
            } else if (ch >= '\u063B' && ch <= '\u064A') {
                c[i] = (char) (1 + (ch - '\u063B'));
            } else {
                c[i] = '\u007F';
            }
        }
        return new String(c);
    }

    /** Accepted, non-overlapping matches in order of start. */
    List<Match> find(String t) {
        List<Hit> raw = new ArrayList<>();
        AhoCorasickDoubleArrayTrie.IHit<List<Entry>> collect = (begin, end, candidates) -> {
            for (Entry entry : candidates) {
                if (t.regionMatches(begin, entry.key, 0, entry.key.length())) {
                    raw.add(new Hit(begin, end - 1, entry));
                }
            }
        };
        trie.parseText(encode(t), collect);
        if (raw.isEmpty()) {
            return List.of();
        }
        // Arabic names by start and by end, for names run together (روسياوتركيا)
        Map<Integer, List<Hit>> byStart = new HashMap<>();
        Map<Integer, List<Hit>> byEnd = new HashMap<>();
        for (Hit e : raw) {
            Entry en = e.payload();
            if (en.type != Type.CUE && en.arabic && en.key.length() >= 3) {
                byStart.computeIfAbsent(e.start(), x -> new ArrayList<>(2)).add(e);
                byEnd.computeIfAbsent(e.end() + 1, x -> new ArrayList<>(2)).add(e);
            }
        }
        List<Match> ok = new ArrayList<>();
        for (Hit e : raw) {
            Match m = accept(t, e.start(), e.end() + 1, e.payload(), byStart, byEnd);
            if (m != null) {
                ok.add(m);
            }
        }
        ok.sort(LONGEST_FIRST);
        BitSet used = new BitSet(t.length());
        List<Match> chosen = new ArrayList<>();
        for (Match m : ok) {
            int next = used.nextSetBit(m.surfaceStart);
            if (next >= 0 && next < m.end) {
                continue;
            }
            used.set(m.surfaceStart, m.end);
            chosen.add(m);
        }
        chosen.sort((a, b) -> Integer.compare(a.start, b.start));
        return chosen;
    }

    private Match accept(String t, int s, int e, Entry en, Map<Integer, List<Hit>> byStart,
            Map<Integer, List<Hit>> byEnd) {
        int ws = s;
        while (ws > 0 && MatchText.isWordChar(t.charAt(ws - 1))) {
            ws--;
        }
        int surfaceStart;
        if (ws == s) {
            if (en.form == Form.LAM) {
                surfaceStart = s; // the لل form itself carries the preposition
            } else {
                surfaceStart = s;
            }
        } else if (!en.arabic) {
            return null;
        } else if (cliticsFor(en.form).contains(t.substring(ws, s))) {
            surfaceStart = ws;
        } else if (en.type == Type.NAME && gluedBefore(t, ws, s, byEnd)) {
            surfaceStart = s;
        } else {
            return null;
        }
        boolean rightOk = e >= t.length() || !MatchText.isWordChar(t.charAt(e));
        if (!rightOk) {
            if (!en.arabic || en.type != Type.NAME) {
                return null;
            }
            boolean glued = byStart.containsKey(e)
                    || (t.charAt(e) == 'و' && e + 1 < t.length() && byStart.containsKey(e + 1));
            if (!glued) {
                return null;
            }
        }
        return new Match(surfaceStart, s, e, en);
    }

    /** True when the letters before {@code s} in its word are a known name (plus an optional و) starting the word. */
    private boolean gluedBefore(String t, int ws, int s, Map<Integer, List<Hit>> byEnd) {
        List<Hit> before = byEnd.get(s);
        if (before == null && t.charAt(s - 1) == 'و') {
            before = byEnd.get(s - 1);
        }
        if (before == null) {
            return false;
        }
        for (Hit b : before) {
            Entry be = b.payload();
            if (be.type != Type.NAME || b.start() < ws) {
                continue;
            }
            String prefix = t.substring(ws, b.start());
            if (prefix.isEmpty() || cliticsFor(be.form).contains(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> cliticsFor(Form f) {
        return switch (f) {
            case BARE -> BARE_CLITICS;
            case ARTICLE -> ARTICLE_CLITICS;
            case LAM -> LAM_CLITICS;
        };
    }
}
