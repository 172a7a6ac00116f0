package org.frontlinemap.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontlinemap.claims.ClaimExtractor;
import org.frontlinemap.claims.ClaimJson;
import org.frontlinemap.geoparse.GeoparseJson;
import org.frontlinemap.geoparse.Geoparser;
import org.frontlinemap.geoparse.LanguageDetector;
import org.frontlinemap.geoparse.Mention;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/geoparse}: the same JSON as one line of {@code geoparse --format jsonl} for a posted text
 * (plain text, or JSON {@code {"text": ..., "date": ...}}). Nothing is stored.
 */
@RestController
public class GeoparseApiController {

    /** Texts above this are refused: the endpoint answers people, bulk goes through ingest. */
    static final int MAX_CHARS = 2_000_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Geoparser geoparser;
    private final ClaimExtractor claims;

    public GeoparseApiController(Geoparser geoparser, ClaimExtractor claims) {
        this.geoparser = geoparser;
        this.claims = claims;
    }

    @PostMapping(value = "/api/geoparse", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> geoparse(@RequestBody(required = false) String body,
                                      @RequestHeader(value = "Content-Type", required = false) String contentType,
                                      @RequestParam(value = "date", required = false)
                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        String text = body == null ? "" : body;
        LocalDate articleDate = date;
        if (contentType != null && contentType.startsWith(MediaType.APPLICATION_JSON_VALUE)) {
            try {
                JsonNode n = JSON.readTree(text);
                if (n == null || !n.path("text").isTextual()) {
                    return ResponseEntity.badRequest().body(Map.of("error", "JSON body needs a \"text\" string"));
                }
                text = n.get("text").asText();
                if (n.path("date").isTextual() && articleDate == null) {
                    articleDate = LocalDate.parse(n.get("date").asText());
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException | java.time.DateTimeException e) {
                return ResponseEntity.badRequest().body(Map.of("error", "malformed JSON body: " + e.getMessage()));
            }
        }
        if (text.length() > MAX_CHARS) {
            return ResponseEntity.status(413).body(Map.of("error",
                    "text longer than " + MAX_CHARS + " characters; use the ingest command for bulk text"));
        }
        List<Mention> mentions = geoparser.parse(text);
        GeoparseJson json = new GeoparseJson().with(ClaimJson.extension(claims, articleDate));
        return ResponseEntity.ok(json.document(null, text, LanguageDetector.detect(text), mentions));
    }
}
