package org.frontlinemap.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a plain-text article: the body, with its metadata either in a sidecar {@code NAME.json} (title, source, url,
 * published, lang, dateEstimated, sources) or in a front-matter block between two {@code ---} lines at the top.
 */
public final class TextArticleReader {

    static final ObjectMapper JSON = new ObjectMapper();

    private TextArticleReader() {
    }

    public static RawArticle read(byte[] text, byte[] sidecar, String origin) throws RefusedInputException {
        String body = TextDecoder.decode(text);
        Map<String, String> meta = new LinkedHashMap<>();
        List<String> sources = new ArrayList<>();
        FrontMatter fm = FrontMatter.split(body);
        if (fm != null) {
            meta.putAll(fm.fields());
            body = fm.body();
        }
        if (sidecar != null) {
            readSidecar(sidecar, meta, sources);
        }
        if (body.isBlank()) {
            throw new RefusedInputException("empty article (metadata only)");
        }
        var published = Metadata.partialDate(meta.containsKey("published") ? meta.get("published")
                : meta.get("date"), "published");
        return new RawArticle(
                Metadata.blankToNull(meta.get("title")),
                Metadata.blankToNull(meta.getOrDefault("source", meta.get("site"))),
                Metadata.blankToNull(meta.get("url")),
                published.map(Metadata.MetaDate::date).orElse(null),
                Boolean.parseBoolean(meta.getOrDefault("dateestimated", "false"))
                        || published.map(Metadata.MetaDate::estimated).orElse(false),
                Metadata.lang(meta.get("lang")),
                sources,
                body,
                origin);
    }

    private static void readSidecar(byte[] bytes, Map<String, String> meta, List<String> sources)
            throws RefusedInputException {
        JsonNode root;
        try {
            root = JSON.readTree(TextDecoder.decodeStructured(bytes));
        } catch (RefusedInputException e) {
            throw new RefusedInputException("sidecar JSON: " + e.getMessage());
        } catch (Exception e) {
            throw new RefusedInputException("sidecar JSON is malformed: " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new RefusedInputException("sidecar JSON is not an object");
        }
        root.fields().forEachRemaining(f -> {
            JsonNode v = f.getValue();
            String key = f.getKey().toLowerCase(Locale.ROOT);
            if (key.equals("sources") && v.isArray()) {
                v.forEach(s -> {
                    if (s.isTextual() && !s.asText().isBlank()) {
                        sources.add(s.asText().trim());
                    }
                });
            } else if (v.isValueNode() && !v.isNull()) {
                meta.put(key, v.asText());
            }
        });
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** A {@code ---} block of {@code key: value} lines at the very top of a text file. */
    record FrontMatter(Map<String, String> fields, String body) {

        static FrontMatter split(String text) {
            String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
            if (!t.startsWith("---")) {
                return null;
            }
            String[] lines = t.split("\r?\n", -1);
            if (!lines[0].trim().equals("---")) {
                return null;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 1; i < lines.length && i < 60; i++) {
                String line = lines[i];
                if (line.trim().equals("---")) {
                    String rest = t.substring(indexAfterLine(t, i));
                    return new FrontMatter(fields, rest);
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    if (line.isBlank()) {
                        continue;
                    }
                    return null;
                }
                String value = line.substring(colon + 1).trim();
                if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                        || value.startsWith("'") && value.endsWith("'"))) {
                    value = value.substring(1, value.length() - 1);
                }
                fields.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), value);
            }
            return null;
        }

        private static int indexAfterLine(String t, int lineIndex) {
            int pos = 0;
            for (int i = 0; i <= lineIndex; i++) {
                int nl = t.indexOf('\n', pos);
                if (nl < 0) {
                    return t.length();
                }
                pos = nl + 1;
            }
            return pos;
        }
    }
}
