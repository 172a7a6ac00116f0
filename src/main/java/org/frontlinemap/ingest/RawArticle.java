package org.frontlinemap.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * An article as a reader found it, before structure, dating and storage. Fields a format does not carry are null.
 *
 * @param published     publication date from the file's metadata, else null
 * @param dateEstimated true when the metadata itself says the date is an estimate
 * @param sources       public sources of the facts, as listed in a sidecar; empty when unknown
 * @param origin        where it came from, for messages and for the {@code origin} column (path, archive!entry, file:line)
 */
public record RawArticle(
        String title,
        String source,
        String url,
        LocalDate published,
        boolean dateEstimated,
        String lang,
        List<String> sources,
        String text,
        String origin) {

    public RawArticle {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public static RawArticle ofText(String text, String origin) {
        return new RawArticle(null, null, null, null, false, null, List.of(), text, origin);
    }
}
