package org.frontlinemap.web;

import javax.sql.DataSource;

import org.frontlinemap.claims.ClaimExtractor;
import org.frontlinemap.claims.RuleBasedClaimExtractor;
import org.frontlinemap.gazetteer.BundledGazetteer;
import org.frontlinemap.gazetteer.Gazetteer;
import org.frontlinemap.gazetteer.GazetteerStore;
import org.frontlinemap.gazetteer.GeodataProblem;
import org.frontlinemap.gazetteer.PlaceLookup;
import org.frontlinemap.geoparse.GazetteerGeoparser;
import org.frontlinemap.geoparse.Geoparser;
import org.frontlinemap.ingest.IngestService;
import org.frontlinemap.ui.BaseMapLayers;
import org.frontlinemap.zones.ZoneService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pipeline's parts as beans: Article → Paragraphs → Mentions → Claims → Zones. The core classes know nothing of
 * Spring; this is where the web app assembles them (the command-line tools assemble the same classes themselves).
 */
@Configuration
class PipelineConfig {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineConfig.class);

    @Bean
    BundledGazetteer bundledGazetteer() {
        BundledGazetteer g = BundledGazetteer.shared();
        for (GeodataProblem p : g.problems()) {
            LOG.error("Geodata problem (the app starts with what it has): {}", p);
        }
        LOG.info("Gazetteer: {} places loaded in {} ms", g.places().size(), g.loadMillis());
        return g;
    }

    /** The bundled places plus any imported with {@code gazetteer import}, synced into H2 once per content hash. */
    @Bean
    Gazetteer gazetteer(DataSource dataSource, BundledGazetteer bundled) {
        long t = System.nanoTime();
        GazetteerStore.SyncResult r = GazetteerStore.sync(dataSource, bundled);
        LOG.info("Gazetteer in the database: {} ({} ms)", r, (System.nanoTime() - t) / 1_000_000);
        return GazetteerStore.withImported(dataSource, bundled);
    }

    @Bean
    PlaceLookup placeLookup(Gazetteer gazetteer) {
        return new PlaceLookup(gazetteer);
    }

    @Bean
    BaseMapLayers baseMapLayers(Gazetteer gazetteer) {
        return new BaseMapLayers(gazetteer);
    }

    @Bean
    Geoparser geoparser(Gazetteer gazetteer) {
        return new GazetteerGeoparser(gazetteer);
    }

    @Bean
    ClaimExtractor claimExtractor() {
        return new RuleBasedClaimExtractor();
    }

    @Bean
    IngestService ingestService(DataSource dataSource, Geoparser geoparser, ClaimExtractor claimExtractor) {
        return new IngestService(dataSource, geoparser, claimExtractor);
    }

    @Bean
    ZoneService zoneService(DataSource dataSource, Gazetteer gazetteer) {
        return new ZoneService(dataSource, gazetteer);
    }
}
