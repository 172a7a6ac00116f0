package org.frontlinemap.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.frontlinemap.geoparse.Mention;

/**
 * Scores a {@link ClaimExtractor} against gold items. A found claim matches a gold claim when actor, relation and
 * place agree (each gold claim matches at most once); precision, recall and F1 count those matches. Among matches,
 * share (within 0.05), area (within 5 %), negation and validFrom (same date) are scored as accuracies.
 */
public final class ClaimScorer {

    /** A gold claim not found, or a found claim not in the gold. */
    public record Miss(String itemId, String kind, String actor, String relation, String placeId, String detail) {
    }

    /** The figures of one run. */
    public record Report(int items, int gold, int found, int matched, double precision, double recall, double f1,
                         Accuracy share, Accuracy area, Accuracy negated, Accuracy validFrom, List<Miss> misses) {

        public String toText() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "claims: %d items, gold %d, found %d, matched %d%n", items, gold,
                    found, matched));
            sb.append(String.format(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f%n", precision, recall, f1));
            sb.append("share accuracy ").append(share.text()).append(", area accuracy ").append(area.text())
                    .append(", negation accuracy ").append(negated.text()).append(", validFrom accuracy ")
                    .append(validFrom.text()).append('\n');
            for (Miss m : misses) {
                sb.append(String.format(Locale.ROOT, "  %-5s %-10s %s %s %s %s%n", m.kind(), m.itemId(), m.actor(),
                        m.relation(), m.placeId(), m.detail() == null ? "" : m.detail()));
            }
            return sb.toString();
        }
    }

    /** {@code correct} of {@code total} compared pairs. */
    public record Accuracy(int correct, int total) {
        public double value() {
            return total == 0 ? 1.0 : (double) correct / total;
        }

        String text() {
            return String.format(Locale.ROOT, "%d/%d", correct, total);
        }
    }

    private ClaimScorer() {
    }

    /**
     * Runs {@code extractor} on every item, with mentions from {@code mentionsFor} (a geoparser, or
     * {@link #goldMentions(List)}), and scores the result.
     */
    public static Report score(List<GoldItem> items, ClaimExtractor extractor,
                               Function<String, List<Mention>> mentionsFor) {
        int gold = 0;
        int found = 0;
        int matched = 0;
        int[] share = new int[2];
        int[] area = new int[2];
        int[] neg = new int[2];
        int[] from = new int[2];
        List<Miss> misses = new ArrayList<>();
        for (GoldItem item : items) {
            List<Claim> got = extractor.extract(item.text(), mentionsFor.apply(item.text()), item.date());
            gold += item.claims().size();
            found += got.size();
            List<Claim> unmatched = new ArrayList<>(got);
            for (GoldItem.GoldClaim g : item.claims()) {
                Claim hit = null;
                for (Claim c : unmatched) {
                    if (c.actor().equals(g.actor()) && c.relation() == g.relation() && c.placeId().equals(g.placeId())) {
                        hit = c;
                        break;
                    }
                }
                if (hit == null) {
                    misses.add(new Miss(item.id(), "miss", g.actor(), g.relation().code(), g.placeId(), null));
                    continue;
                }
                unmatched.remove(hit);
                matched++;
                List<String> wrong = new ArrayList<>();
                if (g.share() != null || hit.share() != null) {
                    share[1]++;
                    if (g.share() != null && hit.share() != null && Math.abs(g.share() - hit.share()) <= 0.05) {
                        share[0]++;
                    } else {
                        wrong.add("share " + hit.share() + " != " + g.share());
                    }
                }
                if (g.areaKm2() != null || hit.areaKm2() != null) {
                    area[1]++;
                    if (g.areaKm2() != null && hit.areaKm2() != null
                            && Math.abs(g.areaKm2() - hit.areaKm2()) <= 0.05 * g.areaKm2()) {
                        area[0]++;
                    } else {
                        wrong.add("area " + hit.areaKm2() + " != " + g.areaKm2());
                    }
                }
                neg[1]++;
                if (g.negated() == hit.negated()) {
                    neg[0]++;
                } else {
                    wrong.add("negated " + hit.negated() + " != " + g.negated());
                }
                if (g.validFrom() != null || hit.validFrom() != null) {
                    from[1]++;
                    if (Objects.equals(g.validFrom(), hit.validFrom())) {
                        from[0]++;
                    } else {
                        wrong.add("validFrom " + hit.validFrom() + " != " + g.validFrom());
                    }
                }
                if (!wrong.isEmpty()) {
                    misses.add(new Miss(item.id(), "attr", g.actor(), g.relation().code(), g.placeId(),
                            String.join("; ", wrong)));
                }
            }
            for (Claim c : unmatched) {
                misses.add(new Miss(item.id(), "extra", c.actor(), c.relation().code(), c.placeId(),
                        "\"" + c.evidence() + "\""));
            }
        }
        double p = found == 0 ? (gold == 0 ? 1 : 0) : (double) matched / found;
        double r = gold == 0 ? 1 : (double) matched / gold;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Report(items.size(), gold, found, matched, p, r, f1, new Accuracy(share[0], share[1]),
                new Accuracy(area[0], area[1]), new Accuracy(neg[0], neg[1]), new Accuracy(from[0], from[1]), misses);
    }

    /** Mentions looked up from the gold items by text, for scoring the extractor on its own. */
    public static Function<String, List<Mention>> goldMentions(List<GoldItem> items) {
        Map<String, List<Mention>> byText = new HashMap<>();
        for (GoldItem i : items) {
            byText.put(i.text(), i.toMentions());
        }
        return text -> byText.getOrDefault(text, List.of());
    }

    static boolean sameDate(LocalDate a, LocalDate b) {
        return Objects.equals(a, b);
    }
}
