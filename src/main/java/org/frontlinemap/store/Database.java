package org.frontlinemap.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/**
 * Opens the embedded H2 database (file mode under the data folder, or any JDBC URL) and brings its schema up to
 * date with Flyway. Used both by the web app and by the command-line tools, so that neither needs the other.
 */
public final class Database {

    public static final String DEFAULT_DATA_DIR = "data";

    private Database() {
    }

    /** H2 2.x reserves VALUE, which V1 uses as a column name in geodata_meta. */
    static final String H2_OPTIONS = ";NON_KEYWORDS=VALUE";

    /** JDBC URL of the file database in {@code dataDir}. */
    public static String fileUrl(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve("frontline");
        return "jdbc:h2:file:" + file.toString().replace('\\', '/') + ";DB_CLOSE_ON_EXIT=FALSE" + H2_OPTIONS;
    }

    /** A fresh private in-memory database, for tests and benchmarks. */
    public static String memoryUrl(String name) {
        return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS;
    }

    /**
     * Makes sure the data folder exists and is writable, telling the user what to do when it is not.
     */
    public static void prepareDataDir(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DatabaseUnavailableException("Cannot create the data folder " + dir + " (" + e.getMessage()
                    + "). Create it and make it writable, or point frontline.data-dir to a writable folder.", e);
        }
        if (!Files.isWritable(dir)) {
            throw new DatabaseUnavailableException("The data folder " + dir + " is not writable. "
                    + "Fix its permissions, or point frontline.data-dir to a writable folder.", null);
        }
    }

    public static HikariDataSource dataSource(String jdbcUrl, int poolSize) {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(withH2Options(jdbcUrl));
        cfg.setUsername("sa");
        cfg.setPassword("");
        cfg.setMaximumPoolSize(poolSize);
        cfg.setPoolName("frontline-h2");
        return new HikariDataSource(cfg);
    }

    /** Adds the options the schema needs to an H2 URL a user or a test wrote by hand. */
    static String withH2Options(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains("NON_KEYWORDS")) {
            return jdbcUrl + H2_OPTIONS;
        }
        return jdbcUrl;
    }

    /** Opens, checks and migrates; the caller closes the returned pool. */
    public static HikariDataSource openMigrated(String jdbcUrl, int poolSize) {
        HikariDataSource ds;
        try {
            ds = dataSource(jdbcUrl, poolSize);
        } catch (RuntimeException e) {
            throw explain(jdbcUrl, e);
        }
        try {
            migrate(ds);
        } catch (RuntimeException e) {
            ds.close();
            throw explain(jdbcUrl, e);
        }
        return ds;
    }

    public static void migrate(DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    }

    /** Turns H2's lock and permission failures into a message a user can act on. */
    static RuntimeException explain(String jdbcUrl, RuntimeException e) {
        String all = fullMessage(e);
        if (all.contains("already in use") || all.contains("90020") || all.contains("Locked by another process")) {
            return new DatabaseUnavailableException("The database " + jdbcUrl + " is in use by another Frontline Map "
                    + "process. Stop that process (or use another data folder with --frontline.data-dir) and try again.", e);
        }
        if (all.contains("90096") || all.contains("read only") || all.contains("AccessDenied") || all.contains("Permission denied")) {
            return new DatabaseUnavailableException("The database " + jdbcUrl + " cannot be written. "
                    + "Check the data folder's permissions or choose another with frontline.data-dir.", e);
        }
        return e;
    }

    private static String fullMessage(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getMessage()).append(' ');
            if (t instanceof SQLException s) {
                sb.append(s.getErrorCode()).append(' ');
            }
        }
        return sb.toString();
    }

    /** True if the connection's database has no rows in {@code table}. */
    public static boolean isEmpty(Connection c, String table) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }
}
