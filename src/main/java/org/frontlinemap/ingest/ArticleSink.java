package org.frontlinemap.ingest;

/** Receives what readers find, one article or refusal at a time, so a large folder never sits in memory whole. */
public interface ArticleSink {

    void article(RawArticle article);

    void refused(String origin, String reason);

    /**
     * A file met while walking a folder or an archive that is not in an article format (a README, an image); the
     * same file named on its own is refused instead.
     */
    default void skipped(String origin, String reason) {
        refused(origin, reason);
    }

    /** Called after each file (an archive counts as one) has been read, whatever it held. */
    default void fileDone(String origin) {
    }
}
