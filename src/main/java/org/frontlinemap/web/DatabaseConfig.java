package org.frontlinemap.web;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.frontlinemap.store.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class DatabaseConfig {

    @Bean(destroyMethod = "close")
    DataSource dataSource(FrontlineProperties props) {
        String url = props.dbUrl();
        if (url == null || url.isBlank()) {
            Path dir = Path.of(props.dataDir());
            Database.prepareDataDir(dir);
            url = Database.fileUrl(dir);
        }
        return Database.openMigrated(url, 8);
    }
}
