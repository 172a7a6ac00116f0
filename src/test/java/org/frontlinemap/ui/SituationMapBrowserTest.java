package org.frontlinemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every flow of the situation map, in headless Chromium, on the bundled demo data. */
class SituationMapBrowserTest extends BrowserTestBase {

    static final String GOVERNMENT_FILL = "path[fill='#CC6677']";
    static final Path FIGURES = Path.of("target", "browser-figures.txt");

    @AfterEach
    void nothingLeftTheMachineAndNothingFailed() {
        assertThat(externalRequests).as("requests that left the machine").isEmpty();
        assertThat(consoleErrors).as("console errors").isEmpty();
    }

    @Test
    void firstRenderShowsTheSeedSituationAndIsTimed() {
        long t0 = System.nanoTime();
        page.navigate(url("/?lang=en"));
        page.waitForFunction("() => document.querySelectorAll(\"leaflet-map path[fill='#CC6677']\").length > 0"
                + " && document.querySelectorAll('leaflet-map path.leaflet-interactive').length >= 14");
        double renderMs = ((Number) page.evaluate("() => performance.now()")).doubleValue();
        long wallMs = (System.nanoTime() - t0) / 1_000_000;
        report("first map render after navigation start: " + Math.round(renderMs) + " ms (browser clock), "
                + wallMs + " ms wall incl. page load");
        assertThat(page.locator("#asof-label").textContent()).isEqualTo("2017-09-25");
        // zones of the seed's date: SDF (sand), ISIS (grey) and the government (rose) are all on the map
        assertThat(page.locator("path[fill='#DDCC77']").count()).isPositive();
        assertThat(page.locator("path[fill='#4D4D4D']").count()).isPositive();
        // front lines are drawn above the zones, and the legend says the zones are generalised
        assertThat(page.locator("path[stroke='#111111']").count()).as("front-line paths").isPositive();
        assertThat(page.locator("#map-legend").textContent()).contains("generalised");
        assertThat(page.locator(".leaflet-control-layers-overlays label").allTextContents())
                .anySatisfy(t -> assertThat(t).contains("Front lines"))
                .anySatisfy(t -> assertThat(t).contains("Syrian Democratic Forces"));
        assertThat(page.locator("#timeline-strip .timeline-bar[data-count]:not([data-count='0'])").count())
                .as("months with articles").isGreaterThan(10);
        screenshot("map.png");
    }

    @Test
    void togglingAFactionLayerHidesItsZonesAndGoesIntoTheUrl() {
        openMap("/?lang=en");
        page.waitForSelector("path[fill='#DDCC77']");
        int sdf = page.locator("path[fill='#DDCC77']").count();
        assertThat(sdf).isPositive();
        page.locator(".leaflet-control-layers-overlays label", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Syrian Democratic Forces")).locator("input").uncheck();
        page.waitForFunction("() => document.querySelectorAll(\"path[fill='#DDCC77']\").length === 0");
        page.waitForFunction("() => location.search.includes('layers=') && !location.search.includes('zones-sdf')");
        assertThat(page.url()).contains("zones-isis");
    }

    @Test
    void clickingAPlaceOpensItsSourcesWithTheMentionHighlighted() throws Exception {
        JsonNode raqqa = getJson("/api/places?q=%D8%A7%D9%84%D8%B1%D9%82%D8%A9"); // الرقة
        assertThat(raqqa.path("placeId").asText()).isEqualTo("raqqa");
        double lat = raqqa.path("lat").asDouble();
        double lon = raqqa.path("lon").asDouble();
        openMap("/?lang=en&lat=" + lat + "&lon=" + lon + "&zoom=13&layers=governorates,places");
        page.waitForTimeout(600);
        clickAt(lat, lon);
        page.waitForSelector("#place-name-en");
        assertThat(page.locator("#place-name-ar").textContent()).isEqualTo("الرقة");
        page.waitForSelector("#mention-list .mention-card");
        List<String> marked = page.locator("#mention-list .mention-target").allTextContents();
        // every highlighted span is a mention of Raqqa: its names, and the metonym "the capital of ISIS"
        assertThat(marked).isNotEmpty().contains("الرقة").contains("عاصمة داعش");
        assertThat(page.locator("#mention-list .mention-target").evaluateAll(
                "els => [...new Set(els.map(e => e.dataset.placeId))]")).isEqualTo(List.of("raqqa"));
        assertThat(page.locator("#mention-list .mention-paragraph").first().getAttribute("dir")).isEqualTo("auto");
        screenshot("place-panel.png");
        // the paragraph opens its article
        page.locator("#mention-list .open-article").first().click();
        page.waitForURL("**/article/**");
    }

    @Test
    void movingTheDateSliderChangesTheZones() {
        openMap("/?lang=en");
        page.waitForSelector(GOVERNMENT_FILL);
        page.locator("#asof-slider").focus();
        page.keyboard().press("End");
        page.waitForFunction("() => document.getElementById('asof-label').textContent !== '2017-09-25'");
        // after the December 2024 offensive the government holds no ground in the snapshots
        page.waitForFunction("() => document.querySelectorAll(\"leaflet-map path[fill='#CC6677']\").length === 0");
        assertThat(page.url()).doesNotContain("date=2017-09-25").contains("date=");
        page.keyboard().press("Home");
        page.waitForFunction("() => document.getElementById('asof-label').textContent === '2011-03-15'");
    }

    @Test
    void comparingTwoDatesShowsSwipeAndKm2Table() {
        openMap("/?lang=en");
        page.click("#compare-toggle");
        page.waitForSelector("#compare-run");
        page.click("#compare-run");
        page.waitForSelector(".leaflet-map-swipe-divider");
        page.waitForSelector("#compare-factions vaadin-grid-cell-content");
        page.waitForFunction("() => [...document.querySelectorAll('#compare-factions vaadin-grid-cell-content')]"
                + ".some(c => /^[0-9][0-9,]*$/.test(c.textContent.trim()) && c.textContent.trim() !== '0')");
        List<String> cells = page.locator("#compare-factions vaadin-grid-cell-content").allTextContents();
        assertThat(cells).anySatisfy(c -> assertThat(c).contains("Islamic State"));
        assertThat(page.url()).contains("from=2017-09-25").contains("to=2019-03-23");
        // both dates' front lines, the moved stretches highlighted, and how far each front moved
        assertThat(page.locator("path[stroke='#777777']").count()).as("front lines of date A").isPositive();
        assertThat(page.locator("path[stroke='#111111']").count()).as("front lines of date B").isPositive();
        assertThat(page.locator("path[stroke='#d7301f']").count()).as("moved stretches").isPositive();
        assertThat(page.locator("#compare-fronts vaadin-grid-cell-content").allTextContents())
                .anySatisfy(c -> assertThat(c.trim()).matches("[0-9][0-9,]*"));
        screenshot("compare.png");
    }

    @Test
    void searchingInArabicWithoutHamzaFindsIdlibAndFliesThere() {
        openMap("/?lang=en");
        page.locator("#place-search input").fill("ادلب");
        page.waitForSelector("vaadin-combo-box-item");
        page.locator("vaadin-combo-box-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("إدلب"))
                .first().click();
        page.waitForSelector("#place-name-ar");
        assertThat(page.locator("#place-name-ar").textContent()).isEqualTo("إدلب");
        page.waitForFunction("() => location.search.includes('place=idlib')");
    }

    @Test
    void switchingLanguageTurnsTheUiArabicAndRightToLeft() {
        openMap("/?lang=en");
        page.click("#lang-switch");
        page.waitForFunction("() => location.search.includes('lang=ar')");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForSelector("leaflet-map[data-ready=true]");
        assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(page.locator("h1").textContent()).isEqualTo("خريطة خطوط الجبهة");
        assertThat(page.locator(".leaflet-control-layers-overlays label").allTextContents())
                .anySatisfy(t -> assertThat(t).contains("قوات سوريا الديمقراطية"));
        screenshot("map-ar.png");
    }

    @Test
    void aPermalinkRestoresDateViewLayersAndPlace() {
        openMap("/?lang=en&date=2019-03-23&lat=34.45&lon=40.9&zoom=9&place=al-baghuz"
                + "&layers=governorates,rivers,zones-sdf,zones-isis,frontlines,places");
        assertThat(page.locator("#asof-label").textContent()).isEqualTo("2019-03-23");
        page.waitForSelector("#place-name-en");
        assertThat(page.locator("#place-name-en").textContent()).containsIgnoringCase("baghuz");
        @SuppressWarnings("unchecked")
        Map<String, Object> view = (Map<String, Object>) page.evaluate(
                "() => { const m = document.querySelector('leaflet-map'); const c = m.pointFor(34.45, 40.9);"
                        + " const b = m.getBoundingClientRect(); return {x: c.x / b.width, y: c.y / b.height}; }");
        // the linked centre is in the middle of the map
        assertThat(((Number) view.get("x")).doubleValue()).isBetween(0.45, 0.55);
        assertThat(((Number) view.get("y")).doubleValue()).isBetween(0.45, 0.55);
        // the government layer was not in the link, so it is off
        assertThat(page.locator(GOVERNMENT_FILL).count()).isZero();
    }

    @Test
    void tenThousandMarkersClusterAndStayInteractive() {
        openMap("/?lang=en");
        Object ms = page.evaluate("() => { const pts = []; let s = 7;"
                + " const rnd = () => { s = (s * 16807) % 2147483647; return s / 2147483647; };"
                + " for (let i = 0; i < 10000; i++) pts.push({id: 'p' + i, lat: 32.5 + rnd() * 4.7,"
                + " lon: 35.8 + rnd() * 6.4, label: 'p' + i});"
                + " const m = document.querySelector('leaflet-map'); const t = performance.now();"
                + " m.setPointLayer('stress', JSON.stringify(pts), '{}', true); return performance.now() - t; }");
        page.waitForSelector(".marker-cluster");
        int clusters = page.locator(".marker-cluster").count();
        assertThat(clusters).isBetween(5, 400);
        Object zoomMs = page.evaluate("() => { const m = document.querySelector('leaflet-map');"
                + " const t = performance.now(); m.setView(35.5, 38.5, 10); return performance.now() - t; }");
        page.waitForTimeout(300);
        assertThat(page.locator(".marker-cluster").count()).isPositive();
        report("10,000 markers: added in " + Math.round(((Number) ms).doubleValue()) + " ms, " + clusters
                + " clusters at country zoom; zoom to 10 in " + Math.round(((Number) zoomMs).doubleValue()) + " ms");
    }

    @Test
    void countryViewZonePayloadsStayUnder300Kb() throws Exception {
        for (String date : List.of("2015-05-21", "2017-09-25", "2019-10-23", "2024-12-08")) {
            HttpResponse<String> r = get("/api/zones?date=" + date + "&zoom=7");
            assertThat(r.statusCode()).isEqualTo(200);
            int bytes = r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            report("zones payload at zoom 7 on " + date + ": " + bytes / 1024 + " KB");
            assertThat(bytes).isLessThan(300 * 1024);
        }
    }

    /* ---------------- helpers ---------------- */

    void clickAt(double lat, double lon) {
        @SuppressWarnings("unchecked")
        Map<String, Number> p = (Map<String, Number>) page.evaluate(
                "([lat, lon]) => document.querySelector('leaflet-map').pointFor(lat, lon)", List.of(lat, lon));
        var box = page.locator("leaflet-map").boundingBox();
        page.mouse().click(box.x + p.get("x").doubleValue(), box.y + p.get("y").doubleValue());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonNode getJson(String path) throws IOException, InterruptedException {
        return new ObjectMapper().readTree(get(path).body());
    }

    static void report(String line) {
        System.out.println("[figure] " + line);
        try {
            Files.createDirectories(FIGURES.getParent());
            Files.writeString(FIGURES, line + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
