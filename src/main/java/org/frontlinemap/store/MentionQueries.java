package org.frontlinemap.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * Read queries over stored mentions for the map and the REST API: the paragraphs that mention a place (newest
 * first), mention counts per place in a date range, and articles per month for the timeline.
 *
 * <p>A date range {@code [from, to]} is inclusive and applies to the article's date; when either end is given,
 * undated articles are left out.
 */
public final class MentionQueries {

    /** A mention inside a paragraph, in paragraph offsets. */
    public record Span(int start, int end, String surface, String placeId, String kind, double confidence,
                       String rule, String direction) {
    }

    /**
     * One paragraph that mentions the place asked for, with all its mentions (of that place and of others).
     */
    public record ParagraphMentions(long paragraphId, int paragraphOrdinal, String text, long articleId, String title,
                                    String source, String url, LocalDate published, boolean dateEstimated,
                                    List<Span> mentions) {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    public record MonthCount(YearMonth month, long articles) {
    }

    public static final int MAX_PAGE_SIZE = 200;

    private final DataSource dataSource;

    public MentionQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Page<ParagraphMentions> placeMentions(String placeId, LocalDate from, LocalDate to, int page, int size)
            throws SQLException {
        int p = Math.max(0, page);
        int s = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        String where = " FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.place_id = ?" + range(from, to);
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(DISTINCT m.paragraph_id)" + where)) {
                bind(ps, placeId, from, to);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            String sql = "SELECT p.id, p.ordinal, p.text, p.start_off, a.id, a.title, a.source, a.url, a.published, "
                    + "a.date_estimated FROM paragraphs p JOIN articles a ON a.id = p.article_id "
                    + "WHERE p.id IN (SELECT m.paragraph_id" + where + ") "
                    + "ORDER BY a.published DESC NULLS LAST, a.id DESC, p.ordinal LIMIT ? OFFSET ?";
            List<ParagraphMentions> items = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = bind(ps, placeId, from, to);
                ps.setInt(i++, s);
                ps.setLong(i, (long) p * s);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Date d = rs.getDate(9);
                        items.add(new ParagraphMentions(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(5),
                                rs.getString(6), rs.getString(7), rs.getString(8), d == null ? null : d.toLocalDate(),
                                rs.getBoolean(10), new ArrayList<>()));
                        starts.add(rs.getInt(4));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT start_off, end_off, surface, place_id, kind, "
                    + "confidence, rule, direction FROM mentions WHERE paragraph_id = ? ORDER BY start_off")) {
                for (int k = 0; k < items.size(); k++) {
                    ps.setLong(1, items.get(k).paragraphId());
                    int base = starts.get(k);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            items.get(k).mentions().add(new Span(rs.getInt(1) - base, rs.getInt(2) - base,
                                    rs.getString(3), rs.getString(4), rs.getString(5), rs.getDouble(6),
                                    rs.getString(7), rs.getString(8)));
                        }
                    }
                }
            }
            List<ParagraphMentions> done = items.stream().map(x -> new ParagraphMentions(x.paragraphId(),
                    x.paragraphOrdinal(), x.text(), x.articleId(), x.title(), x.source(), x.url(), x.published(),
                    x.dateEstimated(), List.copyOf(x.mentions()))).toList();
            return new Page<>(done, p, s, total);
        }
    }

    /** Place id → number of mentions in articles of the range, most mentioned first. */
    public Map<String, Long> placeMentionCounts(LocalDate from, LocalDate to) throws SQLException {
        String sql = "SELECT m.place_id, COUNT(*) n FROM mentions m JOIN articles a ON a.id = m.article_id WHERE 1=1"
                + range(from, to) + " GROUP BY m.place_id ORDER BY n DESC, m.place_id";
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (from != null) {
                ps.setDate(i++, Date.valueOf(from));
            }
            if (to != null) {
                ps.setDate(i, Date.valueOf(to));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    /** Dated articles per calendar month, oldest first; months without articles are left out. */
    public List<MonthCount> articlesPerMonth() throws SQLException {
        String sql = "SELECT EXTRACT(YEAR FROM published) y, EXTRACT(MONTH FROM published) m, COUNT(*) FROM articles "
                + "WHERE published IS NOT NULL GROUP BY y, m ORDER BY y, m";
        List<MonthCount> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new MonthCount(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getLong(3)));
            }
        }
        return out;
    }

    private static String range(LocalDate from, LocalDate to) {
        return (from != null ? " AND a.published >= ?" : "") + (to != null ? " AND a.published <= ?" : "");
    }

    private static int bind(PreparedStatement ps, String placeId, LocalDate from, LocalDate to) throws SQLException {
        int i = 1;
        ps.setString(i++, placeId);
        if (from != null) {
            ps.setDate(i++, Date.valueOf(from));
        }
        if (to != null) {
            ps.setDate(i++, Date.valueOf(to));
        }
        return i;
    }
}
