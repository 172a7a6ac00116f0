package org.frontlinemap.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads {@code .jsonl}: one article a line, an object with title, source, url, published, lang and text (and
 * optionally dateEstimated, sources). A bad line is refused on its own; the good lines around it are read.
 */
public final class JsonLinesReader {

    private JsonLinesReader() {
    }

    public static void read(byte[] bytes, String origin, ArticleSink sink) throws RefusedInputException {
        String all = TextDecoder.decodeStructured(bytes);
        try (BufferedReader r = new BufferedReader(new StringReader(all))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                String where = origin + ":" + no;
                try {
                    sink.article(parseLine(line, where));
                } catch (RefusedInputException e) {
                    sink.refused(where, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new RefusedInputException("cannot read lines: " + e.getMessage());
        }
    }

    static RawArticle parseLine(String line, String where) throws RefusedInputException {
        JsonNode n;
        try {
            n = TextArticleReader.JSON.readTree(line);
        } catch (IOException e) {
            throw new RefusedInputException("malformed JSON: " + TextArticleReader.firstLine(e.getMessage()));
        }
        if (n == null || !n.isObject()) {
            throw new RefusedInputException("line is not a JSON object");
        }
        String text = str(n, "text");
        if (text == null) {
            text = str(n, "body");
        }
        if (text == null || text.isBlank()) {
            throw new RefusedInputException("no text");
        }
        String problem = TextDecoder.implausibility(text);
        if (problem != null) {
            throw new RefusedInputException("text is not readable: " + problem);
        }
        List<String> sources = new ArrayList<>();
        if (n.path("sources").isArray()) {
            n.path("sources").forEach(s -> {
                if (s.isTextual()) {
                    sources.add(s.asText());
                }
            });
        }
        var published = Metadata.partialDate(n.has("published") ? str(n, "published") : str(n, "date"), "published");
        return new RawArticle(
                Metadata.blankToNull(str(n, "title")),
                Metadata.blankToNull(n.has("source") ? str(n, "source") : str(n, "site")),
                Metadata.blankToNull(str(n, "url")),
                published.map(Metadata.MetaDate::date).orElse(null),
                n.path("dateEstimated").asBoolean(false) || published.map(Metadata.MetaDate::estimated).orElse(false),
                Metadata.lang(str(n, "lang")),
                sources,
                text,
                where);
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }
}
