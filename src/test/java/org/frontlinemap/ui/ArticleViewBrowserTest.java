package org.frontlinemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ArticleViewBrowserTest extends BrowserTestBase {

    @Autowired
    DataSource dataSource;

    long seedArticleId() {
        return new JdbcTemplate(dataSource).queryForObject(
                "SELECT id FROM articles WHERE origin LIKE '%seed-2017-09-25%' ORDER BY id LIMIT 1", Long.class);
    }

    @Test
    void seedArticleShowsMentionsAndClaimsAndLeadsBackToTheMap() {
        long id = seedArticleId();
        page.navigate(url("/article/" + id));
        page.waitForSelector("#article-body .mention");

        assertThat(page.locator("#article-body").getAttribute("dir")).isEqualTo("rtl");
        assertThat(page.locator("#article-body p").first().getAttribute("dir")).isEqualTo("auto");
        int mentions = page.locator("#article-body .mention").count();
        assertThat(mentions).as("highlighted mentions").isGreaterThanOrEqualTo(20);
        assertThat(page.locator("#article-body .mention").allTextContents())
                .anySatisfy(t -> assertThat(t).contains("الرقة"));
        assertThat(page.locator("#article-body .claim").count()).as("underlined claim runs").isGreaterThanOrEqualTo(5);
        var first = page.locator("#article-body .mention").first();
        assertThat(first.getAttribute("data-place-id")).isNotBlank();
        assertThat(first.getAttribute("title")).isNotBlank();
        assertThat(page.locator("#article-body .claim").first().getAttribute("title")).isNotBlank();
        // the body shows the stored text exactly, in order
        String body = new JdbcTemplate(dataSource).queryForObject("SELECT body FROM articles WHERE id = ?",
                String.class, id);
        String shown = (String) page.evaluate("() => Array.from(document.querySelectorAll('#article-body p'))"
                + ".map(p => p.textContent).join('')");
        assertThat(body.replaceAll("\\s+", "")).isEqualTo(shown.replaceAll("\\s+", ""));
        // the claim list
        page.waitForSelector("#article-claims");
        assertThat(page.locator("#article-title").textContent()).isNotBlank();
        screenshot("article.png");

        var raqqa = page.locator("#article-body .mention").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("الرقة")).first();
        String placeId = raqqa.getAttribute("data-place-id");
        raqqa.click();
        page.waitForURL(u -> u.contains("place="));
        assertThat(page.url()).startsWith(url("/?")).contains("place=" + placeId).contains("lat=").contains("lon=")
                .contains("zoom=10");
        page.waitForSelector("leaflet-map");

        assertThat(consoleErrors).isEmpty();
        assertThat(externalRequests).isEmpty();
    }

    @Test
    void unknownArticleGetsANotFoundMessage() {
        page.navigate(url("/article/987654321"));
        page.waitForSelector("#article-not-found");
        assertThat(page.locator("#article-not-found").textContent()).isNotBlank();
        page.navigate(url("/article/not-a-number"));
        page.waitForSelector("#article-not-found");
        assertThat(consoleErrors).isEmpty();
        assertThat(externalRequests).isEmpty();
    }
}
