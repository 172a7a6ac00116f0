package org.frontlinemap.store;

import java.time.LocalDate;
import java.util.List;

import org.frontlinemap.claims.Claim;
import org.frontlinemap.geoparse.Mention;

/**
 * Everything stored for one article, written in one transaction. Mention and claim offsets are body offsets;
 * each is filed under the paragraph that contains its start.
 *
 * @param dateBasis where {@code published} came from: metadata, text, user or none
 */
public record NewArticle(
        String contentHash,
        String title,
        String source,
        String url,
        String lang,
        LocalDate published,
        boolean dateEstimated,
        String dateBasis,
        String body,
        String origin,
        List<String> factSources,
        List<ParagraphRow> paragraphs,
        List<Mention> mentions,
        List<Claim> claims) {

    /** A paragraph's span and its sentences' spans, all in body offsets. */
    public record ParagraphRow(int start, int end, List<int[]> sentences) {
    }
}
