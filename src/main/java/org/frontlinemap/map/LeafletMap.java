package org.frontlinemap.map;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * A Leaflet map for Vaadin Flow: named GeoJSON and point layers with per-feature styles, a layer control with
 * base layers and overlays, view changes, a swipe divider for comparing two layers, and server-side listeners
 * for feature clicks, map moves and layer toggles. Tooltips and labels are always inserted as text.
 *
 * <p>The Java side keeps which layers exist and which are visible, so views can build permalinks from it.
 */
@Tag("leaflet-map")
@JsModule("./leaflet-map.ts")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "leaflet.markercluster", version = "1.5.3")
@NpmPackage(value = "@types/leaflet", version = "1.9.20")
@NpmPackage(value = "@types/leaflet.markercluster", version = "1.5.6")
@CssImport("leaflet/dist/leaflet.css")
@CssImport("leaflet.markercluster/dist/MarkerCluster.css")
@CssImport("leaflet.markercluster/dist/MarkerCluster.Default.css")
@CssImport("./leaflet-map.css")
public class LeafletMap extends Component implements HasSize, HasStyle {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Boolean> layers = new LinkedHashMap<>();
    private final List<String> baseLayers = new ArrayList<>();
    private double[] view = {35.0, 38.5, 7};

    public LeafletMap() {
        setWidthFull();
        setHeight("100%");
        addLayerToggleListener(e -> {
            if (layers.containsKey(e.getLayer())) {
                layers.put(e.getLayer(), e.isVisible());
            }
        });
        addMoveListener(e -> view = new double[] {e.getLat(), e.getLon(), e.getZoom()});
    }

    /* ---------------- view ---------------- */

    public void setView(double lat, double lon, double zoom) {
        view = new double[] {lat, lon, zoom};
        call("setView", lat, lon, zoom);
    }

    public void flyTo(double lat, double lon, double zoom) {
        view = new double[] {lat, lon, zoom};
        call("flyTo", lat, lon, zoom);
    }

    public void fitBounds(double south, double west, double north, double east) {
        call("fitBounds", south, west, north, east);
    }

    /** Last centre and zoom the server knows of: {lat, lon, zoom}. */
    public double[] getView() {
        return view.clone();
    }

    /* ---------------- base layers ---------------- */

    /** A base layer that draws nothing: the offline map shows only its own GeoJSON layers. */
    public void addBlankBaseLayer(String name, boolean selected) {
        baseLayers.add(name);
        call("addBlankBaseLayer", name, selected);
    }

    /** A slippy-map tile base layer, such as OpenStreetMap ({@code https://…/{z}/{x}/{y}.png}). */
    public void addTileBaseLayer(String name, String urlTemplate, String attribution, boolean selected) {
        Objects.requireNonNull(urlTemplate, "urlTemplate");
        baseLayers.add(name);
        call("addTileBaseLayer", name, urlTemplate, attribution == null ? "" : attribution, selected);
    }

    public List<String> getBaseLayers() {
        return List.copyOf(baseLayers);
    }

    /* ---------------- overlays ---------------- */

    /** Adds a GeoJSON layer under {@code name}, replacing any layer of that name. */
    public void setGeoJsonLayer(String name, String geoJson, LayerOptions options) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(geoJson, "geoJson");
        LayerOptions o = options == null ? LayerOptions.toggleable() : options;
        layers.put(name, layers.getOrDefault(name, o.isVisible()));
        call("setGeoJsonLayer", name, geoJson, toJson(o));
    }

    /** Adds a layer of point markers; with {@code cluster} nearby points merge into counted clusters. */
    public void setPointLayer(String name, Collection<MapPoint> points, LayerOptions options, boolean cluster) {
        Objects.requireNonNull(name, "name");
        LayerOptions o = options == null ? LayerOptions.toggleable() : options;
        layers.put(name, layers.getOrDefault(name, o.isVisible()));
        call("setPointLayer", name, toJson(points == null ? List.of() : points), toJson(o), cluster);
    }

    public void removeLayer(String name) {
        if (layers.remove(name) != null) {
            call("removeLayer", name);
        }
    }

    public void setLayerVisible(String name, boolean visible) {
        if (!layers.containsKey(name)) {
            throw new IllegalArgumentException("no layer named " + name);
        }
        layers.put(name, visible);
        call("setLayerVisible", name, visible);
    }

    public boolean hasLayer(String name) {
        return layers.containsKey(name);
    }

    public boolean isLayerVisible(String name) {
        return Boolean.TRUE.equals(layers.get(name));
    }

    /** Names of all layers, in the order they were first added. */
    public Set<String> getLayerNames() {
        return java.util.Collections.unmodifiableSet(layers.keySet());
    }

    /* ---------------- swipe ---------------- */

    /** Shows the swipe divider at {@code position} (0 = left edge, 1 = right edge of the map). */
    public void enableSwipe(double position) {
        call("enableSwipe", Math.max(0, Math.min(1, position)));
    }

    public void disableSwipe() {
        call("disableSwipe");
    }

    /* ---------------- listeners ---------------- */

    public Registration addFeatureClickListener(ComponentEventListener<FeatureClickEvent> listener) {
        return addListener(FeatureClickEvent.class, listener);
    }

    public Registration addMoveListener(ComponentEventListener<MapMoveEvent> listener) {
        return addListener(MapMoveEvent.class, listener);
    }

    public Registration addLayerToggleListener(ComponentEventListener<LayerToggleEvent> listener) {
        return addListener(LayerToggleEvent.class, listener);
    }

    /* ---------------- plumbing ---------------- */

    /**
     * Runs a method of the client element once the element is defined (the module may still be loading when the
     * first calls are made); calls keep their order.
     */
    private void call(String function, Serializable... args) {
        StringBuilder params = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            params.append(i == 0 ? "" : ",").append('$').append(i);
        }
        getElement().executeJs("customElements.whenDefined('leaflet-map').then(() => this." + function + "("
                + params + "))", args);
    }

    static String toJson(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise map data", e);
        }
    }

    /** A click on a feature or marker. */
    @DomEvent("feature-click")
    public static class FeatureClickEvent extends ComponentEvent<LeafletMap> {
        private final String layer;
        private final String featureId;
        private final double lat;
        private final double lon;

        public FeatureClickEvent(LeafletMap source, boolean fromClient,
                                 @EventData("event.detail.layer") String layer,
                                 @EventData("event.detail.id") String featureId,
                                 @EventData("event.detail.lat") double lat,
                                 @EventData("event.detail.lon") double lon) {
            super(source, fromClient);
            this.layer = layer;
            this.featureId = featureId;
            this.lat = lat;
            this.lon = lon;
        }

        public String getLayer() {
            return layer;
        }

        public String getFeatureId() {
            return featureId;
        }

        public double getLat() {
            return lat;
        }

        public double getLon() {
            return lon;
        }
    }

    /** The map stopped moving: centre, zoom and bounds. */
    @DomEvent(value = "map-move", debounce = @com.vaadin.flow.component.DebounceSettings(timeout = 250,
            phases = com.vaadin.flow.dom.DebouncePhase.TRAILING))
    public static class MapMoveEvent extends ComponentEvent<LeafletMap> {
        private final double lat;
        private final double lon;
        private final double zoom;
        private final double south;
        private final double west;
        private final double north;
        private final double east;

        public MapMoveEvent(LeafletMap source, boolean fromClient,
                            @EventData("event.detail.lat") double lat,
                            @EventData("event.detail.lon") double lon,
                            @EventData("event.detail.zoom") double zoom,
                            @EventData("event.detail.south") double south,
                            @EventData("event.detail.west") double west,
                            @EventData("event.detail.north") double north,
                            @EventData("event.detail.east") double east) {
            super(source, fromClient);
            this.lat = lat;
            this.lon = lon;
            this.zoom = zoom;
            this.south = south;
            this.west = west;
            this.north = north;
            this.east = east;
        }

        public double getLat() {
            return lat;
        }

        public double getLon() {
            return lon;
        }

        public double getZoom() {
            return zoom;
        }

        public double[] getBounds() {
            return new double[] {south, west, north, east};
        }
    }

    /** The user switched an overlay on or off in the layer control. */
    @DomEvent("layer-toggle")
    public static class LayerToggleEvent extends ComponentEvent<LeafletMap> {
        private final String layer;
        private final boolean visible;

        public LayerToggleEvent(LeafletMap source, boolean fromClient,
                                @EventData("event.detail.name") String layer,
                                @EventData("event.detail.visible") boolean visible) {
            super(source, fromClient);
            this.layer = layer;
            this.visible = visible;
        }

        public String getLayer() {
            return layer;
        }

        public boolean isVisible() {
            return visible;
        }
    }
}
