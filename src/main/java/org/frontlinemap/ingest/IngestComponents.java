package org.frontlinemap.ingest;

import javax.sql.DataSource;

import org.frontlinemap.claims.ClaimExtractor;
import org.frontlinemap.claims.RuleBasedClaimExtractor;
import org.frontlinemap.gazetteer.BundledGazetteer;
import org.frontlinemap.gazetteer.GazetteerStore;
import org.frontlinemap.geoparse.GazetteerGeoparser;
import org.frontlinemap.geoparse.Geoparser;

/**
 * The text-analysis parts the command-line ingest and {@code bench ingest --analysis configured} use, assembled the
 * way the web app's pipeline configuration assembles them, so that an article ingested from either side gets the
 * same mentions and claims.
 */
public final class IngestComponents {

    private IngestComponents() {
    }

    /** The gazetteer-backed geoparser over the bundled places plus any imported into {@code dataSource}. */
    public static Geoparser geoparser(DataSource dataSource) {
        return new GazetteerGeoparser(GazetteerStore.withImported(dataSource, BundledGazetteer.shared()));
    }

    public static ClaimExtractor claimExtractor(DataSource dataSource) {
        return new RuleBasedClaimExtractor();
    }
}
