package org.frontlinemap.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code frontline.*}.
 *
 * @param dataDir           folder of the H2 file database (relative to the working directory)
 * @param dbUrl             a full JDBC URL that overrides dataDir (tests use an in-memory database)
 * @param tilesUrl          URL template of an OpenStreetMap-style tile server; empty keeps the map offline
 * @param tilesAttribution  attribution shown with those tiles
 * @param adminPassword     password of the {@code admin} user who may ingest; generated at first start when empty
 * @param readRequiresLogin whether reading the map needs a login too
 * @param demoData          load the bundled demo corpus into an empty database at start
 */
@ConfigurationProperties(prefix = "frontline")
public record FrontlineProperties(
        String dataDir,
        String dbUrl,
        String tilesUrl,
        String tilesAttribution,
        String adminPassword,
        boolean readRequiresLogin,
        Boolean demoData) {

    public FrontlineProperties {
        if (dataDir == null || dataDir.isBlank()) {
            dataDir = "data";
        }
        if (tilesAttribution == null || tilesAttribution.isBlank()) {
            tilesAttribution = "© OpenStreetMap contributors";
        }
        if (demoData == null) {
            demoData = Boolean.TRUE;
        }
    }

    public boolean tilesEnabled() {
        return tilesUrl != null && !tilesUrl.isBlank();
    }
}
