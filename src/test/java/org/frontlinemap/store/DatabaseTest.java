package org.frontlinemap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path tmp;

    @Test
    void aFreshFileDatabaseGetsTheWholeSchemaWithSpatialIndexes() throws Exception {
        Path dir = tmp.resolve("data");
        Database.prepareDataDir(dir);
        try (HikariDataSource ds = Database.openMigrated(Database.fileUrl(dir), 2);
             var c = ds.getConnection(); var st = c.createStatement()) {
            for (String table : new String[] {"PLACES", "ARTICLES", "PARAGRAPHS", "SENTENCES", "MENTIONS", "CLAIMS",
                    "CONTROL_ZONES", "GEODATA_META"}) {
                try (var rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = '"
                        + table + "'")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as(table).isEqualTo(1);
                }
            }
            try (var rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES "
                    + "WHERE INDEX_TYPE_NAME = 'SPATIAL INDEX'")) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(2);
            }
            st.execute("INSERT INTO geodata_meta(name, value) VALUES ('k', 'v')");
        }
        assertThat(Files.exists(dir.resolve("frontline.mv.db"))).isTrue();
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsExplained() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> Database.prepareDataDir(file.resolve("data")))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("Cannot create the data folder")
                .hasMessageContaining("frontline.data-dir");
    }

    @Test
    void aDatabaseLockedByAnotherProcessIsExplained() {
        RuntimeException locked = new RuntimeException("pool init failed",
                new SQLException("Database may be already in use: \"/x/frontline.mv.db\". Possible solutions: "
                        + "close all other connection(s); use the server mode", "90020", 90020));
        RuntimeException e = Database.explain("jdbc:h2:file:/x/frontline", locked);
        assertThat(e).isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("in use by another Frontline Map process")
                .hasMessageContaining("data folder");
        RuntimeException other = new RuntimeException("something else");
        assertThat(Database.explain("jdbc:h2:mem:x", other)).isSameAs(other);
    }

    @Test
    void handWrittenH2UrlsGetTheSchemaOptions() {
        assertThat(Database.withH2Options("jdbc:h2:mem:t")).contains("NON_KEYWORDS=VALUE");
        assertThat(Database.withH2Options("jdbc:h2:mem:t;NON_KEYWORDS=VALUE")).isEqualTo("jdbc:h2:mem:t;NON_KEYWORDS=VALUE");
        assertThat(Database.withH2Options("jdbc:postgresql://h/db")).isEqualTo("jdbc:postgresql://h/db");
    }
}
