package org.frontlinemap.ui;

import java.time.LocalDate;
import java.util.Comparator;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.frontlinemap.zones.FactionCatalog;

/** The key to the zone colours, floating over the map's corner, with the generalisation stated. */
class Legend extends Div {

    private final Span date = new Span();

    Legend(FactionCatalog factions, boolean arabic) {
        setId("map-legend");
        getStyle().set("position", "absolute").set("bottom", "24px").set("inset-inline-start", "10px")
                .set("z-index", "1000").set("background", "rgba(255,255,255,0.92)").set("padding", "6px 10px")
                .set("border-radius", "6px").set("box-shadow", "0 1px 4px rgba(0,0,0,0.3)")
                .set("font-size", "12px").set("max-width", "260px").set("line-height", "1.5");
        Div title = new Div(new Text(getTranslation("legend.title") + " "), date);
        title.getStyle().set("font-weight", "600");
        add(title);
        factions.all().stream().sorted(Comparator.comparingInt(FactionCatalog.Faction::legendOrder)).forEach(f -> {
            Div row = new Div();
            row.addClassName("legend-row");
            row.getElement().setAttribute("data-faction", f.id());
            Span swatch = new Span();
            swatch.getStyle().set("display", "inline-block").set("width", "14px").set("height", "10px")
                    .set("background", f.colour()).set("margin-inline-end", "6px").set("opacity", "0.8")
                    .set("border", "1px solid #555");
            row.add(swatch, new Text(arabic ? f.nameAr() : f.nameEn()));
            add(row);
        });
        Div partial = new Div(new Text(getTranslation("legend.partial")));
        Div besieged = new Div(new Text(getTranslation("legend.besieged")));
        Div note = new Div(new Text(getTranslation("legend.generalised")));
        note.getStyle().set("color", "#555").set("margin-top", "4px").set("font-size", "11px");
        add(partial, besieged, note);
    }

    void setDate(LocalDate d) {
        date.setText(d.toString());
    }
}
