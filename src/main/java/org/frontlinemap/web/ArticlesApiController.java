package org.frontlinemap.web;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.frontlinemap.store.ArticleQueries;
import org.frontlinemap.store.MentionQueries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Read-only JSON over stored articles and mentions; the SQL lives in {@link MentionQueries} and {@link ArticleQueries}. */
@RestController
@RequestMapping("/api")
public class ArticlesApiController {

    private final MentionQueries mentions;
    private final ArticleQueries articles;

    public ArticlesApiController(DataSource dataSource) {
        this.mentions = new MentionQueries(dataSource);
        this.articles = new ArticleQueries(dataSource);
    }

    /** Paragraphs mentioning a place, newest article first; spans are in paragraph offsets. */
    @GetMapping("/places/{id}/mentions")
    public MentionQueries.Page<MentionQueries.ParagraphMentions> placeMentions(
            @PathVariable("id") String placeId,
            @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) throws SQLException {
        checkRange(from, to);
        if (page < 0 || size < 1 || size > MentionQueries.MAX_PAGE_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "page must be >= 0 and size between 1 and " + MentionQueries.MAX_PAGE_SIZE);
        }
        return mentions.placeMentions(placeId, from, to, page, size);
    }

    /** Mentions per place in the date range (all dates when none given). */
    @GetMapping("/places/mention-counts")
    public Map<String, Long> placeMentionCounts(
            @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to)
            throws SQLException {
        checkRange(from, to);
        return mentions.placeMentionCounts(from, to);
    }

    @GetMapping("/articles/per-month")
    public List<MentionQueries.MonthCount> articlesPerMonth() throws SQLException {
        return mentions.articlesPerMonth();
    }

    @GetMapping("/articles")
    public List<ArticleQueries.ArticleSummary> list(@RequestParam(name = "page", defaultValue = "0") int page,
                                                    @RequestParam(name = "size", defaultValue = "20") int size)
            throws SQLException {
        return articles.list(page, size);
    }

    /** The whole article with every paragraph, mention and claim span (body offsets). */
    @GetMapping("/articles/{id}")
    public ResponseEntity<ArticleQueries.ArticleView> article(@PathVariable("id") long id) throws SQLException {
        return articles.article(id).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @ExceptionHandler(SQLException.class)
    public ResponseEntity<Map<String, String>> databaseError(SQLException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("error", "database error"));
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "from must not be after to");
        }
    }
}
