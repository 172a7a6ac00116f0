package org.frontlinemap.zones;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The factions of {@code geodata/factions.tsv}: ids, display names and map colours. */
public final class FactionCatalog {

    public static final String RESOURCE = "geodata/factions.tsv";

    /** One row of factions.tsv. */
    public record Faction(String id, int legendOrder, String colour, String nameEn, String nameAr,
                          List<String> aliasesEn, List<String> aliasesAr) {
    }

    private final Map<String, Faction> byId;

    private FactionCatalog(Map<String, Faction> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    public static FactionCatalog bundled() {
        InputStream in = FactionCatalog.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + RESOURCE);
        }
        try (in) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FactionCatalog parse(InputStream in) throws IOException {
        Map<String, Faction> out = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        boolean header = true;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 5) {
                throw new IOException(RESOURCE + " line " + lineNo + ": expected at least 5 tab-separated fields");
            }
            out.put(f[0], new Faction(f[0], Integer.parseInt(f[1].trim()), f[2], f[3], f[4],
                    f.length > 5 ? split(f[5]) : List.of(), f.length > 6 ? split(f[6]) : List.of()));
        }
        return new FactionCatalog(out);
    }

    private static List<String> split(String s) {
        return s.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(s.split("\\|")));
    }

    public Collection<Faction> all() {
        return byId.values();
    }

    public Optional<Faction> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** Map colour of the faction, a neutral grey for ids the catalog does not know. */
    public String colour(String id) {
        Faction f = byId.get(id);
        return f == null ? "#BBBBBB" : f.colour();
    }
}
