package org.frontlinemap.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/** Read queries over stored articles: one article whole, with every paragraph, mention and claim span. */
public final class ArticleQueries {

    public record ParagraphSpan(long id, int ordinal, int start, int end) {
    }

    /** A mention in body offsets. */
    public record MentionSpan(long id, long paragraphId, int start, int end, String surface, String placeId,
                              String kind, double confidence, String rule, String direction) {
    }

    /** A claim in body offsets. */
    public record ClaimSpan(long id, Long paragraphId, String actor, String relation, String placeId,
                            String scopePlaceId, Double share, Double areaKm2, LocalDate validFrom, boolean negated,
                            boolean hedged, int start, int end, String evidence) {
    }

    /**
     * @param dateBasis metadata, text, user or none
     */
    public record ArticleView(long id, String title, String source, String url, String lang, LocalDate published,
                              boolean dateEstimated, String dateBasis, String origin, String body,
                              List<ParagraphSpan> paragraphs, List<MentionSpan> mentions, List<ClaimSpan> claims) {
    }

    /** An article in a list, without its text. */
    public record ArticleSummary(long id, String title, String source, LocalDate published, boolean dateEstimated,
                                 String dateBasis, String lang) {
    }

    private final DataSource dataSource;

    public ArticleQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long count() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM articles"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Newest first, undated last. */
    public List<ArticleSummary> list(int page, int size) throws SQLException {
        int s = Math.max(1, Math.min(MentionQueries.MAX_PAGE_SIZE, size));
        List<ArticleSummary> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, title, source, published, date_estimated, date_basis, lang FROM articles "
                        + "ORDER BY published DESC NULLS LAST, id DESC LIMIT ? OFFSET ?")) {
            ps.setInt(1, s);
            ps.setLong(2, (long) Math.max(0, page) * s);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getString(3), date(rs, 4),
                            rs.getBoolean(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return out;
    }

    public Optional<ArticleView> article(long id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            ArticleView head;
            try (PreparedStatement ps = c.prepareStatement("SELECT id, title, source, url, lang, published, "
                    + "date_estimated, date_basis, origin, body FROM articles WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    head = new ArticleView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), date(rs, 6), rs.getBoolean(7), rs.getString(8), rs.getString(9),
                            rs.getString(10), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id, ordinal, start_off, end_off FROM paragraphs "
                    + "WHERE article_id = ? ORDER BY ordinal")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        head.paragraphs().add(new ParagraphSpan(rs.getLong(1), rs.getInt(2), rs.getInt(3),
                                rs.getInt(4)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id, paragraph_id, start_off, end_off, surface, "
                    + "place_id, kind, confidence, rule, direction FROM mentions WHERE article_id = ? "
                    + "ORDER BY start_off")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        head.mentions().add(new MentionSpan(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getDouble(8), rs.getString(9),
                                rs.getString(10)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id, paragraph_id, actor, relation, place_id, "
                    + "scope_place_id, share, area_km2, valid_from, negated, hedged, start_off, end_off, evidence "
                    + "FROM claims WHERE article_id = ? ORDER BY start_off, id")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long pid = rs.getLong(2);
                        Long paragraphId = rs.wasNull() ? null : pid;
                        head.claims().add(new ClaimSpan(rs.getLong(1), paragraphId, rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), (Double) rs.getObject(7, Double.class),
                                rs.getObject(8, Double.class), date(rs, 9), rs.getBoolean(10), rs.getBoolean(11),
                                rs.getInt(12), rs.getInt(13), rs.getString(14)));
                    }
                }
            }
            return Optional.of(new ArticleView(head.id(), head.title(), head.source(), head.url(), head.lang(),
                    head.published(), head.dateEstimated(), head.dateBasis(), head.origin(), head.body(),
                    List.copyOf(head.paragraphs()), List.copyOf(head.mentions()), List.copyOf(head.claims())));
        }
    }

    private static LocalDate date(ResultSet rs, int col) throws SQLException {
        Date d = rs.getDate(col);
        return d == null ? null : d.toLocalDate();
    }
}
