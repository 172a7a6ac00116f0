package org.frontlinemap.ui;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.frontlinemap.gazetteer.Place;
import org.frontlinemap.store.MentionQueries;

/**
 * The side panel: what the user clicked. For a place, its names, kind and governorate, then the source paragraphs
 * that mention it (newest first, the mention highlighted, Arabic right to left), loaded a page at a time, with a
 * date-range filter; each paragraph opens its article. For a zone, who holds it, since when and on whose word.
 */
public class PlacePanel extends VerticalLayout {

    static final int PAGE = 8;

    private final Div header = new Div();
    private final Div body = new Div();
    private final MentionQueries mentions;

    private Place place;
    private LocalDate from;
    private LocalDate to;
    private int nextPage;
    private Div list;
    private Button more;

    public PlacePanel(MentionQueries mentions) {
        this.mentions = mentions;
        addClassName("place-panel");
        setPadding(true);
        setSpacing(false);
        setWidth("400px");
        setMinWidth("300px");
        setHeightFull();
        getStyle().set("overflow", "auto").set("border-inline-start", "1px solid var(--lumo-contrast-20pct)")
                .set("flex-shrink", "0");
        header.setId("place-panel-header");
        header.setWidthFull();
        body.setId("place-panel-body");
        body.setWidthFull();
        add(header, body);
        showEmpty();
    }

    public void showEmpty() {
        place = null;
        header.removeAll();
        body.removeAll();
        body.add(new Paragraph(getTranslation("panel.empty")));
    }

    public String placeId() {
        return place == null ? null : place.id();
    }

    /** A place and the paragraphs that mention it up to {@code asOf}. */
    public void showPlace(Place p, String governorate, LocalDate asOf) {
        place = p;
        header.removeAll();
        body.removeAll();
        H3 ar = new H3(p.nameAr() == null ? "" : p.nameAr());
        ar.setId("place-name-ar");
        ar.getElement().setAttribute("dir", "rtl");
        ar.getElement().setAttribute("lang", "ar");
        ar.getStyle().set("margin", "0");
        Div en = new Div(new Text(p.nameEn() == null ? "" : p.nameEn()));
        en.setId("place-name-en");
        en.getStyle().set("font-weight", "600").set("color", "var(--lumo-secondary-text-color)");
        Div facts = new Div();
        facts.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin-top", "var(--lumo-space-xs)");
        facts.add(new Span(getTranslation("panel.kind") + ": " + getTranslation("kind." + p.kind().code())));
        if (governorate != null) {
            facts.add(new Span(" · " + getTranslation("panel.governorate") + ": " + governorate));
        }
        header.add(ar, en, facts);

        DatePicker fromPicker = new DatePicker(getTranslation("panel.from"));
        DatePicker toPicker = new DatePicker(getTranslation("panel.to"));
        fromPicker.setId("mentions-from");
        toPicker.setId("mentions-to");
        fromPicker.setWidth("10em");
        toPicker.setWidth("10em");
        toPicker.setValue(asOf);
        HorizontalLayout range = new HorizontalLayout(fromPicker, toPicker);
        range.setSpacing(true);
        Consumer<Void> reload = v -> {
            from = fromPicker.getValue();
            to = toPicker.getValue();
            loadFirstPage();
        };
        fromPicker.addValueChangeListener(e -> reload.accept(null));
        toPicker.addValueChangeListener(e -> reload.accept(null));

        Div title = new Div(new Text(getTranslation("panel.mentions")));
        title.getStyle().set("font-weight", "600").set("margin-top", "var(--lumo-space-m)");
        list = new Div();
        list.setId("mention-list");
        list.setWidthFull();
        more = new Button(getTranslation("panel.more"), e -> loadNextPage());
        more.setId("mentions-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        body.add(title, range, list, more);
        from = null;
        to = asOf;
        loadFirstPage();
    }

    /** A faction's zone: who, how much, since when, from which sources. */
    public void showZone(String factionName, String status, double share, String validFrom, String validTo,
                         List<String> sources, String origin) {
        place = null;
        header.removeAll();
        body.removeAll();
        H3 name = new H3(factionName);
        name.setId("zone-name");
        name.getStyle().set("margin", "0");
        header.add(name);
        List<String> lines = new ArrayList<>();
        lines.add(getTranslation("zone." + status) + (share < 0.999 ? " · " + Math.round(share * 100) + " %" : ""));
        lines.add(validFrom + " → " + (validTo == null ? "…" : validTo));
        String[] o = origin.split(" ", 2);
        lines.add(getTranslation("zone." + o[0]) + (o.length > 1 ? " " + o[1] : ""));
        for (String l : lines) {
            body.add(new Div(new Text(l)));
        }
        if (!sources.isEmpty()) {
            Div s = new Div();
            s.getStyle().set("margin-top", "var(--lumo-space-s)").set("font-size", "var(--lumo-font-size-s)");
            sources.forEach(x -> s.add(new Div(new Text("• " + x))));
            body.add(s);
        }
        Paragraph note = new Paragraph(getTranslation("legend.generalised"));
        note.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        body.add(note);
    }

    private void loadFirstPage() {
        list.removeAll();
        nextPage = 0;
        loadNextPage();
    }

    private void loadNextPage() {
        if (place == null) {
            return;
        }
        MentionQueries.Page<MentionQueries.ParagraphMentions> page;
        try {
            page = mentions.placeMentions(place.id(), from, to, nextPage, PAGE);
        } catch (SQLException e) {
            list.add(new Paragraph(e.getMessage()));
            more.setVisible(false);
            return;
        }
        if (page.total() == 0) {
            Paragraph none = new Paragraph(getTranslation("panel.noMentions"));
            none.setId("no-mentions");
            list.add(none);
        }
        for (MentionQueries.ParagraphMentions pm : page.items()) {
            list.add(paragraphCard(pm));
        }
        nextPage++;
        more.setVisible((long) nextPage * PAGE < page.total());
    }

    private Div paragraphCard(MentionQueries.ParagraphMentions pm) {
        Div card = new Div();
        card.addClassName("mention-card");
        card.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-s) 0");
        String date = pm.published() == null ? getTranslation("panel.undated")
                : pm.published() + (pm.dateEstimated() ? " (" + getTranslation("panel.estimated") + ")" : "");
        Div meta = new Div(new Text(date + " · " + nz(pm.source())));
        meta.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        Div title = new Div(new Text(nz(pm.title())));
        title.getElement().setAttribute("dir", "auto");
        title.getStyle().set("font-weight", "600");
        List<HighlightedText.Mark> marks = new ArrayList<>();
        for (MentionQueries.Span s : pm.mentions()) {
            boolean target = place != null && place.id().equals(s.placeId());
            marks.add(new HighlightedText.Mark(s.start(), s.end(), target ? "mention-target" : "mention-other",
                    s.placeId(), s.placeId()));
        }
        Span text = HighlightedText.of(pm.text(), marks);
        Div para = new Div(text);
        para.addClassName("mention-paragraph");
        para.getElement().setAttribute("dir", "auto");
        para.getStyle().set("line-height", "1.6");
        Anchor open = new Anchor("article/" + pm.articleId() + (place == null ? "" : "?place=" + place.id()),
                getTranslation("panel.openArticle"));
        open.addClassName("open-article");
        open.getStyle().set("font-size", "var(--lumo-font-size-s)");
        card.add(meta, title, para, open);
        return card;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
