package org.frontlinemap.geoparse;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON Lines form of a geoparsed file: {@code {"file","lang","mentions":[...]}} on one line. Later stages add
 * their own fields (claims, for one) through {@link Extension}s, so the line stays one object built in one place.
 */
public final class GeoparseJson {

    /** Adds fields to a file's object, for example {@code "claims"}. */
    @FunctionalInterface
    public interface Extension {
        void contribute(ObjectNode document, String text, List<Mention> mentions);
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<Extension> extensions = new ArrayList<>();

    public GeoparseJson with(Extension extension) {
        extensions.add(extension);
        return this;
    }

    public ObjectNode document(String file, String text, String lang, List<Mention> mentions) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("file", file);
        doc.put("lang", lang);
        ArrayNode arr = doc.putArray("mentions");
        for (Mention m : mentions) {
            arr.add(mention(m));
        }
        for (Extension e : extensions) {
            e.contribute(doc, text, mentions);
        }
        return doc;
    }

    public static ObjectNode mention(Mention m) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("start", m.start());
        o.put("end", m.end());
        o.put("surface", m.surface());
        o.put("placeId", m.placeId());
        o.put("name", m.name());
        o.put("nameAr", m.nameAr());
        o.put("kind", m.kind() == null ? null : m.kind().code());
        putNumber(o, "lat", m.lat());
        putNumber(o, "lon", m.lon());
        o.put("confidence", Math.round(m.confidence() * 100) / 100.0);
        o.put("rule", m.rule());
        if (m.direction() != null) {
            o.put("direction", m.direction());
        }
        return o;
    }

    private static void putNumber(ObjectNode o, String field, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            o.putNull(field);
        } else {
            o.put(field, v);
        }
    }

    /** One compact line, without the line break. */
    public String line(ObjectNode document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public String line(String file, String text, String lang, List<Mention> mentions) {
        return line(document(file, text, lang, mentions));
    }

    /** The text with each mention bracketed as {@code [surface|placeId]}. */
    public static String bracketed(String text, List<Mention> mentions) {
        StringBuilder sb = new StringBuilder(text.length() + mentions.size() * 16);
        int at = 0;
        for (Mention m : mentions) {
            if (m.start() < at) {
                continue;
            }
            sb.append(text, at, m.start()).append('[').append(m.surface()).append('|').append(m.placeId());
            if (m.direction() != null) {
                sb.append('|').append(m.direction());
            }
            sb.append(']');
            at = m.end();
        }
        sb.append(text, at, text.length());
        return sb.toString();
    }
}
