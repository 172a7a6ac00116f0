package org.frontlinemap.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The side panel that shows what the user clicked: a place's names, kind and governorate, then (when the
 * ingestion store is present) the source paragraphs that mention it.
 */
public class PlacePanel extends VerticalLayout {

    private final Div header = new Div();
    private final Div body = new Div();

    public PlacePanel() {
        addClassName("place-panel");
        setPadding(true);
        setSpacing(false);
        setWidth("380px");
        setHeightFull();
        getStyle().set("overflow", "auto").set("border-inline-start", "1px solid var(--lumo-contrast-20pct)");
        header.setId("place-panel-header");
        body.setId("place-panel-body");
        body.setWidthFull();
        add(header, body);
        showEmpty();
    }

    public void showEmpty() {
        header.removeAll();
        body.removeAll();
        body.add(new Paragraph(getTranslation("panel.empty")));
    }

    /** Shows a place's names and facts; the body is left for the caller to fill. */
    public Div showPlace(String nameAr, String nameEn, String kind, String governorate) {
        header.removeAll();
        body.removeAll();
        H3 ar = new H3(nameAr == null ? "" : nameAr);
        ar.setId("place-name-ar");
        ar.getElement().setAttribute("dir", "rtl");
        ar.getElement().setAttribute("lang", "ar");
        ar.getStyle().set("margin", "0");
        Div en = new Div(new Text(nameEn == null ? "" : nameEn));
        en.setId("place-name-en");
        en.getStyle().set("font-weight", "600").set("color", "var(--lumo-secondary-text-color)");
        Div facts = new Div();
        facts.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin-top", "var(--lumo-space-xs)");
        facts.add(new Span(getTranslation("panel.kind") + ": " + kind));
        if (governorate != null) {
            facts.add(new Span(" · " + getTranslation("panel.governorate") + ": " + governorate));
        }
        header.add(ar, en, facts);
        return body;
    }
}
