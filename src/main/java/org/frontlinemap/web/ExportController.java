package org.frontlinemap.web;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.frontlinemap.export.FeatureExport;
import org.frontlinemap.gazetteer.Gazetteer;
import org.frontlinemap.gazetteer.Place;
import org.frontlinemap.store.MentionQueries;
import org.frontlinemap.zones.ZoneService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The map as of a day as a file for GIS tools: control zones, front lines and the places mentioned up to that day
 * (points with their mention counts), in GeoJSON, KML or CSV.
 */
@RestController
public class ExportController {

    static final List<String> LAYERS = List.of("zones", "frontlines", "places");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ZoneService zones;
    private final MentionQueries mentions;
    private final Gazetteer gazetteer;

    public ExportController(ZoneService zones, DataSource dataSource, Gazetteer gazetteer) {
        this.zones = zones;
        this.mentions = new MentionQueries(dataSource);
        this.gazetteer = gazetteer;
    }

    @GetMapping("/api/export")
    public ResponseEntity<String> export(@RequestParam(name = "format", defaultValue = "geojson") String format,
                                         @RequestParam(name = "date", required = false) String date,
                                         @RequestParam(name = "layers", required = false) String layers)
            throws SQLException {
        FeatureExport.Format f = format(format);
        LocalDate day = date(date);
        Set<String> chosen = layers(layers);
        zones.prepare();
        Map<String, String> collections = new LinkedHashMap<>();
        String iso = day.toString();
        if (chosen.contains("zones")) {
            collections.put("zones", zones.zonesGeoJson(iso, null, null));
        }
        if (chosen.contains("frontlines")) {
            collections.put("frontlines", zones.frontLinesGeoJson(iso, null, null));
        }
        if (chosen.contains("places")) {
            collections.put("places", placesGeoJson(day));
        }
        String body = FeatureExport.write(FeatureExport.merge(collections), f);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.mediaType + (f == FeatureExport.Format.GEOJSON ? ""
                        : ";charset=UTF-8")))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"frontline-map-" + iso + "." + f.extension + "\"")
                .body(body);
    }

    /** Mentioned places as points, with how often they were mentioned in articles dated up to the day. */
    String placesGeoJson(LocalDate day) throws SQLException {
        ObjectNode fc = JSON.createObjectNode();
        fc.put("type", "FeatureCollection");
        var features = fc.putArray("features");
        for (Map.Entry<String, Long> e : mentions.placeMentionCounts(null, day).entrySet()) {
            Place p = gazetteer.byId(e.getKey()).orElse(null);
            if (p == null) {
                continue;
            }
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", p.id());
            ObjectNode geometry = feature.putObject("geometry");
            geometry.put("type", "Point");
            geometry.putArray("coordinates").add(p.lon()).add(p.lat());
            ObjectNode props = feature.putObject("properties");
            props.put("id", p.id());
            props.put("kind", p.kind().code());
            props.put("nameEn", p.nameEn());
            props.put("nameAr", p.nameAr());
            props.put("mentions", e.getValue());
        }
        return fc.toString();
    }

    static FeatureExport.Format format(String s) {
        try {
            return FeatureExport.Format.of(s);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("format must be geojson, kml or csv");
        }
    }

    static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date must be YYYY-MM-DD");
        }
    }

    static Set<String> layers(String s) {
        if (s == null || s.isBlank()) {
            return new LinkedHashSet<>(LAYERS);
        }
        Set<String> out = new LinkedHashSet<>();
        for (String part : s.split(",")) {
            String l = part.strip().toLowerCase(Locale.ROOT);
            if (l.isEmpty()) {
                continue;
            }
            if (!LAYERS.contains(l)) {
                throw new IllegalArgumentException("layers must be a comma-separated subset of " + LAYERS);
            }
            out.add(l);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("layers must name at least one of " + LAYERS);
        }
        return out;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", String.valueOf(e.getMessage())));
    }

    @ExceptionHandler(SQLException.class)
    public ResponseEntity<Map<String, String>> databaseError(SQLException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", "database error"));
    }
}
