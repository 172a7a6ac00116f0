package org.frontlinemap.ingest;

/**
 * What became of one article (or of one input that could not be read).
 *
 * @param articleId the stored article (for DUPLICATE, the one that already had this content); null when refused
 * @param reason    why it was refused, or what it duplicates; null when new
 */
public record IngestOutcome(Status status, String origin, Long articleId, String title, String reason) {

    /** SKIPPED: a file in a folder or archive that is not in an article format. */
    public enum Status { NEW, DUPLICATE, REFUSED, SKIPPED }

    static IngestOutcome refused(String origin, String reason) {
        return new IngestOutcome(Status.REFUSED, origin, null, null, reason);
    }

    @Override
    public String toString() {
        return switch (status) {
            case NEW -> "new " + origin + " -> article " + articleId;
            case DUPLICATE -> "duplicate " + origin + " (same content as article " + articleId + ")";
            case REFUSED -> "refused " + origin + ": " + reason;
            case SKIPPED -> "skipped " + origin + ": " + reason;
        };
    }
}
