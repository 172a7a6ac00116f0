package org.frontlinemap.ui;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.frontlinemap.gazetteer.Gazetteer;
import org.frontlinemap.gazetteer.Place;
import org.frontlinemap.gazetteer.PlaceKind;
import org.frontlinemap.gazetteer.PlaceLookup;
import org.frontlinemap.map.LayerOptions;
import org.frontlinemap.map.LeafletMap;
import org.frontlinemap.map.MapPoint;
import org.frontlinemap.map.PathStyle;
import org.frontlinemap.store.MentionQueries;
import org.frontlinemap.web.FrontlineProperties;
import org.frontlinemap.zones.FactionCatalog;
import org.frontlinemap.zones.ZoneService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The situation map: faction control zones as of a date, front lines, the places the sources mention, a side panel
 * to read them, a date slider, a two-date comparison, search, languages, export and shareable links.
 */
@Route("")
@com.vaadin.flow.component.dependency.CssImport("./frontline.css")
@PageTitle("Frontline Map")
@AnonymousAllowed
public class MapView extends VerticalLayout implements BeforeEnterObserver {

    static final String GOVERNORATES = "governorates";
    static final String RIVERS = "rivers";
    static final String PLACES = "places";
    static final String FRONTLINES = "frontlines";
    static final String FRONTLINES_A = "frontlines-a";
    static final String FRONTLINES_MOVED = "frontlines-moved";
    /** About 2 km: a front that stayed within this of its old course has not moved. */
    static final double MOVED_TOLERANCE_DEG = 0.02;
    static final String CHANGES = "changes";
    static final String SELECTION = "selection";
    static final String COMPARE_A = "compare-a";
    static final String COMPARE_B = "compare-b";
    static final String ZONE_PREFIX = "zones-";
    /** The seed article's situation: the first thing a new user sees. */
    static final LocalDate DEFAULT_DATE = LocalDate.of(2017, 9, 25);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Gazetteer gazetteer;
    private final BaseMapLayers base;
    private final FrontlineProperties props;
    private final ZoneService zones;
    private final PlaceLookup lookup;
    private final MentionQueries mentions;
    private final FactionCatalog factions;

    private final LeafletMap map = new LeafletMap();
    private PlacePanel panel;
    private AsOfControl asOf;
    private ComparePanel compare;
    private Legend legend;

    private ViewState state;
    private boolean built;
    private boolean arabic;
    private final Set<String> zoneLayers = new LinkedHashSet<>();
    private final Map<String, JsonNode> zoneFeatures = new HashMap<>();
    private int zonesZoom = ZoneService.DEFAULT_ZOOM;

    public MapView(Gazetteer gazetteer, BaseMapLayers base, FrontlineProperties props, ZoneService zones,
                   PlaceLookup lookup, DataSource dataSource) {
        this.gazetteer = gazetteer;
        this.base = base;
        this.props = props;
        this.zones = zones;
        this.lookup = lookup;
        this.mentions = new MentionQueries(dataSource);
        this.factions = zones.factions();
        setSizeFull();
        setPadding(false);
        setSpacing(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (props.readRequiresLogin() && !signedIn()) {
            event.forwardTo(LoginView.class);
            return;
        }
        ViewState s = ViewState.parse(event.getLocation().getQueryParameters());
        if (built) {
            return;
        }
        state = s;
        arabic = "ar".equals(s.lang());
        UI ui = event.getUI();
        ui.setLocale(arabic ? Locale.forLanguageTag("ar") : Locale.ENGLISH);
        ui.setDirection(arabic ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getElement().setAttribute("lang", arabic ? "ar" : "en");
        build();
        built = true;
        restore(s);
    }

    private static boolean signedIn() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    /* ---------------- layout ---------------- */

    private void build() {
        panel = new PlacePanel(mentions);
        asOf = new AsOfControl(DEFAULT_DATE, LocalDate.now());
        asOf.onChange(this::dateChanged);
        compare = new ComparePanel(this::runCompare, this::exitCompare);
        legend = new Legend(factions, arabic);

        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0").set("white-space", "nowrap");

        ComboBox<Place> search = searchBox();
        Button compareToggle = new Button(getTranslation("compare.toggle"), e -> compare.setVisible(!compare.isVisible()));
        compareToggle.setId("compare-toggle");
        Button langSwitch = new Button(getTranslation("lang.switch"), e -> switchLanguage());
        langSwitch.setId("lang-switch");
        langSwitch.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div export = exportLinks();
        Anchor upload = new Anchor("upload", getTranslation("upload.link"));
        upload.setId("upload-link");

        Div spacer = new Div();
        HorizontalLayout top = new HorizontalLayout(title, search, compareToggle, spacer, export, upload, langSwitch);
        top.setWidthFull();
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        top.setPadding(false);
        top.setSpacing(true);
        top.setFlexGrow(1, spacer);
        top.getStyle().set("flex-wrap", "wrap").set("row-gap", "var(--lumo-space-xs)");
        VerticalLayout header = new VerticalLayout(top, asOf);
        header.setWidthFull();
        header.setSpacing(false);
        header.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("flex-shrink", "0");

        map.setId("situation-map");
        map.setSizeFull();
        Div mapBox = new Div(map, legend);
        mapBox.getStyle().set("position", "relative").set("flex", "1 1 auto").set("min-width", "0")
                .set("height", "100%");
        HorizontalLayout content = new HorizontalLayout(mapBox, panel);
        content.setSizeFull();
        content.setSpacing(false);
        add(header, compare, content);
        setFlexGrow(1, content);

        map.addBlankBaseLayer(getTranslation("base.offline"), true);
        if (props.tilesEnabled()) {
            map.addTileBaseLayer(getTranslation("base.osm"), props.tilesUrl(), props.tilesAttribution(), false);
        }
        map.setGeoJsonLayer("countries", base.countries(), LayerOptions.fixed()
                .interactive(false).style(new PathStyle("#777", "#f4f1ea", 1.0, 1.0, 1.0, null, null)).zIndex(1));
        map.setGeoJsonLayer(GOVERNORATES, base.governorates(), LayerOptions.toggleable()
                .title(getTranslation("layer.governorates")).tooltip("label").label("label")
                .style(new PathStyle("#6b6b6b", "#ffffff", 1.0, 0.9, 0.0, "4 3", null)));
        map.setGeoJsonLayer(RIVERS, base.rivers(), LayerOptions.toggleable().title(getTranslation("layer.rivers"))
                .interactive(false).tooltip("nameEn")
                .style(new PathStyle("#3a7bd5", "#9cc3f0", 2.5, 0.9, 0.7, null, null)));

        map.addFeatureClickListener(this::featureClicked);
        map.addMoveListener(e -> {
            state = state.withView(e.getLat(), e.getLon(), e.getZoom());
            int z = (int) Math.round(e.getZoom());
            if (Math.abs(z - zonesZoom) >= 2 && !state.comparing()) {
                zonesZoom = z;
                drawZones(asOf.getValue());
            }
            pushUrl();
        });
        map.addLayerToggleListener(e -> {
            state = state.withLayers(visibleLayers());
            pushUrl();
        });
        loadTimeline();
    }

    private ComboBox<Place> searchBox() {
        ComboBox<Place> box = new ComboBox<>();
        box.setId("place-search");
        box.setPlaceholder(getTranslation("search.placeholder"));
        box.setWidth("18em");
        box.setClearButtonVisible(true);
        box.setItemLabelGenerator(p -> (p.nameAr() == null ? "" : p.nameAr() + " · ") + p.nameEn()
                + " (" + getTranslation("kind." + p.kind().code()) + ")");
        box.setItems(query -> {
            String filter = query.getFilter().orElse("");
            List<Place> found = filter.isBlank() ? List.<Place>of()
                    : lookup.search(filter, query.getOffset() + query.getLimit());
            return found.stream().skip(query.getOffset()).limit(query.getLimit());
        });
        box.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                selectPlace(e.getValue(), true);
            }
        });
        return box;
    }

    private Div exportLinks() {
        Div d = new Div();
        d.setId("export-links");
        d.getStyle().set("white-space", "nowrap").set("font-size", "var(--lumo-font-size-s)");
        d.add(new Span(getTranslation("export.label") + ": "));
        for (String f : List.of("geojson", "kml", "csv")) {
            Anchor a = new Anchor("", getTranslation("export." + f));
            a.setId("export-" + f);
            a.getElement().setAttribute("router-ignore", true);
            a.getElement().setAttribute("download", true);
            a.getStyle().set("margin-inline-end", "0.5em");
            d.add(a);
        }
        return d;
    }

    private void updateExportLinks() {
        getUI().ifPresent(ui -> {
            for (String f : List.of("geojson", "kml", "csv")) {
                ui.getPage().executeJs("const a = document.getElementById($0); if (a) a.href = $1;", "export-" + f,
                        "api/export?format=" + f + "&date=" + asOf.getValue());
            }
        });
    }

    /* ---------------- state ---------------- */

    private void restore(ViewState s) {
        LocalDate d = s.date() == null ? DEFAULT_DATE : s.date();
        asOf.setValueQuietly(d);
        drawZones(asOf.getValue());
        if (s.lat() != null && s.lon() != null && s.zoom() != null) {
            map.setView(s.lat(), s.lon(), s.zoom());
        } else {
            map.fitBounds(32.3, 35.6, 37.35, 42.4);
        }
        if (s.layers() != null) {
            for (String layer : map.getLayerNames()) {
                if (!"countries".equals(layer)) {
                    map.setLayerVisible(layer, s.layers().contains(layer));
                }
            }
        }
        if (s.comparing()) {
            compare.setVisible(true);
            compare.setDates(s.compareFrom(), s.compareTo());
            runCompare(s.compareFrom(), s.compareTo());
        }
        if (s.place() != null) {
            gazetteer.byId(s.place()).ifPresent(p -> selectPlace(p, s.lat() == null));
        }
        updateExportLinks();
    }

    private Set<String> visibleLayers() {
        Set<String> v = new LinkedHashSet<>();
        for (String l : map.getLayerNames()) {
            if (map.isLayerVisible(l) && !"countries".equals(l) && !SELECTION.equals(l)) {
                v.add(l);
            }
        }
        return v;
    }

    private void pushUrl() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("", state.toQueryParameters())));
    }

    private void switchLanguage() {
        ViewState s = state.withLang(arabic ? "en" : "ar").withLayers(visibleLayers());
        getUI().ifPresent(ui -> ui.getPage().setLocation(new Location("", s.toQueryParameters()).getPathWithQueryParameters()
                .replaceFirst("^/?", "./")));
    }

    /* ---------------- zones, front lines, places ---------------- */

    private void dateChanged(LocalDate d) {
        state = state.withDate(d);
        drawZones(d);
        if (panel.placeId() != null) {
            gazetteer.byId(panel.placeId()).ifPresent(p -> panel.showPlace(p, governorateOf(p), d));
        }
        updateExportLinks();
        pushUrl();
    }

    private void drawZones(LocalDate d) {
        Map<String, String> byFaction = ZoneLayerStyler.byFaction(zones.zonesGeoJson(d.toString(), null, zonesZoom),
                arabic, this::statusWord);
        Set<String> seen = new LinkedHashSet<>();
        zoneFeatures.clear();
        for (FactionCatalog.Faction f : factionsInLegendOrder()) {
            String layer = ZONE_PREFIX + f.id();
            String fc = byFaction.get(f.id());
            if (fc == null) {
                // a faction with no ground that day has no layer: the layer control lists what is on the map
                map.removeLayer(layer);
                continue;
            }
            remember(layer, fc);
            map.setGeoJsonLayer(layer, fc, LayerOptions.toggleable().title(arabic ? f.nameAr() : f.nameEn())
                    .tooltip("label").id("id").zIndex(10 + f.legendOrder()));
            seen.add(layer);
        }
        zoneLayers.addAll(seen);
        Map<String, String> names = factionNames();
        map.setGeoJsonLayer(FRONTLINES, ZoneLayerStyler.frontLines(
                        zones.frontLinesGeoJson(d.toString(), null, zonesZoom), names),
                LayerOptions.toggleable().title(getTranslation("layer.frontlines")).tooltip("label").zIndex(40));
        drawPlaces(d.minusYears(1), d);
        legend.setDate(d);
    }

    private String statusWord(String status) {
        return getTranslation("zone." + status);
    }

    private void remember(String layer, String fc) {
        try {
            for (JsonNode f : JSON.readTree(fc).path("features")) {
                zoneFeatures.put(f.path("properties").path("id").asText(), f.path("properties"));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(layer, e);
        }
    }

    private List<FactionCatalog.Faction> factionsInLegendOrder() {
        return factions.all().stream().sorted(java.util.Comparator.comparingInt(FactionCatalog.Faction::legendOrder))
                .toList();
    }

    private Map<String, String> factionNames() {
        Map<String, String> m = new LinkedHashMap<>();
        factions.all().forEach(f -> m.put(f.id(), arabic ? f.nameAr() : f.nameEn()));
        return m;
    }

    /** Markers for the places mentioned in [from, to], sized by how often. */
    private void drawPlaces(LocalDate from, LocalDate to) {
        Map<String, Long> counts;
        try {
            counts = mentions.placeMentionCounts(from, to);
        } catch (SQLException e) {
            counts = Map.of();
        }
        List<MapPoint> points = new ArrayList<>();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            gazetteer.byId(e.getKey()).filter(p -> p.kind() != PlaceKind.COUNTRY || "syria".equals(p.id()))
                    .filter(p -> !"syria".equals(p.id()))
                    .ifPresent(p -> points.add(new MapPoint(p.id(), p.lat(), p.lon(),
                            (arabic && p.nameAr() != null ? p.nameAr() : p.nameEn()),
                            Math.min(18.0, 5 + 3 * Math.log(1 + e.getValue())), e.getValue().intValue(),
                            p.kind().isRegion() ? "#9ecae1" : "#ffcc00")));
        }
        map.setPointLayer(PLACES, points, LayerOptions.toggleable().title(getTranslation("layer.places")).zIndex(50),
                true);
    }

    private void loadTimeline() {
        try {
            Map<YearMonth, Integer> perMonth = new LinkedHashMap<>();
            for (MentionQueries.MonthCount m : mentions.articlesPerMonth()) {
                perMonth.put(m.month(), (int) m.articles());
            }
            asOf.setArticlesPerMonth(perMonth);
        } catch (SQLException e) {
            asOf.setArticlesPerMonth(Map.of());
        }
    }

    /* ---------------- clicks and selection ---------------- */

    private void featureClicked(LeafletMap.FeatureClickEvent e) {
        String layer = e.getLayer();
        if (layer.startsWith(ZONE_PREFIX) || COMPARE_A.equals(layer) || COMPARE_B.equals(layer)) {
            JsonNode p = zoneFeatures.get(e.getFeatureId());
            if (p != null) {
                List<String> sources = new ArrayList<>();
                p.path("sources").forEach(s -> sources.add(s.isTextual() ? s.asText()
                        : (s.path("name").asText() + (s.hasNonNull("date") ? ", " + s.path("date").asText() : ""))));
                panel.showZone(arabic ? p.path("nameAr").asText() : p.path("nameEn").asText(),
                        p.path("status").asText(), p.path("share").asDouble(1.0), p.path("validFrom").asText(),
                        p.hasNonNull("validTo") ? p.path("validTo").asText() : null, sources,
                        p.path("origin").asText() + (p.hasNonNull("snapshot") ? " " + p.path("snapshot").asText() : ""));
            }
            return;
        }
        gazetteer.byId(e.getFeatureId()).ifPresent(p -> selectPlace(p, false));
    }

    void selectPlace(Place p, boolean fly) {
        panel.showPlace(p, governorateOf(p), asOf.getValue());
        state = state.withPlace(p.id());
        if (p.kind().isRegion() || p.kind() == PlaceKind.RIVER) {
            gazetteer.geometry(p.id()).ifPresent(g -> {
                org.frontlinemap.map.FeatureCollectionBuilder fc = new org.frontlinemap.map.FeatureCollectionBuilder(4);
                fc.add(org.locationtech.jts.simplify.TopologyPreservingSimplifier.simplify(g, 0.003),
                        Map.of("id", p.id(), "label", p.nameEn()));
                map.setGeoJsonLayer(SELECTION, fc.toString(), LayerOptions.fixed().interactive(false).zIndex(60)
                        .style(new PathStyle("#d7301f", "#d7301f", 3.0, 1.0, 0.05, "8 4", null)));
            });
        } else {
            map.removeLayer(SELECTION);
        }
        if (fly) {
            double zoom = switch (p.kind()) {
                case GOVERNORATE, REGION, BANK, RELATIVE_REGION, RIVER, LAKE, MOUNTAIN -> 8;
                case COUNTRY -> 6;
                case CITY -> 11;
                default -> 12;
            };
            map.flyTo(p.lat(), p.lon(), zoom);
        }
        pushUrl();
    }

    private String governorateOf(Place p) {
        if (p.admin1() == null) {
            return null;
        }
        return gazetteer.byId(p.admin1()).map(g -> (arabic ? g.nameAr() : g.nameEn())).orElse(p.admin1());
    }

    /* ---------------- compare ---------------- */

    private void runCompare(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return;
        }
        LocalDate from = a.isAfter(b) ? b : a;
        LocalDate to = a.isAfter(b) ? a : b;
        state = state.withCompare(from, to);
        for (String layer : zoneLayers) {
            map.setLayerVisible(layer, false);
        }
        Map<String, String> names = factionNames();
        String left = ZoneLayerStyler.merged(ZoneLayerStyler.byFaction(zones.zonesGeoJson(from.toString(), null,
                zonesZoom), arabic, this::statusWord));
        String right = ZoneLayerStyler.merged(ZoneLayerStyler.byFaction(zones.zonesGeoJson(to.toString(), null,
                zonesZoom), arabic, this::statusWord));
        remember(COMPARE_A, left);
        remember(COMPARE_B, right);
        map.setGeoJsonLayer(COMPARE_A, left, LayerOptions.toggleable().title(getTranslation("compare.a") + " " + from)
                .tooltip("label").id("id").side(LayerOptions.SwipeSide.LEFT));
        map.setGeoJsonLayer(COMPARE_B, right, LayerOptions.toggleable().title(getTranslation("compare.b") + " " + to)
                .tooltip("label").id("id").side(LayerOptions.SwipeSide.RIGHT));
        map.setGeoJsonLayer(CHANGES, ZoneLayerStyler.changes(zones.changesGeoJson(from.toString(), to.toString(), null,
                        zonesZoom), names),
                LayerOptions.toggleable().title(getTranslation("layer.changes")).tooltip("label").zIndex(35));
        map.setGeoJsonLayer(FRONTLINES, ZoneLayerStyler.frontLines(
                        zones.frontLinesGeoJson(to.toString(), null, zonesZoom), names),
                LayerOptions.toggleable().title(getTranslation("layer.frontlines") + " " + to).tooltip("label")
                        .zIndex(40));
        map.setGeoJsonLayer(FRONTLINES_A, ZoneLayerStyler.frontLines(
                        zones.frontLinesGeoJson(from.toString(), null, zonesZoom), names, "#777777", 2.5, "6 5"),
                LayerOptions.toggleable().title(getTranslation("layer.frontlines") + " " + from).tooltip("label")
                        .zIndex(39));
        map.setGeoJsonLayer(FRONTLINES_MOVED, movedFrontLines(from, to), LayerOptions.toggleable()
                .title(getTranslation("layer.frontlinesMoved")).interactive(false).zIndex(41)
                .style(new PathStyle("#d7301f", null, 5.0, 0.85, 0.0, null, null)));
        map.enableSwipe(0.5);
        compare.showResults(zones.changes(from, to), zones.frontLineDisplacement(from, to), names);
        drawPlaces(from, to);
        pushUrl();
    }

    /** The stretches of B's front lines that are not within about 2 km of where A's lines ran. */
    private String movedFrontLines(LocalDate from, LocalDate to) {
        org.locationtech.jts.geom.GeometryFactory gf = org.frontlinemap.gazetteer.InMemoryGazetteer.WGS84;
        List<org.locationtech.jts.geom.Geometry> before = zones.frontLines(from).stream()
                .map(l -> (org.locationtech.jts.geom.Geometry) l.geometry()).toList();
        List<org.locationtech.jts.geom.Geometry> after = zones.frontLines(to).stream()
                .map(l -> (org.locationtech.jts.geom.Geometry) l.geometry()).toList();
        org.frontlinemap.map.FeatureCollectionBuilder fc = new org.frontlinemap.map.FeatureCollectionBuilder(4);
        if (!after.isEmpty()) {
            org.locationtech.jts.geom.Geometry b = gf.buildGeometry(after).union();
            org.locationtech.jts.geom.Geometry moved = before.isEmpty() ? b
                    : b.difference(gf.buildGeometry(before).union().buffer(MOVED_TOLERANCE_DEG));
            if (!moved.isEmpty()) {
                fc.add(moved, Map.of("id", "moved"));
            }
        }
        return fc.toString();
    }

    private void exitCompare() {
        state = state.withCompare(null, null);
        map.disableSwipe();
        map.removeLayer(FRONTLINES_A);
        map.removeLayer(FRONTLINES_MOVED);
        map.removeLayer(COMPARE_A);
        map.removeLayer(COMPARE_B);
        map.removeLayer(CHANGES);
        for (String layer : zoneLayers) {
            map.setLayerVisible(layer, true);
        }
        drawZones(asOf.getValue());
        pushUrl();
    }

    LeafletMap map() {
        return map;
    }

    /** Text in the current language, for the small components of this view. */
    static Text text(String s) {
        return new Text(s == null ? "" : s);
    }
}
