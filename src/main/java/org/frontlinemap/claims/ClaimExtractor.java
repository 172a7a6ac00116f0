package org.frontlinemap.claims;

import java.time.LocalDate;
import java.util.List;

import org.frontlinemap.geoparse.Mention;

/** Finds control claims in a text whose place mentions are already known. Never throws on any input. */
public interface ClaimExtractor {

    /**
     * @param articleDate the article's date, to resolve relative times ("since last June"); may be null
     */
    List<Claim> extract(String text, List<Mention> mentions, LocalDate articleDate);
}
