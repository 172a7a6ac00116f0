package org.frontlinemap.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON form of claims used in {@code geoparse --format jsonl}: {@code {"actor","relation","placeId","share",
 * "areaKm2","validFrom","negated","start","end","evidence"}}, relation as its lower-case code, validFrom as an ISO
 * date, absent values as null.
 */
public final class ClaimJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ClaimJson() {
    }

    public static Map<String, Object> toMap(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("actor", c.actor());
        m.put("relation", c.relation().code());
        m.put("placeId", c.placeId());
        m.put("share", c.share());
        m.put("areaKm2", c.areaKm2());
        m.put("validFrom", c.validFrom() == null ? null : c.validFrom().toString());
        m.put("negated", c.negated());
        m.put("hedged", c.hedged());
        m.put("scopePlaceId", c.scopePlaceId());
        m.put("partial", c.partial());
        m.put("start", c.start());
        m.put("end", c.end());
        m.put("evidence", c.evidence());
        return m;
    }

    public static ObjectNode toNode(Claim c) {
        return MAPPER.valueToTree(toMap(c));
    }

    /**
     * Adds a {@code "claims"} array to each geoparse document, from the claims found among its mentions.
     *
     * @param articleDate resolves relative times ("since last June"); may be null
     */
    public static org.frontlinemap.geoparse.GeoparseJson.Extension extension(ClaimExtractor extractor,
                                                                             java.time.LocalDate articleDate) {
        return (doc, text, mentions) -> doc.set("claims", toArray(extractor.extract(text, mentions, articleDate)));
    }

    /** The {@code "claims"} array. */
    public static ArrayNode toArray(List<Claim> claims) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Claim c : claims) {
            a.add(toNode(c));
        }
        return a;
    }
}
