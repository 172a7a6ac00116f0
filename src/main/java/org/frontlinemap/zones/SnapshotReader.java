package org.frontlinemap.zones;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads snapshot files ({@code geodata/zones/*.json}, format in geodata/zones/README.md). Every problem names the
 * file and, where it applies, the zone.
 */
public final class SnapshotReader {

    public static final String INDEX = "geodata/zones/index.txt";
    private static final int MAX_BYTES = 2_000_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SnapshotReader() {
    }

    /** The bundled snapshots listed in {@code geodata/zones/index.txt}, sorted by date. */
    public static List<Snapshot> bundled() {
        ClassLoader cl = SnapshotReader.class.getClassLoader();
        List<Snapshot> out = new ArrayList<>();
        for (String name : bundledFileNames()) {
            String res = "geodata/zones/" + name;
            try (InputStream in = cl.getResourceAsStream(res)) {
                if (in == null) {
                    throw new SnapshotException(INDEX + " lists " + name + " but " + res + " is not on the classpath");
                }
                out.add(read(name, in.readAllBytes()));
            } catch (IOException e) {
                throw new SnapshotException(res + ": " + e.getMessage());
            }
        }
        out.sort((a, b) -> a.date().compareTo(b.date()));
        return out;
    }

    public static List<String> bundledFileNames() {
        InputStream in = SnapshotReader.class.getClassLoader().getResourceAsStream(INDEX);
        if (in == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    names.add(line);
                }
            }
        } catch (IOException e) {
            throw new SnapshotException(INDEX + ": " + e.getMessage());
        }
        return names;
    }

    public static Snapshot read(String file, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new SnapshotException(file + ": " + bytes.length + " bytes is too large for a snapshot (limit " + MAX_BYTES + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SnapshotException(file + ": not valid UTF-8");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SnapshotException(file + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new SnapshotException(file + ": expected a JSON object");
        }
        LocalDate date = date(file, root, "date");
        String id = text(root, "id", date.toString());
        List<Snapshot.Source> sources = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (JsonNode s : array(file, root, "sources")) {
            String key = required(file, s, "key", "a source");
            if (!keys.add(key)) {
                throw new SnapshotException(file + ": duplicate source key '" + key + "'");
            }
            sources.add(new Snapshot.Source(key, new CitedSource(required(file, s, "name", "source " + key),
                    required(file, s, "date", "source " + key), required(file, s, "facts", "source " + key))));
        }
        if (sources.isEmpty()) {
            throw new SnapshotException(file + ": a snapshot must cite at least one source");
        }
        List<Snapshot.Zone> zones = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode z : array(file, root, "zones")) {
            String name = required(file, z, "name", "a zone");
            String where = "zone '" + name + "'";
            if (!names.add(name)) {
                throw new SnapshotException(file + ": duplicate zone name '" + name + "'");
            }
            ZoneExpression expr;
            try {
                expr = ZoneExpression.parse(required(file, z, "expr", where));
            } catch (ZoneExpression.SyntaxException e) {
                throw new SnapshotException(file + ": " + where + ": " + e.getMessage());
            }
            for (String ref : expr.zoneRefs()) {
                if (!names.contains(ref) || ref.equals(name)) {
                    throw new SnapshotException(file + ": " + where + ": '@" + ref + "' must name a zone defined above it");
                }
            }
            ZoneStatus status;
            try {
                status = ZoneStatus.fromCode(text(z, "status", "held"));
            } catch (IllegalArgumentException e) {
                throw new SnapshotException(file + ": " + where + ": " + e.getMessage());
            }
            double share = z.path("share").asDouble(1.0);
            double confidence = z.path("confidence").asDouble(0.8);
            if (!(share > 0 && share <= 1) || !(confidence >= 0 && confidence <= 1)) {
                throw new SnapshotException(file + ": " + where + ": share must be in (0,1] and confidence in [0,1]");
            }
            List<String> zoneSources = new ArrayList<>();
            for (JsonNode k : z.path("sources")) {
                if (!keys.contains(k.asText())) {
                    throw new SnapshotException(file + ": " + where + ": cites unknown source key '" + k.asText() + "'");
                }
                zoneSources.add(k.asText());
            }
            zones.add(new Snapshot.Zone(name, required(file, z, "faction", where), expr, status, share, confidence,
                    zoneSources));
        }
        return new Snapshot(id, file, date, text(root, "title", id), root.path("generalised").asBoolean(false),
                text(root, "note", ""), sources, zones);
    }

    private static LocalDate date(String file, JsonNode n, String field) {
        String s = required(file, n, field, "the snapshot");
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new SnapshotException(file + ": '" + field + "' " + s + " is not a date YYYY-MM-DD");
        }
    }

    private static List<JsonNode> array(String file, JsonNode n, String field) {
        JsonNode a = n.get(field);
        if (a == null || !a.isArray()) {
            throw new SnapshotException(file + ": '" + field + "' must be a JSON array");
        }
        List<JsonNode> out = new ArrayList<>();
        a.forEach(out::add);
        return out;
    }

    private static String required(String file, JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || !v.isValueNode() || v.asText().isBlank()) {
            throw new SnapshotException(file + ": " + where + " needs a '" + field + "'");
        }
        return v.asText();
    }

    private static String text(JsonNode n, String field, String dflt) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? dflt : v.asText();
    }
}
