package org.frontlinemap.ingest;

import java.util.List;

import javax.sql.DataSource;

import org.frontlinemap.claims.ClaimExtractor;
import org.frontlinemap.geoparse.Geoparser;

/**
 * The text-analysis parts the command-line ingest (and the benchmark's "real" mode) use. This is the one place
 * where the gazetteer-backed {@link Geoparser} and the {@link ClaimExtractor} are plugged into ingestion.
 */
public final class IngestComponents {

    private IngestComponents() {
    }

    /**
     * The geoparser for articles stored in {@code dataSource}'s database. Until the gazetteer-backed geoparser is
     * wired here, articles are stored with the mentions of {@link KeywordGeoparser#syrianCities()} only.
     */
    public static Geoparser geoparser(DataSource dataSource) {
        return KeywordGeoparser.syrianCities();
    }

    /** The claim extractor. Until the rule-based extractor is wired here, no claims are extracted. */
    public static ClaimExtractor claimExtractor(DataSource dataSource) {
        return (text, mentions, articleDate) -> List.of();
    }

    /** False while {@link #geoparser} and {@link #claimExtractor} are the stand-ins above; the CLI then warns. */
    public static boolean analysisComplete() {
        return false;
    }
}
