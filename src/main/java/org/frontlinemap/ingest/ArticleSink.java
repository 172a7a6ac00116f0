package org.frontlinemap.ingest;

/** Receives what readers find, one article or refusal at a time, so a large folder never sits in memory whole. */
public interface ArticleSink {

    void article(RawArticle article);

    void refused(String origin, String reason);

    /** Called after each file (an archive counts as one) has been read, whatever it held. */
    default void fileDone(String origin) {
    }
}
