package org.frontlinemap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.frontlinemap.store.ArticleQueries.ClaimSpan;
import org.frontlinemap.store.ArticleQueries.MentionSpan;

/**
 * Cuts an article body into runs at every mention and claim boundary, so that a view can wrap each run in the
 * elements it needs without ever interpreting the text as markup. Mentions never overlap each other and stay whole
 * (a claim edge that falls inside a mention is moved out to the mention's edges); claims may overlap each other
 * and contain mentions.
 */
final class ArticleText {

    /** A run of text: at most one mention, and every claim that covers it. */
    record Run(int start, int end, String text, MentionSpan mention, List<ClaimSpan> claims) {
    }

    private ArticleText() {
    }

    static List<Run> runs(String body, int from, int to, List<MentionSpan> mentions, List<ClaimSpan> claims) {
        int lo = clamp(from, 0, body.length());
        int hi = clamp(to, lo, body.length());
        List<MentionSpan> inside = new ArrayList<>();
        for (MentionSpan m : mentions) {
            if (m.start() >= lo && m.end() <= hi && m.start() < m.end()) {
                inside.add(m);
            }
        }
        inside.sort((a, b) -> Integer.compare(a.start(), b.start()));
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(lo);
        cuts.add(hi);
        for (MentionSpan m : inside) {
            cuts.add(m.start());
            cuts.add(m.end());
        }
        for (ClaimSpan c : claims) {
            for (int edge : new int[] {c.start(), c.end()}) {
                if (edge > lo && edge < hi && mentionStrictlyContaining(inside, edge) == null) {
                    cuts.add(edge);
                }
            }
        }
        List<Run> out = new ArrayList<>();
        Integer a = null;
        for (int b : cuts) {
            if (a != null && b > a) {
                MentionSpan m = mentionAt(inside, a, b);
                List<ClaimSpan> covering = new ArrayList<>();
                for (ClaimSpan c : claims) {
                    if (c.start() < b && c.end() > a) {
                        covering.add(c);
                    }
                }
                out.add(new Run(a, b, body.substring(a, b), m, List.copyOf(covering)));
            }
            a = b;
        }
        return out;
    }

    private static MentionSpan mentionStrictlyContaining(List<MentionSpan> mentions, int offset) {
        for (MentionSpan m : mentions) {
            if (m.start() < offset && offset < m.end()) {
                return m;
            }
        }
        return null;
    }

    private static MentionSpan mentionAt(List<MentionSpan> mentions, int a, int b) {
        for (MentionSpan m : mentions) {
            if (m.start() <= a && b <= m.end()) {
                return m;
            }
        }
        return null;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
