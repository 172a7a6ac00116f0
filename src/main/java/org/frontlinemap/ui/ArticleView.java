package org.frontlinemap.ui;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import javax.sql.DataSource;
import org.frontlinemap.gazetteer.Gazetteer;
import org.frontlinemap.gazetteer.Place;
import org.frontlinemap.store.ArticleQueries;
import org.frontlinemap.store.ArticleQueries.ClaimSpan;
import org.frontlinemap.store.ArticleQueries.MentionSpan;
import org.frontlinemap.store.ArticleQueries.ParagraphSpan;
import org.frontlinemap.web.FrontlineProperties;

/**
 * One stored article, read-only: its text with every place mention highlighted (a link back to the map at the
 * place) and every control claim underlined, then the list of its claims. Article text is third-party content, so
 * every piece of it reaches the page as a text node or an attribute value, never as markup.
 */
@Route("article/:id")
@AnonymousAllowed
public class ArticleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PLACE_ZOOM = 10;

    private final ArticleQueries articles;
    private final Gazetteer gazetteer;
    private final FrontlineProperties props;
    private final AuthenticationContext auth;
    private String title = "";

    public ArticleView(DataSource dataSource, Gazetteer gazetteer, FrontlineProperties props,
                       AuthenticationContext auth) {
        this.articles = new ArticleQueries(dataSource);
        this.gazetteer = gazetteer;
        this.props = props;
        this.auth = auth;
        setMaxWidth("60em");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (props.readRequiresLogin() && !auth.isAuthenticated()) {
            event.forwardTo(LoginView.class);
            return;
        }
        removeAll();
        title = getTranslation("app.title");
        Optional<ArticleQueries.ArticleView> article = Optional.empty();
        String idParam = event.getRouteParameters().get("id").orElse("");
        try {
            article = articles.article(Long.parseLong(idParam));
        } catch (NumberFormatException e) {
            // not an id: same answer as an unknown one
        } catch (SQLException e) {
            add(backLink(), message(getTranslation("article.dbError")));
            return;
        }
        if (article.isEmpty()) {
            H1 h = new H1(getTranslation("article.notFound"));
            h.setId("article-not-found");
            add(backLink(), h, message(getTranslation("article.notFoundDetail", idParam)));
            return;
        }
        show(article.get());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(ArticleQueries.ArticleView a) {
        boolean arabic = "ar".equalsIgnoreCase(a.lang());
        String dir = arabic ? "rtl" : "ltr";
        title = (a.title() == null || a.title().isBlank() ? "#" + a.id() : a.title()) + " · "
                + getTranslation("app.title");

        H1 heading = new H1(a.title() == null || a.title().isBlank() ? "#" + a.id() : a.title());
        heading.setId("article-title");
        heading.getElement().setAttribute("dir", "auto");
        heading.getStyle().set("font-size", "var(--lumo-font-size-xxl)");

        Div meta = new Div();
        meta.setId("article-meta");
        meta.add(metaItem("article.published", dateText(a)));
        if (a.source() != null && !a.source().isBlank()) {
            meta.add(metaItem("article.source", a.source()));
        }
        if (a.url() != null && !a.url().isBlank()) {
            Span label = new Span(getTranslation("article.url") + ": ");
            Div line = new Div(label, urlComponent(a.url()));
            line.getElement().setAttribute("dir", "auto");
            meta.add(line);
        }

        Div body = new Div();
        body.setId("article-body");
        body.getElement().setAttribute("dir", dir);
        if (a.lang() != null && a.lang().matches("[a-zA-Z-]{2,12}")) {
            body.getElement().setAttribute("lang", a.lang());
        }
        body.getStyle().set("line-height", "1.9").set("font-size", "var(--lumo-font-size-l)");
        List<ParagraphSpan> paragraphs = a.paragraphs().isEmpty()
                ? List.of(new ParagraphSpan(0, 0, 0, a.body().length())) : a.paragraphs();
        for (ParagraphSpan ps : paragraphs) {
            Paragraph p = new Paragraph();
            p.getElement().setAttribute("dir", "auto");
            p.getElement().setAttribute("data-paragraph", Integer.toString(ps.ordinal()));
            for (ArticleText.Run run : ArticleText.runs(a.body(), ps.start(), ps.end(), a.mentions(), a.claims())) {
                p.add(runComponent(run));
            }
            body.add(p);
        }

        H2 claimsHeading = new H2(getTranslation("article.claims") + " (" + a.claims().size() + ")");
        Grid<ClaimSpan> claims = claimGrid(a.claims());

        add(backLink(), heading, meta, body, claimsHeading, claims);
    }

    private Component metaItem(String key, String value) {
        Div d = new Div(new Span(getTranslation(key) + ": "), new Span(value));
        d.getElement().setAttribute("dir", "auto");
        return d;
    }

    private String dateText(ArticleQueries.ArticleView a) {
        if (a.published() == null) {
            return getTranslation("status.undated");
        }
        String d = a.published().toString();
        return a.dateEstimated() ? d + " (" + getTranslation("article.estimated") + ")" : d;
    }

    /** The URL as text; a link only for http(s), so a stored {@code javascript:} or {@code data:} URL stays inert. */
    static Component urlComponent(String url) {
        String u = url.strip();
        Span text = new Span(u);
        text.setId("article-url");
        if (!isWebUrl(u)) {
            return text;
        }
        Anchor link = new Anchor(u, u, AnchorTarget.BLANK);
        link.setId("article-url");
        link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
        return link;
    }

    static boolean isWebUrl(String u) {
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private Component runComponent(ArticleText.Run run) {
        Component inner = run.mention() == null ? new Text(run.text()) : mentionLink(run.mention(), run.text());
        if (run.claims().isEmpty()) {
            return inner;
        }
        Span claim = new Span(inner);
        claim.addClassName("claim");
        List<String> ids = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        for (ClaimSpan c : run.claims()) {
            ids.add(Long.toString(c.id()));
            tips.add(claimSummary(c));
        }
        claim.getElement().setAttribute("data-claim-ids", String.join(" ", ids));
        claim.getElement().setAttribute("title", String.join("\n", tips));
        claim.getStyle().set("text-decoration", "underline")
                .set("text-decoration-color", run.claims().size() > 1 ? "#b3261e" : "#c0392b")
                .set("text-decoration-thickness", run.claims().size() > 1 ? "3px" : "2px")
                .set("text-underline-offset", "0.3em");
        return claim;
    }

    private Component mentionLink(MentionSpan m, String text) {
        Optional<Place> place = gazetteer.byId(m.placeId());
        RouterLink link = new RouterLink();
        link.setText(text);
        link.setRoute(MapView.class);
        Map<String, String> q = new LinkedHashMap<>();
        q.put("place", m.placeId());
        place.ifPresent(p -> {
            q.put("lat", coordinate(p.lat()));
            q.put("lon", coordinate(p.lon()));
        });
        q.put("zoom", Integer.toString(PLACE_ZOOM));
        link.setQueryParameters(QueryParameters.simple(q));
        link.addClassName("mention");
        link.getElement().setAttribute("data-place-id", m.placeId());
        link.getElement().setAttribute("title", place.map(ArticleView::placeName).orElse(m.placeId()));
        link.getStyle().set("background", "#fff3a8").set("color", "inherit").set("border-radius", "3px")
                .set("padding", "0 2px").set("text-decoration", "none");
        return link;
    }

    static String placeName(Place p) {
        if (p.nameAr() != null && p.nameEn() != null) {
            return p.nameAr() + " · " + p.nameEn();
        }
        return p.nameAr() != null ? p.nameAr() : p.nameEn() != null ? p.nameEn() : p.id();
    }

    private String placeLabel(String id) {
        if (id == null) {
            return "";
        }
        return gazetteer.byId(id).map(ArticleView::placeName).orElse(id);
    }

    /** "actor relation place share", for the tooltip of an underlined claim. */
    String claimSummary(ClaimSpan c) {
        StringBuilder s = new StringBuilder();
        if (c.negated()) {
            s.append(getTranslation("article.negated")).append(": ");
        }
        s.append(c.actor() == null ? "?" : c.actor()).append(' ').append(c.relation()).append(' ')
                .append(placeLabel(c.placeId()));
        if (c.share() != null) {
            s.append(' ').append(percent(c.share()));
        }
        if (c.hedged()) {
            s.append(" (").append(getTranslation("article.hedged")).append(')');
        }
        return s.toString();
    }

    private Grid<ClaimSpan> claimGrid(List<ClaimSpan> claims) {
        Grid<ClaimSpan> grid = new Grid<>();
        grid.setId("article-claims");
        grid.addColumn(c -> c.actor() == null ? "" : c.actor()).setHeader(getTranslation("article.claim.actor"))
                .setAutoWidth(true);
        grid.addColumn(ClaimSpan::relation).setHeader(getTranslation("article.claim.relation")).setAutoWidth(true);
        grid.addColumn(c -> placeLabel(c.placeId())).setHeader(getTranslation("article.claim.place"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.share() == null ? "" : percent(c.share()))
                .setHeader(getTranslation("article.claim.share")).setAutoWidth(true);
        grid.addColumn(c -> c.areaKm2() == null ? "" : String.format(Locale.ROOT, "%,.0f km²", c.areaKm2()))
                .setHeader(getTranslation("article.claim.area")).setAutoWidth(true);
        grid.addColumn(c -> c.validFrom() == null ? "" : c.validFrom().toString())
                .setHeader(getTranslation("article.claim.since")).setAutoWidth(true);
        grid.addColumn(this::flags).setHeader(getTranslation("article.claim.flags")).setAutoWidth(true);
        grid.addColumn(c -> c.evidence() == null ? "" : c.evidence())
                .setHeader(getTranslation("article.claim.evidence")).setFlexGrow(1);
        grid.setItems(claims);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        return grid;
    }

    private String flags(ClaimSpan c) {
        List<String> f = new ArrayList<>();
        if (c.negated()) {
            f.add(getTranslation("article.negated"));
        }
        if (c.hedged()) {
            f.add(getTranslation("article.hedged"));
        }
        return String.join(", ", f);
    }

    static String percent(double share) {
        double p = share <= 1.0 ? share * 100 : share;
        return String.format(Locale.ROOT, "%.0f %%", p);
    }

    private static String coordinate(double v) {
        return String.format(Locale.ROOT, "%.5f", v);
    }

    private RouterLink backLink() {
        RouterLink back = new RouterLink(getTranslation("article.back"), MapView.class);
        back.setId("article-back");
        return back;
    }

    private static Paragraph message(String text) {
        return new Paragraph(text);
    }
}
