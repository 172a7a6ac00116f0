package org.frontlinemap.web;

import javax.sql.DataSource;

import org.frontlinemap.ingest.DemoCorpusLoader;
import org.frontlinemap.ingest.IngestService;
import org.frontlinemap.ingest.IngestSummary;
import org.frontlinemap.zones.ZoneService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start: the demo corpus into an empty database (when enabled), then the zone snapshots and the zones that the
 * stored claims imply. A failure here is logged and the app serves what it has.
 */
@Component
class StartupData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(StartupData.class);

    private final FrontlineProperties props;
    private final DataSource dataSource;
    private final IngestService ingest;
    private final ZoneService zones;

    StartupData(FrontlineProperties props, DataSource dataSource, IngestService ingest, ZoneService zones) {
        this.props = props;
        this.dataSource = dataSource;
        this.ingest = ingest;
        this.zones = zones;
    }

    @Override
    public void run(ApplicationArguments args) {
        long t = System.nanoTime();
        if (props.demoData()) {
            try {
                IngestSummary s = new DemoCorpusLoader(dataSource, ingest).loadIfEmpty();
                if (s != null) {
                    LOG.info("Demo corpus: {}", s);
                }
            } catch (Exception e) {
                LOG.error("The demo corpus could not be loaded; the map starts without it: {}", e.toString(), e);
            }
        }
        String problem = zones.prepare();
        if (problem != null) {
            LOG.error("Zone snapshots: {} (the map shows the zones already stored)", problem);
        }
        LOG.info("Start-up data ready in {} ms", (System.nanoTime() - t) / 1_000_000);
    }
}
