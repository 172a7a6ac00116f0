package org.frontlinemap.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.frontlinemap.gazetteer.Gazetteer;
import org.frontlinemap.gazetteer.Place;
import org.frontlinemap.map.LayerOptions;
import org.frontlinemap.map.LeafletMap;
import org.frontlinemap.map.PathStyle;
import org.frontlinemap.web.FrontlineProperties;

/** The situation map. */
@Route("")
@PageTitle("Frontline Map")
@AnonymousAllowed
public class MapView extends VerticalLayout {

    static final String GOVERNORATES = "governorates";

    private final Gazetteer gazetteer;
    private final LeafletMap map = new LeafletMap();
    private final PlacePanel panel = new PlacePanel();

    public MapView(Gazetteer gazetteer, BaseMapLayers base, FrontlineProperties props) {
        this.gazetteer = gazetteer;
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 var(--lumo-space-m)");
        HorizontalLayout top = new HorizontalLayout(title);
        top.setWidthFull();
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        top.setPadding(true);

        map.setId("situation-map");
        map.setSizeFull();
        HorizontalLayout content = new HorizontalLayout(map, panel);
        content.setSizeFull();
        content.setSpacing(false);
        content.setFlexGrow(1, map);
        add(top, content);
        setFlexGrow(1, content);

        map.addBlankBaseLayer(getTranslation("base.offline"), true);
        if (props.tilesEnabled()) {
            map.addTileBaseLayer(getTranslation("base.osm"), props.tilesUrl(), props.tilesAttribution(), false);
        }
        map.setGeoJsonLayer("countries", base.countries(), LayerOptions.fixed()
                .interactive(false).style(new PathStyle("#777", "#f4f1ea", 1.0, 1.0, 1.0, null, null)).zIndex(1));
        map.setGeoJsonLayer(GOVERNORATES, base.governorates(), LayerOptions.toggleable().title(getTranslation("layer.governorates"))
                .tooltip("label").label("label")
                .style(new PathStyle("#6b6b6b", "#ffffff", 1.0, 0.9, 0.05, "4 3", null)).zIndex(2));
        map.setGeoJsonLayer("rivers", base.rivers(), LayerOptions.toggleable().title(getTranslation("layer.rivers"))
                .interactive(false).tooltip("nameEn")
                .style(new PathStyle("#3a7bd5", "#9cc3f0", 2.5, 0.9, 0.7, null, null)).zIndex(3));
        map.fitBounds(32.3, 35.6, 37.35, 42.4);
        map.addFeatureClickListener(e -> gazetteer.byId(e.getFeatureId()).ifPresent(this::showPlace));
    }

    void showPlace(Place p) {
        String gov = p.admin1() == null ? null
                : gazetteer.byId(p.admin1()).map(g -> g.nameAr() + " · " + g.nameEn()).orElse(p.admin1());
        panel.showPlace(p.nameAr(), p.nameEn(), p.kind().code(), gov);
    }

    LeafletMap map() {
        return map;
    }
}
