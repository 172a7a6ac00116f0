package org.frontlinemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** With {@code frontline.read-requires-login=true} an article is shown to signed-in users only. */
@TestPropertySource(properties = "frontline.read-requires-login=true")
class ReadRequiresLoginBrowserTest extends BrowserTestBase {

    @Autowired
    DataSource dataSource;

    @Test
    void anonymousReaderGetsTheLoginFirst() {
        long id = new JdbcTemplate(dataSource).queryForObject("SELECT MIN(id) FROM articles", Long.class);
        page.navigate(url("/article/" + id));
        page.waitForSelector("vaadin-login-form input[name=username]");
        assertThat(page.locator("#article-body").count()).isZero();

        page.locator("vaadin-login-form input[name=username]").fill("admin");
        page.locator("vaadin-login-form input[name=password]").fill("test-admin-password");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("/article/" + id));
        page.waitForSelector("#article-body p");
        assertThat(page.locator("#article-title").textContent()).isNotBlank();

        assertThat(consoleErrors).isEmpty();
        assertThat(externalRequests).isEmpty();
    }
}
