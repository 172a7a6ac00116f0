package org.frontlinemap.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.frontlinemap.zones.ControlZoneTimeline;
import org.frontlinemap.zones.FrontLineTracer;

/**
 * Compare two dates: pick A and B, then read per faction the km² gained and lost, how far each front moved, and
 * the places that changed hands with the evidence for them. The map shows A left and B right of a swipe divider.
 */
class ComparePanel extends HorizontalLayout {

    /** One row of the faction table. */
    record FactionRow(String faction, double gainedKm2, double lostKm2) {
        double net() {
            return gainedKm2 - lostKm2;
        }
    }

    /** One row of the front-line table. */
    record FrontRow(String pair, double hausdorffKm) {
    }

    /** One place that changed hands. */
    record PlaceRow(String place, String from, String to, String evidence) {
    }

    private final DatePicker a = new DatePicker();
    private final DatePicker b = new DatePicker();
    private final Grid<FactionRow> factionGrid = new Grid<>();
    private final Grid<FrontRow> frontGrid = new Grid<>();
    private final Grid<PlaceRow> placeGrid = new Grid<>();

    ComparePanel(BiConsumer<LocalDate, LocalDate> onRun, Runnable onExit) {
        setId("compare-panel");
        setVisible(false);
        setWidthFull();
        setPadding(true);
        setSpacing(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        getStyle().set("border-bottom", "1px solid var(--lumo-contrast-20pct)").set("max-height", "34vh")
                .set("overflow", "auto").set("flex-shrink", "0");
        a.setId("compare-a");
        b.setId("compare-b");
        a.setLabel(getTranslation("compare.a"));
        b.setLabel(getTranslation("compare.b"));
        a.setValue(LocalDate.of(2017, 9, 25));
        b.setValue(LocalDate.of(2019, 3, 23));
        Button run = new Button(getTranslation("compare.run"), e -> onRun.accept(a.getValue(), b.getValue()));
        run.setId("compare-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button exit = new Button(getTranslation("compare.exit"), e -> {
            clearResults();
            onExit.run();
        });
        exit.setId("compare-exit");
        Div pickers = new Div(a, b, new Div(run, exit));
        pickers.getStyle().set("min-width", "12em");

        factionGrid.setId("compare-factions");
        factionGrid.addColumn(FactionRow::faction).setHeader(getTranslation("compare.faction")).setFlexGrow(2);
        factionGrid.addColumn(r -> km(r.gainedKm2())).setHeader(getTranslation("compare.gained")).setAutoWidth(true)
                .setFlexGrow(0);
        factionGrid.addColumn(r -> km(r.lostKm2())).setHeader(getTranslation("compare.lost")).setAutoWidth(true)
                .setFlexGrow(0);
        factionGrid.addColumn(r -> (r.net() >= 0 ? "+" : "−") + km(Math.abs(r.net())))
                .setHeader(getTranslation("compare.net")).setAutoWidth(true).setFlexGrow(0);
        frontGrid.setId("compare-fronts");
        frontGrid.addColumn(FrontRow::pair).setHeader(getTranslation("layer.frontlines")).setFlexGrow(2);
        frontGrid.addColumn(r -> km(r.hausdorffKm())).setHeader(getTranslation("compare.front")).setAutoWidth(true)
                .setFlexGrow(0);
        placeGrid.setId("compare-places");
        placeGrid.addColumn(PlaceRow::place).setHeader(getTranslation("compare.places")).setAutoWidth(true);
        placeGrid.addColumn(r -> r.from() + " → " + r.to()).setAutoWidth(true);
        placeGrid.addColumn(PlaceRow::evidence).setFlexGrow(1);
        for (Grid<?> g : List.of(factionGrid, frontGrid, placeGrid)) {
            g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            g.setAllRowsVisible(true);
            g.setMinWidth("16em");
        }
        factionGrid.setWidth("40em");
        frontGrid.setWidth("32em");
        placeGrid.setWidth("44em");
        add(pickers, factionGrid, frontGrid, placeGrid);
        clearResults();
    }

    void setDates(LocalDate from, LocalDate to) {
        a.setValue(from);
        b.setValue(to);
    }

    void showResults(ControlZoneTimeline.Changes changes, List<FrontLineTracer.Displacement> fronts,
                     Map<String, String> names) {
        List<FactionRow> rows = new ArrayList<>();
        for (ControlZoneTimeline.FactionChange f : changes.factions()) {
            if (f.gainedKm2() >= 0.5 || f.lostKm2() >= 0.5) {
                rows.add(new FactionRow(names.getOrDefault(f.faction(), f.faction()), f.gainedKm2(), f.lostKm2()));
            }
        }
        rows.sort((x, y) -> Double.compare(Math.abs(y.net()), Math.abs(x.net())));
        factionGrid.setItems(rows);
        List<FrontRow> frontRows = new ArrayList<>();
        for (FrontLineTracer.Displacement d : fronts) {
            frontRows.add(new FrontRow(names.getOrDefault(d.factionA(), d.factionA()) + " | "
                    + names.getOrDefault(d.factionB(), d.factionB()), d.hausdorffKm()));
        }
        frontGrid.setItems(frontRows);
        List<PlaceRow> places = new ArrayList<>();
        for (ControlZoneTimeline.PlaceChange p : changes.places()) {
            places.add(new PlaceRow(p.nameEn(), names.getOrDefault(p.fromFaction(), p.fromFaction()),
                    names.getOrDefault(p.toFaction(), p.toFaction()), evidence(p)));
        }
        placeGrid.setItems(places);
        factionGrid.setVisible(true);
        frontGrid.setVisible(!frontRows.isEmpty());
        placeGrid.setVisible(!places.isEmpty());
    }

    private static String evidence(ControlZoneTimeline.PlaceChange p) {
        if (p.evidence() == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        if (p.evidence().snapshotId() != null) {
            sb.append("snapshot ").append(p.evidence().snapshotId());
        }
        if (!p.evidence().claimIds().isEmpty()) {
            sb.append(sb.isEmpty() ? "" : "; ").append("claims ").append(p.evidence().claimIds());
        }
        p.evidence().sources().stream().limit(2).forEach(s -> sb.append(sb.isEmpty() ? "" : "; ").append(s.name())
                .append(s.date() == null ? "" : ", " + s.date()));
        return sb.toString();
    }

    private void clearResults() {
        factionGrid.setItems(List.of());
        frontGrid.setItems(List.of());
        placeGrid.setItems(List.of());
        factionGrid.setVisible(false);
        frontGrid.setVisible(false);
        placeGrid.setVisible(false);
    }

    private static String km(double v) {
        return String.format(java.util.Locale.ROOT, "%,.0f", v);
    }

    static Text text(String s) {
        return new Text(s);
    }
}
