package org.frontlinemap.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.frontlinemap.store.Database;

/** A private in-memory database with the full schema, and a one-number query helper. */
public final class TestDb {

    private TestDb() {
    }

    public static HikariDataSource fresh() {
        return Database.openMigrated(Database.memoryUrl("t" + UUID.randomUUID().toString().replace("-", "")), 2);
    }

    public static long count(javax.sql.DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
