package org.frontlinemap.web;

import java.security.SecureRandom;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one writing account, {@code admin}. Its password comes from {@code frontline.admin.password}; when that is
 * unset, one is generated at the first start, printed once to the log, and only its hash is kept in the database.
 */
final class AdminAccount {

    private static final Logger LOG = LoggerFactory.getLogger(AdminAccount.class);
    static final String USERNAME = "admin";
    private static final String META_KEY = "admin.password.hash";

    private AdminAccount() {
    }

    static String passwordHash(FrontlineProperties props, DataSource ds, PasswordEncoder encoder) {
        if (props.adminPassword() != null && !props.adminPassword().isBlank()) {
            return encoder.encode(props.adminPassword());
        }
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        var stored = jdbc.queryForList("SELECT value FROM geodata_meta WHERE name = ?", String.class, META_KEY);
        if (!stored.isEmpty()) {
            return stored.get(0);
        }
        String generated = generate();
        String hash = encoder.encode(generated);
        jdbc.update("INSERT INTO geodata_meta(name, value) VALUES (?, ?)", META_KEY, hash);
        LOG.warn("\n\n  Frontline Map admin account created: user 'admin', password '{}'\n"
                + "  It is shown only this once. Set frontline.admin.password to choose your own.\n", generated);
        return hash;
    }

    private static String generate() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
