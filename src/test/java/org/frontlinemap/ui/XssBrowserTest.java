package org.frontlinemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.frontlinemap.ingest.IngestOptions;
import org.frontlinemap.ingest.IngestService;
import org.frontlinemap.ingest.IngestSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Hostile article text and metadata stay text in the article view and in the JSON API. */
class XssBrowserTest extends BrowserTestBase {

    static final String HOSTILE = """
            قالت مصادر إن قوات سوريا الديمقراطية تسيطر على منبج. <script>window.__xss=1</script>
            وفي الرقة <img src=x onerror="window.__xss=2"> اشتباكات.
            رابط: javascript:window.__xss=3 ثم <b onmouseover="window.__xss=4">دير الزور</b> في المساء.
            """;

    @Autowired
    IngestService ingest;

    @Test
    void hostileTextIsShownAsText() {
        // a .txt keeps the markup as literal text; its sidecar gives a hostile title and URL
        String sidecar = "{\"title\":\"<img src=x onerror=\\\"window.__xss=5\\\">عنوان\","
                + "\"url\":\"javascript:window.__xss=6\",\"published\":\"2016-08-12\",\"source\":\"<b>src</b>\"}";
        IngestSummary s = ingest.ingestBytes("hostile.txt", HOSTILE.getBytes(StandardCharsets.UTF_8),
                sidecar.getBytes(StandardCharsets.UTF_8), IngestOptions.NONE);
        assertThat(s.newCount()).as(s.toString()).isEqualTo(1);
        long id = s.outcomes().get(0).articleId();

        List<String> dialogs = new ArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        page.navigate(url("/article/" + id));
        page.waitForSelector("#article-body p");
        page.locator("#article-body").hover();
        page.locator("#article-title").hover();
        page.locator("#article-meta").hover();
        for (var b : page.locator("#article-body .mention").all()) {
            b.hover();
        }

        assertThat(page.evaluate("() => typeof window.__xss")).isEqualTo("undefined");
        assertThat(dialogs).isEmpty();
        assertThat(page.locator("img[src=x]").count()).isZero();
        assertThat(page.locator("#article-body script, #article-body b, #article-body img").count()).isZero();
        assertThat(page.locator("script:has-text('__xss')").count()).isZero();
        assertThat(page.locator("[onerror], [onmouseover]").count()).isZero();
        assertThat(page.locator("#article-body").innerText()).contains("<script>window.__xss=1</script>")
                .contains("javascript:window.__xss=3").contains("<b onmouseover=");
        assertThat(page.locator("#article-title").innerText()).contains("<img src=x");
        // a javascript: URL is never a link
        assertThat(page.locator("a[href^='javascript']").count()).isZero();
        assertThat(page.locator("#article-url").evaluate("e => e.tagName")).isEqualTo("SPAN");
        assertThat(page.locator("#article-url").innerText()).isEqualTo("javascript:window.__xss=6");

        // the JSON API returns the text as JSON, not as a page to render
        var response = page.navigate(url("/api/articles/" + id));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).startsWith("application/json");
        assertThat(page.evaluate("() => typeof window.__xss")).isEqualTo("undefined");
        assertThat(page.locator("img[src=x]").count()).isZero();
        assertThat(page.locator("body").innerText()).contains("<script>window.__xss=1</script>");

        assertThat(dialogs).isEmpty();
        assertThat(consoleErrors).isEmpty();
        assertThat(externalRequests).isEmpty();
    }

    @Test
    void hostileHtmlFileKeepsNoMarkup() {
        String html = "<html><head><title>t<script>window.__xss=7</script></title></head><body><article>"
                + "<p>تسيطر قوات سوريا الديمقراطية على الطبقة &lt;script&gt;window.__xss=8&lt;/script&gt; منذ 2017.</p>"
                + "<p><img src=x onerror=\"window.__xss=9\"><a href=\"javascript:window.__xss=10\">الرقة</a>"
                + " <b onmouseover=\"window.__xss=11\">منبج</b></p></article></body></html>";
        IngestSummary s = ingest.ingestBytes("hostile.html", html.getBytes(StandardCharsets.UTF_8), null,
                IngestOptions.NONE);
        assertThat(s.newCount()).as(s.toString()).isEqualTo(1);
        long id = s.outcomes().get(0).articleId();
        List<String> dialogs = new ArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        page.navigate(url("/article/" + id));
        page.waitForSelector("#article-body p");
        for (var m : page.locator("#article-body .mention").all()) {
            m.hover();
        }
        assertThat(page.evaluate("() => typeof window.__xss")).isEqualTo("undefined");
        assertThat(page.locator("img[src=x]").count()).isZero();
        assertThat(page.locator("a[href^='javascript']").count()).isZero();
        assertThat(page.locator("#article-body").innerText()).contains("<script>window.__xss=8</script>");
        assertThat(dialogs).isEmpty();
        assertThat(consoleErrors).isEmpty();
        assertThat(externalRequests).isEmpty();
    }
}
