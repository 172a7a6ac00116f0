package org.frontlinemap.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the gazetteer TSV files: UTF-8, a header row, one place a row, aliases separated by {@code |}. The format
 * has no quoting (names never contain tabs), so a plain split is exact and lets errors name their line.
 */
public final class GazetteerTsv {

    public static final List<String> COLUMNS = List.of("id", "kind", "name_en", "name_ar", "aliases_en", "aliases_ar",
            "admin1", "population", "lat", "lon", "geonames_id", "source");

    private GazetteerTsv() {
    }

    /** All rows of the file, or a {@link GeodataFormatException} naming the file and line of the first bad row. */
    public static List<Place> read(String fileName, InputStream in) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        List<Place> out = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
            String header = r.readLine();
            lineNo = 1;
            if (header == null) {
                throw new GeodataFormatException(fileName, 0, "empty file (a header row is required)");
            }
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            if (!Arrays.asList(header.split("\t", -1)).equals(COLUMNS)) {
                throw new GeodataFormatException(fileName, 1, "header must be the columns " + String.join(" ", COLUMNS));
            }
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(parse(fileName, lineNo, line));
            }
        } catch (CharacterCodingException e) {
            throw new GeodataFormatException(fileName, lineNo + 1, "not valid UTF-8", e);
        } catch (IOException e) {
            throw new GeodataFormatException(fileName, lineNo, "cannot read: " + e.getMessage(), e);
        }
        return out;
    }

    static Place parse(String file, int lineNo, String line) {
        String[] c = line.split("\t", -1);
        if (c.length != COLUMNS.size()) {
            throw new GeodataFormatException(file, lineNo, "expected " + COLUMNS.size() + " tab-separated columns, found "
                    + c.length);
        }
        String id = c[0].trim();
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new GeodataFormatException(file, lineNo, "bad id '" + id + "' (lowercase ASCII slug expected)");
        }
        PlaceKind kind;
        try {
            kind = PlaceKind.fromCode(c[1]);
        } catch (IllegalArgumentException e) {
            throw new GeodataFormatException(file, lineNo, "unknown kind '" + c[1] + "'");
        }
        double lat = number(file, lineNo, "lat", c[8], -90, 90);
        double lon = number(file, lineNo, "lon", c[9], -180, 180);
        return new Place(id, kind, blankToNull(c[2]), blankToNull(c[3]), split(c[4]), split(c[5]), blankToNull(c[6]),
                longOrNull(file, lineNo, "population", c[7]), lat, lon, longOrNull(file, lineNo, "geonames_id", c[10]),
                c[11].isBlank() ? "curated" : c[11].trim());
    }

    private static double number(String file, int lineNo, String col, String v, double min, double max) {
        try {
            double d = Double.parseDouble(v.trim());
            if (Double.isNaN(d) || d < min || d > max) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new GeodataFormatException(file, lineNo, "bad " + col + " '" + v + "' (a number in [" + (int) min
                    + ", " + (int) max + "] expected)");
        }
    }

    private static Long longOrNull(String file, int lineNo, String col, String v) {
        if (v.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new GeodataFormatException(file, lineNo, "bad " + col + " '" + v + "' (an integer expected)");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String a : s.split("\\|")) {
            if (!a.isBlank()) {
                out.add(a.trim());
            }
        }
        return out;
    }
}
