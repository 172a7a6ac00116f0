package org.frontlinemap.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import jakarta.annotation.security.RolesAllowed;
import org.frontlinemap.ingest.IngestOptions;
import org.frontlinemap.ingest.IngestOutcome;
import org.frontlinemap.ingest.IngestService;
import org.frontlinemap.ingest.IngestSummary;
import org.frontlinemap.ingest.RawArticle;
import org.frontlinemap.zones.ZoneService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds articles: files dropped on the upload (articles, feeds, JSON lines, zip archives) or one article pasted in a
 * form. Ingesting runs off the request thread, one job after another, and the page polls for the results while
 * work is pending. Each article is stored whole or not at all ({@link IngestService} uses one transaction each).
 */
@Route("upload")
@RolesAllowed("ADMIN")
public class UploadView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(UploadView.class);
    static final int MAX_FILE_BYTES = 25 * 1024 * 1024;
    static final String[] ACCEPTED = {".txt", ".html", ".htm", ".jsonl", ".xml", ".rss", ".atom", ".zip", ".json"};

    private final IngestService ingest;
    private final ZoneService zones;
    private final Upload upload;
    private final TextArea text = new TextArea();
    private final TextField titleField = new TextField();
    private final DatePicker published = new DatePicker();
    private final TextField source = new TextField();
    private final Select<String> lang = new Select<>();
    private final Button submit = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span summary = new Span();
    private final Span error = new Span();
    private final Grid<IngestOutcome> results = new Grid<>();
    private final List<IngestOutcome> rows = new ArrayList<>();
    /** .json sidecars waiting for the .txt of the same name, by lower-case stem. */
    private final Map<String, byte[]> sidecars = new HashMap<>();
    private final AtomicInteger pending = new AtomicInteger();
    private ExecutorService worker;
    /** Finished jobs so far, so that a reader of the page can tell one summary from the next. */
    private int batches;

    public UploadView(IngestService ingest, ZoneService zones) {
        this.ingest = ingest;
        this.zones = zones;
        setMaxWidth("70em");
        getStyle().set("margin", "0 auto");

        RouterLink back = new RouterLink(getTranslation("upload.back"), MapView.class);
        back.setId("upload-back");

        upload = new Upload(UploadHandler.inMemory(this::received));
        upload.setId("upload-files");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setMaxFiles(50);
        upload.setDropLabel(new Span(getTranslation("upload.drop")));
        upload.addFileRejectedListener(e -> showError(getTranslation("upload.rejected", e.getErrorMessage())));
        upload.addFailedListener(e -> showError(getTranslation("upload.failed", e.getFileName())));

        text.setId("paste-text");
        text.setLabel(getTranslation("upload.text"));
        text.setWidthFull();
        text.setMinHeight("12em");
        titleField.setId("paste-title");
        titleField.setLabel(getTranslation("upload.titleField"));
        published.setId("paste-date");
        published.setLabel(getTranslation("upload.date"));
        published.setMax(LocalDate.now().plusDays(1));
        // ISO dates read the same in Arabic and English and cannot be taken for a day-month swap
        published.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        source.setId("paste-source");
        source.setLabel(getTranslation("upload.source"));
        lang.setId("paste-lang");
        lang.setLabel(getTranslation("upload.lang"));
        lang.setItems("ar", "en");
        lang.setItemLabelGenerator(l -> getTranslation("upload.lang." + l));
        lang.addValueChangeListener(e -> textDirection(e.getValue()));
        lang.setValue("ar");
        submit.setId("paste-submit");
        submit.setText(getTranslation("upload.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submitPasted());

        progress.setId("upload-progress");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        summary.setId("upload-summary");
        summary.getElement().setAttribute("role", "status");
        error.setId("upload-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.getElement().setAttribute("role", "alert");

        results.setId("upload-results");
        results.addColumn(o -> o.origin() == null ? "" : o.origin()).setHeader(getTranslation("upload.col.file"))
                .setAutoWidth(true);
        results.addColumn(o -> getTranslation("upload.status." + o.status().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("upload.col.status")).setAutoWidth(true);
        results.addColumn(new ComponentRenderer<>(this::articleCell)).setHeader(getTranslation("upload.col.article"))
                .setFlexGrow(1);
        results.addColumn(o -> o.reason() == null ? "" : o.reason()).setHeader(getTranslation("upload.col.reason"))
                .setFlexGrow(1);
        results.setAllRowsVisible(true);
        results.setWidthFull();

        HorizontalLayout meta = new HorizontalLayout(titleField, published, source, lang);
        meta.setWidthFull();
        meta.setFlexGrow(1, titleField);
        add(back, new H1(getTranslation("upload.title")), upload, new H2(getTranslation("upload.paste")), text, meta,
                submit, progress, error, summary, results);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("upload.title") + " · " + getTranslation("app.title");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "upload-ingest");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (worker != null) {
            worker.shutdown();
        }
    }

    /** Runs under the session lock once a file has arrived whole. */
    private void received(UploadMetadata meta, byte[] bytes) {
        String name = meta.fileName() == null ? "upload" : meta.fileName();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            sidecars.put(stem(lower), bytes);
            summary.setText(getTranslation("upload.sidecarKept", name));
            return;
        }
        byte[] sidecar = lower.endsWith(".txt") ? sidecars.remove(stem(lower)) : null;
        IngestOptions options = new IngestOptions(null, null, null);
        run(name, () -> lower.endsWith(".zip") ? ingestZip(name, bytes, options)
                : ingest.ingestBytes(name, bytes, sidecar, options));
    }

    /** Archives are read from a file, so the upload goes to a private temporary folder for the time of the run. */
    private IngestSummary ingestZip(String name, byte[] bytes, IngestOptions options) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("frontline-upload");
            Path zip = dir.resolve(safeName(name));
            Files.write(zip, bytes);
            IngestSummary s = ingest.ingest(List.of(zip), options, org.frontlinemap.ingest.IngestListener.NONE);
            // show "name.zip!entry", not the temporary folder
            String prefix = dir.toString() + java.io.File.separator;
            return new IngestSummary(s.outcomes().stream().map(o -> o.origin() == null ? o
                    : new IngestOutcome(o.status(), o.origin().replace(prefix, ""), o.articleId(), o.title(),
                    o.reason() == null ? null : o.reason().replace(prefix, ""))).toList(), s.elapsedMillis());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private void submitPasted() {
        String body = text.getValue() == null ? "" : text.getValue().strip();
        if (body.isEmpty()) {
            text.setInvalid(true);
            text.setErrorMessage(getTranslation("upload.textRequired"));
            return;
        }
        text.setInvalid(false);
        String title = blankToNull(titleField.getValue());
        String src = blankToNull(source.getValue());
        String language = lang.getValue();
        LocalDate date = published.getValue();
        String origin = getTranslation("upload.pastedOrigin");
        RawArticle raw = new RawArticle(title, src, null, date, false, language, List.of(), body, origin);
        IngestOptions options = new IngestOptions(null, src, language);
        run(origin, () -> new IngestSummary(List.of(ingest.ingest(raw, options)), 0));
    }

    /** Queues one ingest job; the page polls until every queued job has reported. */
    private void run(String origin, Supplier<IngestSummary> job) {
        UI ui = UI.getCurrent();
        error.setText("");
        if (pending.getAndIncrement() == 0) {
            progress.setVisible(true);
            submit.setEnabled(false);
            ui.setPollInterval(400);
        }
        worker.submit(() -> {
            IngestSummary result;
            String problem = null;
            try {
                result = job.get();
            } catch (RuntimeException e) {
                LOG.warn("ingest of {} failed", origin, e);
                result = new IngestSummary(List.of(new IngestOutcome(IngestOutcome.Status.REFUSED, origin, null, null, "ingest failed: " + e.getMessage())), 0);
                problem = "upload.failed";
            }
            if (result.newCount() > 0) {
                try {
                    zones.refineFromClaims();
                } catch (RuntimeException e) {
                    // the articles are stored; only the claim zones lag until the next refinement
                    LOG.warn("claim zones not refined after ingest of {}", origin, e);
                    problem = "upload.zonesFailed";
                }
            }
            IngestSummary done = result;
            String failureKey = problem;
            ui.access(() -> finished(done, failureKey == null ? null : getTranslation(failureKey, origin)));
        });
    }

    private void finished(IngestSummary s, String failure) {
        rows.addAll(0, s.outcomes());
        results.setItems(rows);
        long refused = s.refusedCount() + s.skippedCount();
        summary.setText(getTranslation("upload.summary", s.newCount(), s.duplicateCount(), refused));
        summary.getElement().setAttribute("data-new", Long.toString(s.newCount()));
        summary.getElement().setAttribute("data-duplicates", Long.toString(s.duplicateCount()));
        summary.getElement().setAttribute("data-refused", Long.toString(refused));
        summary.getElement().setAttribute("data-batch", Integer.toString(++batches));
        if (failure != null) {
            showError(failure);
        }
        if (s.newCount() > 0 && s.outcomes().stream().anyMatch(o -> getTranslation("upload.pastedOrigin")
                .equals(o.origin()) && o.status() == IngestOutcome.Status.NEW)) {
            text.clear();
            titleField.clear();
        }
        if (pending.decrementAndGet() == 0) {
            progress.setVisible(false);
            submit.setEnabled(true);
            UI.getCurrent().setPollInterval(-1);
        }
    }

    /** The text fields follow the chosen language, so Arabic is typed right to left. */
    private void textDirection(String language) {
        String dir = "ar".equals(language) ? "rtl" : "ltr";
        text.getElement().setAttribute("dir", dir);
        titleField.getElement().setAttribute("dir", dir);
    }

    private com.vaadin.flow.component.Component articleCell(IngestOutcome o) {
        if (o.articleId() == null) {
            return new Span(o.title() == null ? "" : o.title());
        }
        String label = o.title() == null || o.title().isBlank() ? "#" + o.articleId() : o.title();
        RouterLink link = new RouterLink(ArticleView.class, new RouteParameters("id", o.articleId().toString()));
        link.setText(label);
        link.getElement().setAttribute("dir", "auto");
        return link;
    }

    private void showError(String message) {
        error.setText(message);
    }

    static String stem(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String base = name.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? base : base.substring(0, dot);
    }

    /** Only the last path part, in safe characters: the name comes from the browser. */
    static String safeName(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String safe = base.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        if (safe.isEmpty() || safe.startsWith(".")) {
            safe = "upload" + safe;
        }
        return safe;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temporary folder; the OS cleans up what is left
                }
            });
        } catch (IOException ignored) {
            // same
        }
    }
}
