package org.frontlinemap.zones;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.frontlinemap.claims.FactionLexicon;

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

    /** Reads factions.tsv through the claims' lexicon reader, so the file has one parser. */
    public static FactionCatalog parse(InputStream in) throws IOException {
        Map<String, Faction> out = new LinkedHashMap<>();
        for (FactionLexicon.Faction f : FactionLexicon.parse(new InputStreamReader(in, StandardCharsets.UTF_8))
                .factions()) {
            out.put(f.id(), new Faction(f.id(), f.legendOrder(), f.colour(), f.nameEn(), f.nameAr(), f.aliasesEn(),
                    f.aliasesAr()));
        }
        return new FactionCatalog(out);
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
