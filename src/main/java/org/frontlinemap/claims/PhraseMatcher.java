package org.frontlinemap.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.frontlinemap.text.ArabicNormalizer;

/**
 * Finds phrases (sequences of folded words) in {@link Tokens}, leftmost-longest and non-overlapping. The first word of
 * a phrase may carry an Arabic proclitic (وقوات, للتحالف, بنشر); the other words must match as they are. A phrase
 * marked case-sensitive must also match the original spelling (so "IS" the group is not "is" the verb).
 */
final class PhraseMatcher<V> {

    /** A phrase hit: tokens {@code [from, to)}, the proclitic on its first token, and the phrase's value. */
    record Hit<V>(int from, int to, String proclitic, String phrase, V value) {
    }

    private record Entry<V>(String[] words, String phrase, String exact, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

    /** Adds a phrase in its natural spelling; it is folded here. Blank phrases are ignored. */
    void add(String phrase, boolean caseSensitive, V value) {
        String folded = ArabicNormalizer.fold(phrase == null ? "" : phrase.trim());
        List<String> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                cur.append(c);
            } else if (cur.length() > 0) {
                words.add(Clitics.canonical(cur.toString()));
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            words.add(Clitics.canonical(cur.toString()));
        }
        if (words.isEmpty()) {
            return;
        }
        Entry<V> e = new Entry<>(words.toArray(new String[0]), phrase.trim(), caseSensitive ? phrase.trim() : null, value);
        byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(e);
    }

    List<Hit<V>> find(Tokens t) {
        return find(t, 0, t.size());
    }

    /** Hits inside tokens {@code [from, to)}. */
    List<Hit<V>> find(Tokens t, int from, int to) {
        List<Hit<V>> hits = new ArrayList<>();
        int i = Math.max(0, from);
        int end = Math.min(to, t.size());
        while (i < end) {
            Hit<V> best = longestAt(t, i, end);
            if (best == null) {
                i++;
            } else {
                hits.add(best);
                i = best.to();
            }
        }
        return hits;
    }

    private Hit<V> longestAt(Tokens t, int i, int end) {
        Hit<V> best = null;
        for (Clitics.Reading r : Clitics.readings(t.word(i))) {
            List<Entry<V>> entries = byFirstWord.get(r.stem());
            if (entries == null) {
                continue;
            }
            for (Entry<V> e : entries) {
                int n = e.words().length;
                if (i + n > end || (best != null && n <= best.to() - best.from())) {
                    continue;
                }
                boolean ok = true;
                for (int k = 1; k < n && ok; k++) {
                    ok = Clitics.canonical(t.word(i + k)).equals(e.words()[k]);
                }
                if (ok && e.exact() != null) {
                    ok = r.proclitic().isEmpty()
                            && t.original().substring(t.start(i), t.end(i + n - 1)).equals(e.exact());
                }
                if (ok) {
                    best = new Hit<>(i, i + n, r.proclitic(), e.phrase(), e.value());
                }
            }
        }
        return best;
    }
}
