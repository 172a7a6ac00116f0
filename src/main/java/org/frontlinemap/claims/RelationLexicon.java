package org.frontlinemap.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The relation cue words of {@code geodata/lexicon/relations.tsv} (columns cue, lang, relation, actor, notes), kept as
 * data so that cues can be added without code. A cue with relation {@code -} blocks the cue words it contains
 * ("بيد أن" is "however", not "in the hands of"); the leftmost-longest match decides.
 */
public final class RelationLexicon {

    /** Where the acting faction stands relative to the cue. */
    public enum ActorSide { BEFORE, AFTER }

    /** One cue: {@code relation} is null for a blocking phrase. */
    public record Cue(String phrase, String lang, Relation relation, ActorSide actorSide) {
    }

    /** A cue found at tokens {@code [from, to)}. */
    record CueHit(int from, int to, Cue cue) {
    }

    private final List<Cue> cues;
    private final PhraseMatcher<Cue> matcher = new PhraseMatcher<>();

    private RelationLexicon(List<Cue> cues) {
        this.cues = List.copyOf(cues);
        for (Cue c : cues) {
            matcher.add(c.phrase(), false, c);
        }
    }

    public static RelationLexicon load() {
        String path = "geodata/lexicon/relations.tsv";
        try (InputStream in = RelationLexicon.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    public static RelationLexicon parse(Reader reader) throws IOException {
        List<Cue> out = new ArrayList<>();
        LexiconTsv.read(reader, (lineNo, c) -> {
            if (c.length < 4 || c[0].isBlank()) {
                throw new IOException("relations.tsv line " + lineNo + ": expected cue, lang, relation, actor, notes");
            }
            Relation rel = null;
            ActorSide side = ActorSide.BEFORE;
            if (!c[2].trim().equals("-")) {
                try {
                    rel = Relation.fromCode(c[2]);
                    side = c[3].trim().equalsIgnoreCase("after") ? ActorSide.AFTER : ActorSide.BEFORE;
                } catch (IllegalArgumentException e) {
                    throw new IOException("relations.tsv line " + lineNo + ": unknown relation '" + c[2] + "'");
                }
            }
            out.add(new Cue(c[0].trim(), c[1].trim(), rel, side));
        });
        return new RelationLexicon(out);
    }

    public List<Cue> cues() {
        return cues;
    }

    /** Cues (blocking phrases removed) in tokens {@code [from, to)}. */
    List<CueHit> find(Tokens t, int from, int to) {
        List<CueHit> out = new ArrayList<>();
        for (PhraseMatcher.Hit<Cue> h : matcher.find(t, from, to)) {
            if (h.value().relation() != null) {
                out.add(new CueHit(h.from(), h.to(), h.value()));
            }
        }
        return out;
    }
}
