package org.frontlinemap.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontlinemap.claims.Claim;
import org.frontlinemap.geoparse.Mention;

/**
 * Writes articles with their paragraphs, sentences, mentions and claims. Each article is one transaction: after a
 * crash or an error it is either stored whole or not at all. The content hash is unique, so storing the same
 * content twice (even from two processes) keeps one copy.
 */
public final class ArticleRepository {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Outcome of {@link #insert}: the new id, or the id of the article that already has this content. */
    public record Insert(long articleId, boolean duplicate) {
    }

    private final DataSource dataSource;
    private volatile long pauseInsideTransactionMillis;

    public ArticleRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Holds each transaction open this long between the article row and its paragraphs. Only for crash tests that
     * must kill a process in the middle of a write.
     */
    public void setPauseInsideTransactionMillis(long millis) {
        this.pauseInsideTransactionMillis = millis;
    }

    public Optional<Long> findByHash(String contentHash) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return findByHash(c, contentHash);
        }
    }

    private static Optional<Long> findByHash(Connection c, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM articles WHERE content_hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    public Insert insert(NewArticle a) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Optional<Long> existing = findByHash(c, a.contentHash());
                if (existing.isPresent()) {
                    c.rollback();
                    return new Insert(existing.get(), true);
                }
                long id = insertArticle(c, a);
                pause();
                long[] paragraphIds = insertParagraphs(c, id, a.body(), a.paragraphs());
                insertSentences(c, paragraphIds, a.paragraphs());
                insertMentions(c, id, paragraphIds, a);
                insertClaims(c, id, paragraphIds, a);
                c.commit();
                return new Insert(id, false);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                if (isUniqueViolation(e)) {
                    Optional<Long> winner = findByHash(c, a.contentHash());
                    if (winner.isPresent()) {
                        return new Insert(winner.get(), true);
                    }
                }
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    private void pause() {
        long ms = pauseInsideTransactionMillis;
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static long insertArticle(Connection c, NewArticle a) throws SQLException {
        String sql = "INSERT INTO articles (content_hash, title, source, url, lang, published, date_estimated, "
                + "date_basis, body, origin, fact_sources) VALUES (?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, a.contentHash());
            ps.setString(2, cut(a.title(), 1000));
            ps.setString(3, cut(a.source(), 300));
            ps.setString(4, cut(a.url(), 2000));
            ps.setString(5, cut(a.lang(), 8));
            if (a.published() == null) {
                ps.setNull(6, Types.DATE);
            } else {
                ps.setDate(6, Date.valueOf(a.published()));
            }
            ps.setBoolean(7, a.dateEstimated());
            ps.setString(8, a.dateBasis());
            ps.setString(9, a.body());
            ps.setString(10, cut(a.origin(), 1000));
            ps.setString(11, a.factSources() == null || a.factSources().isEmpty() ? null : json(a.factSources()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static long[] insertParagraphs(Connection c, long articleId, String body, List<NewArticle.ParagraphRow> ps)
            throws SQLException {
        long[] ids = new long[ps.size()];
        String sql = "INSERT INTO paragraphs (article_id, ordinal, start_off, end_off, text) VALUES (?,?,?,?,?)";
        try (PreparedStatement st = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < ps.size(); i++) {
                NewArticle.ParagraphRow p = ps.get(i);
                st.setLong(1, articleId);
                st.setInt(2, i);
                st.setInt(3, p.start());
                st.setInt(4, p.end());
                st.setString(5, body.substring(p.start(), p.end()));
                st.executeUpdate();
                try (ResultSet keys = st.getGeneratedKeys()) {
                    keys.next();
                    ids[i] = keys.getLong(1);
                }
            }
        }
        return ids;
    }

    private static void insertSentences(Connection c, long[] paragraphIds, List<NewArticle.ParagraphRow> ps)
            throws SQLException {
        String sql = "INSERT INTO sentences (paragraph_id, ordinal, start_off, end_off) VALUES (?,?,?,?)";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < ps.size(); i++) {
                int ord = 0;
                for (int[] s : ps.get(i).sentences()) {
                    st.setLong(1, paragraphIds[i]);
                    st.setInt(2, ord++);
                    st.setInt(3, s[0]);
                    st.setInt(4, s[1]);
                    st.addBatch();
                }
            }
            st.executeBatch();
        }
    }

    private static void insertMentions(Connection c, long articleId, long[] paragraphIds, NewArticle a)
            throws SQLException {
        String sql = "INSERT INTO mentions (article_id, paragraph_id, place_id, start_off, end_off, surface, kind, "
                + "confidence, rule, direction) VALUES (?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (Mention m : a.mentions()) {
                st.setLong(1, articleId);
                st.setLong(2, paragraphIds[paragraphIndex(a.paragraphs(), m.start())]);
                st.setString(3, m.placeId());
                st.setInt(4, m.start());
                st.setInt(5, m.end());
                st.setString(6, cut(m.surface(), 1000));
                st.setString(7, m.kind() == null ? null : m.kind().code());
                st.setDouble(8, m.confidence());
                st.setString(9, cut(m.rule(), 60));
                st.setString(10, cut(m.direction(), 20));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static void insertClaims(Connection c, long articleId, long[] paragraphIds, NewArticle a)
            throws SQLException {
        String sql = "INSERT INTO claims (article_id, paragraph_id, actor, relation, place_id, scope_place_id, share, "
                + "area_km2, valid_from, negated, hedged, start_off, end_off, evidence, partial) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (Claim k : a.claims()) {
                st.setLong(1, articleId);
                st.setLong(2, paragraphIds[paragraphIndex(a.paragraphs(), k.start())]);
                st.setString(3, cut(k.actor(), 60));
                st.setString(4, k.relation().code());
                st.setString(5, k.placeId());
                st.setString(6, k.scopePlaceId());
                setDouble(st, 7, k.share());
                setDouble(st, 8, k.areaKm2());
                if (k.validFrom() == null) {
                    st.setNull(9, Types.DATE);
                } else {
                    st.setDate(9, Date.valueOf(k.validFrom()));
                }
                st.setBoolean(10, k.negated());
                st.setBoolean(11, k.hedged());
                st.setInt(12, k.start());
                st.setInt(13, k.end());
                st.setString(14, k.evidence() == null ? a.body().substring(k.start(), k.end()) : k.evidence());
                st.setBoolean(15, k.partial());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    static int paragraphIndex(List<NewArticle.ParagraphRow> ps, int off) {
        int lo = 0;
        int hi = ps.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (ps.get(mid).start() <= off) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static void setDouble(PreparedStatement st, int i, Double v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.DOUBLE);
        } else {
            st.setDouble(i, v);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String json(List<String> list) {
        try {
            return JSON.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isUniqueViolation(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
