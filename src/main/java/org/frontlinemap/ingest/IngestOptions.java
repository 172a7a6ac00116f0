package org.frontlinemap.ingest;

import java.time.LocalDate;

/**
 * What the user tells an ingest run. Each applies only where the input itself says nothing.
 *
 * @param date   publication date for articles whose metadata and text give none
 * @param source source name for articles that do not name one
 * @param lang   {@code ar} or {@code en} for articles that do not say (else guessed from the script)
 */
public record IngestOptions(LocalDate date, String source, String lang) {

    public static final IngestOptions NONE = new IngestOptions(null, null, null);
}
