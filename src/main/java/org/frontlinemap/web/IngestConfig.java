package org.frontlinemap.web;

import javax.sql.DataSource;

import org.frontlinemap.ingest.DemoCorpusLoader;
import org.frontlinemap.ingest.IngestComponents;
import org.frontlinemap.ingest.IngestService;
import org.frontlinemap.ingest.IngestSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ingest pipeline for the web app, and the demo corpus loaded into an empty database at start. */
@Configuration
class IngestConfig {

    private static final Logger LOG = LoggerFactory.getLogger(IngestConfig.class);

    @Bean
    IngestService ingestService(DataSource dataSource) {
        return new IngestService(dataSource, IngestComponents.geoparser(dataSource),
                IngestComponents.claimExtractor(dataSource));
    }

    @Bean
    ApplicationRunner demoCorpus(FrontlineProperties props, DataSource dataSource, IngestService ingest) {
        return args -> {
            if (!Boolean.TRUE.equals(props.demoData())) {
                return;
            }
            try {
                IngestSummary s = new DemoCorpusLoader(dataSource, ingest).loadIfEmpty();
                if (!s.outcomes().isEmpty()) {
                    LOG.info("Demo corpus loaded: {}", s);
                    s.refused().forEach(o -> LOG.warn("Demo corpus file refused: {}: {}", o.origin(), o.reason()));
                }
            } catch (Exception e) {
                // a map without demo articles is still a working map
                LOG.warn("Demo corpus not loaded: {}", e.toString());
            }
        };
    }
}
