package org.frontlinemap.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.router.QueryParameters;

/**
 * What a shared link restores: the as-of date, the compared dates, the map's centre and zoom, the visible layers
 * and the language. Anything missing or malformed in a link falls back to the default instead of failing.
 */
public record ViewState(
        LocalDate date,
        LocalDate compareFrom,
        LocalDate compareTo,
        Double lat,
        Double lon,
        Double zoom,
        Set<String> layers,
        String lang,
        String place) {

    public ViewState {
        layers = layers == null ? null : Set.copyOf(new LinkedHashSet<>(layers));
    }

    public static ViewState parse(QueryParameters q) {
        Map<String, List<String>> p = q.getParameters();
        return new ViewState(
                date(first(p, "date")),
                date(first(p, "from")),
                date(first(p, "to")),
                number(first(p, "lat"), -90, 90),
                number(first(p, "lon"), -180, 180),
                number(first(p, "zoom"), 2, 18),
                layers(first(p, "layers")),
                lang(first(p, "lang")),
                placeId(first(p, "place")));
    }

    public boolean comparing() {
        return compareFrom != null && compareTo != null;
    }

    public ViewState withDate(LocalDate d) {
        return new ViewState(d, compareFrom, compareTo, lat, lon, zoom, layers, lang, place);
    }

    public ViewState withCompare(LocalDate from, LocalDate to) {
        return new ViewState(date, from, to, lat, lon, zoom, layers, lang, place);
    }

    public ViewState withView(double la, double lo, double z) {
        return new ViewState(date, compareFrom, compareTo, round(la, 4), round(lo, 4), round(z, 2), layers, lang, place);
    }

    public ViewState withLayers(Set<String> visible) {
        return new ViewState(date, compareFrom, compareTo, lat, lon, zoom, visible, lang, place);
    }

    public ViewState withLang(String l) {
        return new ViewState(date, compareFrom, compareTo, lat, lon, zoom, layers, lang(l), place);
    }

    public ViewState withPlace(String id) {
        return new ViewState(date, compareFrom, compareTo, lat, lon, zoom, layers, lang, placeId(id));
    }

    public QueryParameters toQueryParameters() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        put(m, "date", date);
        put(m, "from", compareFrom);
        put(m, "to", compareTo);
        put(m, "lat", lat);
        put(m, "lon", lon);
        put(m, "zoom", zoom);
        if (layers != null) {
            m.put("layers", List.of(String.join(",", layers.stream().sorted().toList())));
        }
        put(m, "lang", lang);
        put(m, "place", place);
        return new QueryParameters(m);
    }

    private static void put(Map<String, List<String>> m, String k, Object v) {
        if (v != null) {
            String s = v instanceof Double d ? trim(d) : v.toString();
            m.put(k, List.of(s));
        }
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    private static String first(Map<String, List<String>> p, String k) {
        List<String> v = p.get(k);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Double number(String s, double min, double max) {
        if (s == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(s.trim());
            return Double.isFinite(d) && d >= min && d <= max ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Set<String> layers(String s) {
        if (s == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        Arrays.stream(s.split(",")).map(String::trim).filter(x -> x.matches("[a-z0-9-]{1,60}")).forEach(out::add);
        return new LinkedHashSet<>(out);
    }

    private static String lang(String s) {
        if (s == null) {
            return null;
        }
        String l = s.trim().toLowerCase(Locale.ROOT);
        return l.equals("ar") || l.equals("en") ? l : null;
    }

    private static String placeId(String s) {
        return s != null && s.matches("[a-z0-9-]{1,120}") ? s : null;
    }
}
