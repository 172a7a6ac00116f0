package org.frontlinemap.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.server.VaadinSession;
import org.mockito.Mockito;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LeafletMapTest {

    private UI ui;
    private LeafletMap map;

    @BeforeEach
    void attach() {
        ui = new UI();
        VaadinSession session = Mockito.mock(VaadinSession.class);
        Mockito.when(session.hasLock()).thenReturn(true);
        ui.getInternals().setSession(session);
        map = new LeafletMap();
        ui.add(map);
        sent();
    }

    /** What a server round trip would send to the browser now. */
    private List<PendingJavaScriptInvocation> sent() {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals().dumpPendingJavaScriptInvocations();
    }

    @Test
    void geoJsonLayerIsSentWithItsOptionsAndRemembered() throws Exception {
        map.setGeoJsonLayer("zones", "{\"type\":\"FeatureCollection\",\"features\":[]}",
                LayerOptions.toggleable().tooltip("name").style(PathStyle.fill("#CC6677", 0.5).withHatch(true)));

        List<PendingJavaScriptInvocation> calls = sent();
        assertThat(calls).hasSize(1);
        var inv = calls.get(0).getInvocation();
        assertThat(inv.getExpression()).contains("this.setGeoJsonLayer($0,$1,$2)").contains("whenDefined('leaflet-map')");
        List<Object> params = inv.getParameters();
        assertThat(params.get(0)).isEqualTo("zones");
        JsonNode opts = new ObjectMapper().readTree((String) params.get(2));
        assertThat(opts.get("tooltipProperty").asText()).isEqualTo("name");
        assertThat(opts.get("style").get("hatch").asBoolean()).isTrue();
        assertThat(opts.get("style").get("fillColor").asText()).isEqualTo("#CC6677");
        assertThat(opts.has("side")).isFalse();
        assertThat(map.hasLayer("zones")).isTrue();
        assertThat(map.isLayerVisible("zones")).isTrue();
    }

    @Test
    void replacingALayerKeepsTheUsersVisibilityChoice() {
        map.setGeoJsonLayer("zones", "{}", LayerOptions.toggleable());
        map.setLayerVisible("zones", false);
        map.setGeoJsonLayer("zones", "{}", LayerOptions.toggleable().visible(true));
        assertThat(map.isLayerVisible("zones")).isFalse();
        assertThat(map.getLayerNames()).containsExactly("zones");
    }

    @Test
    void removeSendsOnlyForKnownLayers() {
        map.setGeoJsonLayer("a", "{}", null);
        sent();
        map.removeLayer("nope");
        assertThat(sent()).isEmpty();
        map.removeLayer("a");
        assertThat(sent()).singleElement().satisfies(i ->
                assertThat(i.getInvocation().getExpression()).contains("this.removeLayer($0)"));
        assertThat(map.hasLayer("a")).isFalse();
    }

    @Test
    void unknownLayerCannotBeToggled() {
        assertThatThrownBy(() -> map.setLayerVisible("ghost", true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pointsAreSerialisedWithoutNulls() throws Exception {
        map.setPointLayer("places", List.of(new MapPoint("raqqa", 35.95, 39.01, "الرقة", 8.0, 3, null)),
                LayerOptions.toggleable(), true);
        var inv = sent().get(0).getInvocation();
        JsonNode pts = new ObjectMapper().readTree((String) inv.getParameters().get(1));
        assertThat(pts.get(0).get("id").asText()).isEqualTo("raqqa");
        assertThat(pts.get(0).get("label").asText()).isEqualTo("الرقة");
        assertThat(pts.get(0).has("color")).isFalse();
        assertThat(inv.getParameters().get(3)).isEqualTo(true);
    }

    @Test
    void swipePositionIsClamped() {
        map.enableSwipe(3.5);
        assertThat(sent().get(0).getInvocation().getParameters().get(0)).isEqualTo(1.0);
    }

    @Test
    void clientEventsReachServerListeners() {
        AtomicReference<String> clicked = new AtomicReference<>();
        map.addFeatureClickListener(e -> clicked.set(e.getLayer() + "/" + e.getFeatureId()));
        ComponentUtil.fireEvent(map, new LeafletMap.FeatureClickEvent(map, true, "governorates",
                "raqqa-governorate", 35.9, 39.0));
        assertThat(clicked.get()).isEqualTo("governorates/raqqa-governorate");

        map.setGeoJsonLayer("zones", "{}", LayerOptions.toggleable());
        ComponentUtil.fireEvent(map, new LeafletMap.LayerToggleEvent(map, true, "zones", false));
        assertThat(map.isLayerVisible("zones")).isFalse();

        ComponentUtil.fireEvent(map, new LeafletMap.MapMoveEvent(map, true, 36.0, 40.0, 9, 35, 39, 37, 41));
        assertThat(map.getView()).containsExactly(36.0, 40.0, 9.0);
    }
}
