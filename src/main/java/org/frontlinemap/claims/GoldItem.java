package org.frontlinemap.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.frontlinemap.geoparse.Mention;

/**
 * One annotated text for measuring claim extraction: the text, its place mentions, and the claims it makes. Read from
 * JSON Lines: {@code {"id","lang","date","text","mentions":[{"start","end","surface","placeId"}],
 * "claims":[{"actor","relation","placeId","share","areaKm2","validFrom","negated","evidence"}]}}.
 */
public record GoldItem(String id, String lang, LocalDate date, String text, List<GoldMention> mentions,
                       List<GoldClaim> claims) {

    public record GoldMention(int start, int end, String surface, String placeId) {
    }

    /** {@code validFrom} may be a year ("2014") or a date; a year is read as January 1st. */
    public record GoldClaim(String actor, Relation relation, String placeId, Double share, Double areaKm2,
                            LocalDate validFrom, boolean negated, String evidence) {
    }

    /** The gold mentions as {@link Mention}s, for feeding an extractor without a geoparser. */
    public List<Mention> toMentions() {
        List<Mention> out = new ArrayList<>();
        for (GoldMention m : mentions) {
            out.add(new Mention(m.start(), m.end(), m.surface(), m.placeId(), m.placeId(), null, null, 0, 0, 1.0,
                    "gold", null));
        }
        return out;
    }

    /** Reads JSON Lines; blank lines are skipped; a malformed line fails with its line number. */
    public static List<GoldItem> readJsonl(Reader reader) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldItem> out = new ArrayList<>();
        BufferedReader br = new BufferedReader(reader);
        String line;
        int n = 0;
        while ((line = br.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(parse(json.readTree(line)));
            } catch (IOException | RuntimeException e) {
                throw new IOException("gold line " + n + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static GoldItem parse(JsonNode o) {
        String text = o.path("text").asText();
        List<GoldMention> mentions = new ArrayList<>();
        for (JsonNode m : o.path("mentions")) {
            GoldMention gm = new GoldMention(m.path("start").asInt(), m.path("end").asInt(), m.path("surface").asText(),
                    m.path("placeId").asText());
            if (gm.start() < 0 || gm.end() > text.length() || !text.substring(gm.start(), gm.end()).equals(gm.surface())) {
                throw new IllegalArgumentException("mention offsets do not match surface '" + gm.surface() + "'");
            }
            mentions.add(gm);
        }
        List<GoldClaim> claims = new ArrayList<>();
        for (JsonNode c : o.path("claims")) {
            claims.add(new GoldClaim(c.path("actor").asText(), Relation.fromCode(c.path("relation").asText()),
                    c.path("placeId").asText(), number(c.get("share")), number(c.get("areaKm2")),
                    date(c.get("validFrom")), c.path("negated").asBoolean(false), c.path("evidence").asText(null)));
        }
        LocalDate date = date(o.get("date"));
        return new GoldItem(o.path("id").asText(), o.path("lang").asText(), date, text, mentions, claims);
    }

    private static Double number(JsonNode n) {
        return n == null || n.isNull() ? null : n.asDouble();
    }

    static LocalDate date(JsonNode n) {
        if (n == null || n.isNull() || n.asText().isBlank()) {
            return null;
        }
        String s = n.asText().trim();
        if (s.matches("\\d{4}")) {
            return LocalDate.of(Integer.parseInt(s), 1, 1);
        }
        if (s.matches("\\d{4}-\\d{2}")) {
            return LocalDate.parse(s + "-01");
        }
        return LocalDate.parse(s);
    }
}
