package org.frontlinemap.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The "as of" date: a keyboard-accessible range slider over the days of the conflict, with a strip above it that
 * shows how many articles each month has, so the user sees where the sources are.
 */
public class AsOfControl extends VerticalLayout {

    public static final LocalDate FIRST = LocalDate.of(2011, 3, 15);

    private final LocalDate last;
    private final Input slider = new Input(ValueChangeMode.ON_CHANGE);
    private final Span label = new Span();
    private final Div strip = new Div();
    private LocalDate value;
    private Consumer<LocalDate> listener = d -> { };

    public AsOfControl(LocalDate initial, LocalDate last) {
        this.last = last;
        setPadding(false);
        setSpacing(false);
        setWidth("100%");
        setMinWidth("320px");
        strip.setId("timeline-strip");
        strip.getElement().setAttribute("aria-hidden", "true");
        strip.getStyle().set("display", "flex").set("align-items", "flex-end").set("height", "22px")
                .set("width", "100%").set("gap", "0").set("direction", "ltr");
        slider.setId("asof-slider");
        slider.setType("range");
        slider.getElement().setAttribute("min", "0");
        slider.getElement().setAttribute("max", String.valueOf(ChronoUnit.DAYS.between(FIRST, last)));
        slider.getElement().setAttribute("step", "1");
        slider.getElement().setAttribute("aria-label", getTranslation("asof.label"));
        slider.getStyle().set("width", "100%").set("margin", "0").set("direction", "ltr");
        slider.addValueChangeListener(e -> {
            try {
                LocalDate d = FIRST.plusDays(Long.parseLong(e.getValue()));
                if (!d.equals(value)) {
                    setValueQuietly(d);
                    listener.accept(d);
                }
            } catch (NumberFormatException ignored) {
                // the browser only sends numbers; anything else is ignored
            }
        });
        label.setId("asof-label");
        label.getStyle().set("font-weight", "600").set("white-space", "nowrap").set("min-width", "7em");
        Span caption = new Span(getTranslation("asof.label"));
        caption.getStyle().set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout row = new HorizontalLayout(caption, label);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setSpacing(true);
        add(row, strip, slider);
        setValueQuietly(initial);
    }

    public LocalDate getValue() {
        return value;
    }

    /** Moves the slider without telling the listener. */
    public void setValueQuietly(LocalDate d) {
        LocalDate clamped = d.isBefore(FIRST) ? FIRST : d.isAfter(last) ? last : d;
        value = clamped;
        slider.setValue(String.valueOf(ChronoUnit.DAYS.between(FIRST, clamped)));
        slider.getElement().setAttribute("aria-valuetext", clamped.toString());
        label.setText(clamped.toString());
    }

    public void onChange(Consumer<LocalDate> l) {
        listener = l;
    }

    /** Draws the articles-per-month strip, one bar per month from the first day to the last. */
    public void setArticlesPerMonth(Map<YearMonth, Integer> counts) {
        strip.removeAll();
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        YearMonth end = YearMonth.from(last);
        for (YearMonth m = YearMonth.from(FIRST); !m.isAfter(end); m = m.plusMonths(1)) {
            int n = counts.getOrDefault(m, 0);
            Div bar = new Div();
            bar.addClassName("timeline-bar");
            bar.getElement().setAttribute("title", m + ": " + n);
            bar.getElement().setAttribute("data-month", m.toString());
            bar.getElement().setAttribute("data-count", String.valueOf(n));
            int pct = max == 0 ? 0 : Math.max(n == 0 ? 0 : 12, Math.round(100f * n / max));
            bar.getStyle().set("flex", "1 1 0").set("height", pct + "%")
                    .set("background", n == 0 ? "transparent" : "var(--lumo-primary-color-50pct)");
            strip.add(bar);
        }
    }
}
