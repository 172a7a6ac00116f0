package org.frontlinemap.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import com.zaxxer.hikari.HikariDataSource;
import org.frontlinemap.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class GazetteerStoreTest {

    private HikariDataSource ds;
    private final BundledGazetteer bundled = BundledGazetteer.shared();

    @BeforeEach
    void open() {
        ds = Database.openMigrated(Database.memoryUrl("gaz" + System.nanoTime()), 2);
    }

    @AfterEach
    void close() {
        ds.close();
    }

    private long count(String where) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM places WHERE " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(GazetteerStoreTest.class.getClassLoader().getResource("geonames/" + name).toURI());
    }

    @Test
    void syncWritesOnceAndAgainOnlyWhenTheHashChanges() throws SQLException {
        var first = GazetteerStore.sync(ds, bundled);
        System.out.println("gazetteer sync: " + first.places() + " places in " + first.millis() + " ms");
        assertThat(first.written()).isTrue();
        assertThat(count("1=1")).isEqualTo(bundled.places().size());
        var second = GazetteerStore.sync(ds, bundled);
        assertThat(second.written()).isFalse();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT geom, derived_from FROM places WHERE id = 'euphrates-east-bank'")) {
            assertThat(rs.next()).isTrue();
            assertThat(((Geometry) rs.getObject(1)).getDimension()).isEqualTo(2);
            assertThat(rs.getString(2)).contains("euphrates");
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE geodata_meta SET value = 'old' WHERE name = '" + GazetteerStore.HASH_KEY + "'");
            s.executeUpdate("DELETE FROM places WHERE id = 'raqqa'");
        }
        assertThat(GazetteerStore.sync(ds, bundled).written()).isTrue();
        assertThat(count("id = 'raqqa'")).isEqualTo(1);
    }

    @Test
    void geoNamesImportAddsPlacesWithArabicNamesAndIsIdempotent() throws Exception {
        GazetteerStore.sync(ds, bundled);
        var r = GeoNamesImporter.importFile(ds, fixture("SY-sample.txt"), bundled);
        // Tall Halaf, the district, al-Kibar (its id is taken by nothing, kept), Ma'rabah, Ar Raqqah (new geonames id);
        // the mountain (class T) and the governorate (ADM1) are skipped.
        assertThat(r.inserted()).isEqualTo(5);
        assertThat(r.skipped()).isEqualTo(2);
        var again = GeoNamesImporter.importFile(ds, fixture("SY-sample.txt"), bundled);
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isEqualTo(5);
        assertThat(count("source = 'geonames-import:SY-sample.txt'")).isEqualTo(5);

        var imported = GazetteerStore.loadImported(ds);
        Place halaf = imported.stream().filter(p -> p.geonamesId() == 99000001L).findFirst().orElseThrow();
        assertThat(halaf.id()).isEqualTo("tall-halaf");
        assertThat(halaf.nameAr()).isEqualTo("تل حلف");
        assertThat(halaf.aliasesAr()).contains("تل حلاف");
        assertThat(halaf.admin1()).isEqualTo("hasakah-governorate");
        // "ar-raqqah" is free but the al-Kibar row must not take the bundled id al-kibar.
        Place raqqa2 = imported.stream().filter(p -> p.geonamesId() == 99000003L).findFirst().orElseThrow();
        assertThat(raqqa2.kind()).isEqualTo(PlaceKind.CITY);
        assertThat(imported).extracting(Place::id).doesNotContain("raqqa");

        Gazetteer merged = GazetteerStore.withImported(ds, bundled);
        assertThat(merged.byId("tall-halaf")).isPresent();
        assertThat(new PlaceLookup(merged).best("تل حلف").orElseThrow().id()).isEqualTo("tall-halaf");
        assertThat(merged.regionsContaining(halaf.lat(), halaf.lon())).contains("hasakah-governorate");

        // A later sync of the bundled data keeps imported rows.
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE geodata_meta SET value = 'old'");
        }
        GazetteerStore.sync(ds, bundled);
        assertThat(count("source LIKE 'geonames-import:%'")).isEqualTo(5);
    }

    @Test
    void wrongColumnCountNamesFileAndLineAndWritesNothing() throws Exception {
        GazetteerStore.sync(ds, bundled);
        long before = count("1=1");
        assertThatThrownBy(() -> GeoNamesImporter.importFile(ds, fixture("SY-bad-columns.txt"), bundled))
                .isInstanceOf(GeodataFormatException.class)
                .hasMessageContaining("SY-bad-columns.txt:4").hasMessageContaining("expected 19");
        assertThat(count("1=1")).isEqualTo(before);
    }
}
