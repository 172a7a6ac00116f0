package org.frontlinemap.ingest;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.frontlinemap.claims.Claim;
import org.frontlinemap.claims.ClaimExtractor;
import org.frontlinemap.geoparse.Geoparser;
import org.frontlinemap.geoparse.Mention;
import org.frontlinemap.store.ArticleRepository;
import org.frontlinemap.store.NewArticle;

/**
 * The ingest pipeline: read files, clean and date each article, skip content already stored, cut it into
 * paragraphs and sentences, find place mentions and control claims in the whole body (so that context crosses
 * paragraph lines), and store it all in one transaction. Plain Java, used by the command line and the web app.
 */
public final class IngestService {

    private final ArticleRepository repository;
    private final Geoparser geoparser;
    private final ClaimExtractor claimExtractor;
    private final IngestLimits limits;

    public IngestService(DataSource dataSource, Geoparser geoparser, ClaimExtractor claimExtractor) {
        this(dataSource, geoparser, claimExtractor, IngestLimits.DEFAULT);
    }

    public IngestService(DataSource dataSource, Geoparser geoparser, ClaimExtractor claimExtractor,
                         IngestLimits limits) {
        this.repository = new ArticleRepository(dataSource);
        this.geoparser = geoparser;
        this.claimExtractor = claimExtractor;
        this.limits = limits;
    }

    /** See {@link ArticleRepository#setPauseInsideTransactionMillis}; for crash tests only. */
    public void setPauseInsideTransactionMillis(long millis) {
        repository.setPauseInsideTransactionMillis(millis);
    }

    /** Ingests files, folders and archives. Never throws for bad input: each problem is an outcome. */
    public IngestSummary ingest(List<Path> paths, IngestOptions options, IngestListener listener) {
        long t0 = System.nanoTime();
        int filesTotal = ArticleReaders.countFiles(paths);
        List<IngestOutcome> outcomes = new ArrayList<>();
        ArticleReaders readers = new ArticleReaders(limits);
        ArticleSink sink = new ArticleSink() {
            int filesDone;

            @Override
            public void article(RawArticle article) {
                record(ingest(article, options));
            }

            @Override
            public void refused(String origin, String reason) {
                record(IngestOutcome.refused(origin, reason));
            }

            @Override
            public void skipped(String origin, String reason) {
                record(new IngestOutcome(IngestOutcome.Status.SKIPPED, origin, null, null, reason));
            }

            @Override
            public void fileDone(String origin) {
                listener.fileDone(++filesDone, Math.max(filesTotal, filesDone));
            }

            private void record(IngestOutcome o) {
                outcomes.add(o);
                listener.outcome(o);
            }
        };
        for (Path p : paths) {
            readers.read(p, sink);
        }
        return new IngestSummary(outcomes, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Ingests one uploaded file given its name and bytes (not an archive). */
    public IngestSummary ingestUpload(String name, byte[] bytes, IngestOptions options) {
        return ingestBytes(name, bytes, null, options);
    }

    /** Ingests one file given its name, bytes and, for a {@code .txt}, its sidecar JSON (or null). */
    public IngestSummary ingestBytes(String name, byte[] bytes, byte[] sidecar, IngestOptions options) {
        long t0 = System.nanoTime();
        List<IngestOutcome> outcomes = new ArrayList<>();
        new ArticleReaders(limits).readBytes(name, bytes, sidecar, new ArticleSink() {
            @Override
            public void article(RawArticle article) {
                outcomes.add(ingest(article, options));
            }

            @Override
            public void refused(String origin, String reason) {
                outcomes.add(IngestOutcome.refused(origin, reason));
            }
        });
        return new IngestSummary(outcomes, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Ingests one article already read. */
    public IngestOutcome ingest(RawArticle raw, IngestOptions options) {
        String origin = raw.origin();
        String body = ArticleStructure.cleanBody(raw.text() == null ? "" : raw.text());
        if (body.isEmpty()) {
            return IngestOutcome.refused(origin, "empty article");
        }
        if (body.length() > limits.maxBodyChars()) {
            return IngestOutcome.refused(origin, "article text too long (" + body.length()
                    + " characters; the limit is " + limits.maxBodyChars() + ")");
        }
        String hash = ContentHasher.hash(body);
        try {
            Optional<Long> existing = repository.findByHash(hash);
            if (existing.isPresent()) {
                return new IngestOutcome(IngestOutcome.Status.DUPLICATE, origin, existing.get(), raw.title(),
                        "same content as article " + existing.get());
            }
            ArticleStructure structure = ArticleStructure.of(body);
            Dating dating = date(raw, body, options);
            List<Mention> mentions;
            List<Claim> claims;
            try {
                mentions = validMentions(body, geoparser.parse(body));
                claims = validClaims(body, claimExtractor.extract(body, mentions, dating.date()));
            } catch (RuntimeException e) {
                return IngestOutcome.refused(origin, "text analysis failed: " + e);
            }
            String title = raw.title() != null ? raw.title() : headline(body, structure);
            NewArticle row = new NewArticle(hash, title, firstNonNull(raw.source(), options.source()), raw.url(),
                    firstNonNull(raw.lang(), options.lang(), guessLang(body)), dating.date(), dating.estimated(),
                    dating.basis(), body, origin, raw.sources(), paragraphRows(structure), mentions, claims);
            ArticleRepository.Insert ins = repository.insert(row);
            return ins.duplicate()
                    ? new IngestOutcome(IngestOutcome.Status.DUPLICATE, origin, ins.articleId(), title,
                    "same content as article " + ins.articleId())
                    : new IngestOutcome(IngestOutcome.Status.NEW, origin, ins.articleId(), title, null);
        } catch (SQLException e) {
            return IngestOutcome.refused(origin, "could not store: " + e.getMessage());
        }
    }

    /** The article date and where it came from (column {@code date_basis}). */
    public record Dating(LocalDate date, boolean estimated, String basis) {
    }

    static Dating date(RawArticle raw, String body, IngestOptions options) {
        if (raw.published() != null) {
            return new Dating(raw.published(), raw.dateEstimated(), "metadata");
        }
        Optional<ArticleDateFinder.FoundDate> found = ArticleDateFinder.find(body);
        if (found.isPresent()) {
            return new Dating(found.get().date(), found.get().estimated(), "text");
        }
        if (options.date() != null) {
            return new Dating(options.date(), false, "user");
        }
        return new Dating(null, false, "none");
    }

    /** A first line that stands alone, is short and does not end a sentence reads as a headline. */
    static String headline(String body, ArticleStructure s) {
        if (s.paragraphs().size() < 2) {
            return null;
        }
        String first = s.paragraphs().get(0).text(body);
        if (first.length() > 160 || first.indexOf('\n') >= 0 || first.matches("(?s).*[.!?؟:،,]\\s*$")) {
            return null;
        }
        return first;
    }

    static String guessLang(String body) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < body.length() && i < 5000; i++) {
            char c = body.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') {
                arabic++;
            } else if (c < 128 && Character.isLetter(c)) {
                latin++;
            }
        }
        if (arabic == 0 && latin == 0) {
            return null;
        }
        return arabic >= latin ? "ar" : "en";
    }

    /** Mentions whose span fits the body and matches its surface, sorted, without overlaps. */
    private static List<Mention> validMentions(String body, List<Mention> found) {
        if (found == null) {
            return List.of();
        }
        List<Mention> ok = new ArrayList<>();
        for (Mention m : found) {
            if (m != null && m.placeId() != null && m.start() >= 0 && m.end() > m.start() && m.end() <= body.length()
                    && body.substring(m.start(), m.end()).equals(m.surface())) {
                ok.add(m);
            }
        }
        ok.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        List<Mention> out = new ArrayList<>();
        int lastEnd = -1;
        for (Mention m : ok) {
            if (m.start() >= lastEnd) {
                out.add(m);
                lastEnd = m.end();
            }
        }
        return out;
    }

    private static List<Claim> validClaims(String body, List<Claim> found) {
        if (found == null) {
            return List.of();
        }
        List<Claim> ok = new ArrayList<>();
        for (Claim k : found) {
            if (k != null && k.actor() != null && k.relation() != null && k.placeId() != null && k.start() >= 0
                    && k.end() >= k.start() && k.end() <= body.length()) {
                ok.add(k);
            }
        }
        return ok;
    }

    private static List<NewArticle.ParagraphRow> paragraphRows(ArticleStructure s) {
        List<NewArticle.ParagraphRow> rows = new ArrayList<>(s.paragraphs().size());
        for (ArticleStructure.Paragraph p : s.paragraphs()) {
            List<int[]> sentences = new ArrayList<>(p.sentences().size());
            for (ArticleStructure.Sentence x : p.sentences()) {
                sentences.add(new int[] {x.start(), x.end()});
            }
            rows.add(new NewArticle.ParagraphRow(p.start(), p.end(), sentences));
        }
        return rows;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
