package org.frontlinemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MapViewBrowserTest extends BrowserTestBase {

    @Test
    void offlineMapOfSyriaWithClickableGovernorates() {
        openMap("/");

        int paths = page.locator("leaflet-map path.leaflet-interactive").count();
        assertThat(paths).as("interactive governorate paths").isGreaterThanOrEqualTo(14);
        // the Euphrates is drawn as a non-interactive line in the rivers layer
        assertThat(page.locator("leaflet-map path").count()).isGreaterThan(paths);
        assertThat(page.locator(".leaflet-map-label").allTextContents())
                .anySatisfy(t -> assertThat(t).contains("الرقة"))
                .anySatisfy(t -> assertThat(t).contains("Deir ez-Zor"));
        assertThat(page.locator(".leaflet-tile").count()).as("no tile layer in offline mode").isZero();

        // click the governorate under Raqqa governorate's label point
        clickAt(35.95, 39.01); // Raqqa city, inside Raqqa governorate
        page.waitForSelector("#place-name-ar");
        assertThat(page.locator("#place-name-ar").textContent()).contains("الرقة");
        assertThat(page.locator("#place-name-en").textContent()).contains("Raqqa");

        screenshot("map.png");
        assertThat(consoleErrors).isEmpty();
        assertThat(externalRequests).isEmpty();
    }

    /** Clicks the map at a geographic point, through Leaflet's own projection. */
    void clickAt(double lat, double lon) {
        Object xy = page.evaluate("([lat, lon]) => { const el = document.querySelector('leaflet-map');"
                + " const p = el.pointFor(lat, lon); return [p.x, p.y]; }", java.util.List.of(lat, lon));
        @SuppressWarnings("unchecked")
        java.util.List<Number> p = (java.util.List<Number>) xy;
        var box = page.locator("leaflet-map").boundingBox();
        page.mouse().click(box.x + p.get(0).doubleValue(), box.y + p.get(1).doubleValue());
    }
}
