package org.frontlinemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import javax.sql.DataSource;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class UploadBrowserTest extends BrowserTestBase {

    static final String PASTED = "سيطرت قوات سوريا الديمقراطية على مدينة منبج في ريف حلب الشمالي بعد معارك استمرت "
            + "أكثر من شهرين مع تنظيم الدولة. وقال مصدر محلي إن القوات تسيطر الآن على معظم أحياء المدينة، "
            + "بينما انسحب مقاتلو التنظيم نحو جرابلس والباب.";

    static final String FILE_TEXT = "استعادت القوات الحكومية السيطرة على مدينة تدمر في ريف حمص الشرقي بعد "
            + "انسحاب تنظيم الدولة منها، وفق ما أعلنه مصدر عسكري.";

    @Autowired
    DataSource dataSource;

    @Test
    void anonymousUserIsSentToTheLogin() {
        page.navigate(url("/upload"));
        page.waitForSelector("vaadin-login-form");
        assertThat(page.locator("#upload-files").count()).isZero();
        assertThat(page.locator("#paste-text").count()).isZero();
        assertThat(consoleErrors).isEmpty();
        assertThat(externalRequests).isEmpty();
    }

    @Test
    void adminPastesAndUploadsArticles() {
        login();
        page.navigate(url("/upload"));
        page.waitForSelector("#upload-files");

        // paste an Arabic article with a date
        int batch = batch();
        pasteAndSubmit();
        waitForBatchAfter(batch);
        assertThat(page.locator("#upload-summary").getAttribute("data-new")).isEqualTo("1");
        assertThat(page.locator("#upload-summary").textContent().toLowerCase()).contains("new: 1");
        assertThat(page.locator("#upload-results").textContent()).contains("new");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM articles WHERE published = DATE '2016-08-12' "
                + "AND body LIKE '%منبج%' AND lang = 'ar'", Long.class)).isEqualTo(1L);
        assertThat(page.locator("#upload-progress").isVisible()).isFalse();

        // a .txt file through the upload component
        batch = batch();
        page.setInputFiles("#upload-files input[type=file]", new FilePayload("palmyra-2016.txt", "text/plain",
                FILE_TEXT.getBytes(StandardCharsets.UTF_8)));
        page.waitForFunction("() => document.querySelector('#upload-results')"
                + " && document.querySelector('#upload-results').textContent.includes('palmyra-2016.txt')");
        waitForBatchAfter(batch);
        assertThat(page.locator("#upload-summary").getAttribute("data-new")).isEqualTo("1");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM articles WHERE body LIKE '%تدمر%' "
                + "AND origin LIKE '%palmyra-2016.txt%'", Long.class)).isEqualTo(1L);

        // a zip of two articles, one with a sidecar naming its date
        batch = batch();
        page.setInputFiles("#upload-files input[type=file]", new FilePayload("two-articles.zip",
                "application/zip", zip()));
        waitForBatchAfter(batch);
        assertThat(page.locator("#upload-summary").getAttribute("data-new")).isEqualTo("2");
        assertThat(page.locator("#upload-results").textContent()).contains("two-articles.zip!kobani.txt")
                .doesNotContain("frontline-upload");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM articles WHERE published = DATE '2015-01-26' "
                + "AND body LIKE '%عين العرب%'", Long.class)).isEqualTo(1L);

        // the same text again is a duplicate, stored once
        batch = batch();
        pasteAndSubmit();
        waitForBatchAfter(batch);
        assertThat(page.locator("#upload-summary").getAttribute("data-new")).isEqualTo("0");
        assertThat(page.locator("#upload-summary").getAttribute("data-duplicates")).isEqualTo("1");
        assertThat(page.locator("#upload-summary").textContent().toLowerCase()).contains("duplicates: 1");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM articles WHERE body LIKE '%منبج في ريف حلب الشمالي%'",
                Long.class)).isEqualTo(1L);

        // a file the ingest cannot read is refused with a reason, and nothing is stored
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM articles", Long.class);
        batch = batch();
        page.setInputFiles("#upload-files input[type=file]", new FilePayload("broken.jsonl", "application/json",
                "{not json at all\n".getBytes(StandardCharsets.UTF_8)));
        waitForBatchAfter(batch);
        assertThat(page.locator("#upload-summary").getAttribute("data-refused")).isEqualTo("1");
        assertThat(page.locator("#upload-results").textContent()).contains("broken.jsonl").contains("refused");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM articles", Long.class)).isEqualTo(before);
        screenshot("upload.png");

        assertThat(consoleErrors).isEmpty();
        assertThat(externalRequests).isEmpty();
    }

    private void pasteAndSubmit() {
        page.locator("#paste-text textarea").fill(PASTED);
        page.locator("#paste-title input").fill("منبج");
        page.locator("#paste-date input").fill("2016-08-12");
        page.locator("#paste-date input").press("Enter");
        page.locator("#paste-source input").fill("test source");
        page.locator("#paste-submit").click();
    }

    static byte[] zip() {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("kobani.txt"));
            zip.write("استعادت وحدات حماية الشعب السيطرة على مدينة عين العرب بعد أشهر من الحصار."
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("kobani.json"));
            zip.write("{\"published\": \"2015-01-26\", \"title\": \"كوباني\"}".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("tabqa.txt"));
            zip.write("تقدمت قوات سوريا الديمقراطية نحو مدينة الطبقة وسد الفرات غرب الرقة."
                    .getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private int batch() {
        String b = page.locator("#upload-summary").getAttribute("data-batch");
        return b == null ? 0 : Integer.parseInt(b);
    }

    private void waitForBatchAfter(int batch) {
        page.waitForFunction("b => Number(document.querySelector('#upload-summary').getAttribute('data-batch') || 0) > b",
                batch);
    }

    private void login() {
        page.navigate(url("/login"));
        page.waitForSelector("vaadin-login-form input[name=username]");
        page.locator("vaadin-login-form input[name=username]").fill("admin");
        page.locator("vaadin-login-form input[name=password]").fill("test-admin-password");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
    }
}
