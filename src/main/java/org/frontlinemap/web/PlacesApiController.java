package org.frontlinemap.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.frontlinemap.gazetteer.BundledGazetteer;
import org.frontlinemap.gazetteer.Gazetteer;
import org.frontlinemap.gazetteer.LocateAnswer;
import org.frontlinemap.gazetteer.Place;
import org.frontlinemap.gazetteer.PlaceLookup;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Place look-ups: the same answer as {@code locate}, a ranked search for autocompletion, and one place by id. */
@RestController
public class PlacesApiController {

    private final PlaceLookup lookup;
    private final BundledGazetteer bundled;
    private final Gazetteer gazetteer;

    public PlacesApiController(PlaceLookup lookup, BundledGazetteer bundled, Gazetteer gazetteer) {
        this.lookup = lookup;
        this.bundled = bundled;
        this.gazetteer = gazetteer;
    }

    @GetMapping("/api/places")
    public ResponseEntity<?> locate(@RequestParam("q") String q) {
        if (q.isBlank() || q.length() > 200) {
            return ResponseEntity.badRequest().body(Map.of("error", "q must be 1 to 200 characters"));
        }
        return ResponseEntity.ok(LocateAnswer.of(q, lookup, bundled, gazetteer));
    }

    @GetMapping("/api/places/search")
    public ResponseEntity<?> search(@RequestParam("q") String q, @RequestParam(defaultValue = "10") int limit) {
        if (q.length() > 200 || limit < 1 || limit > 100) {
            return ResponseEntity.badRequest().body(Map.of("error", "q at most 200 characters, limit 1 to 100"));
        }
        List<Map<String, Object>> out = lookup.search(q, limit).stream().map(PlacesApiController::summary).toList();
        return ResponseEntity.ok(out);
    }

    @GetMapping("/api/places/{id}")
    public ResponseEntity<?> place(@PathVariable String id) {
        return gazetteer.byId(id).<ResponseEntity<?>>map(p -> {
            Map<String, Object> m = summary(p);
            m.put("aliasesAr", p.aliasesAr());
            m.put("aliasesEn", p.aliasesEn());
            m.put("population", p.population());
            m.put("geonamesId", p.geonamesId());
            m.put("source", p.source());
            m.put("regions", gazetteer.regionsContaining(p.lat(), p.lon()));
            return ResponseEntity.ok(m);
        }).orElseGet(() -> ResponseEntity.status(404).body(Map.of("error", "no place with id " + id)));
    }

    static Map<String, Object> summary(Place p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("placeId", p.id());
        m.put("name", p.nameEn());
        m.put("nameAr", p.nameAr());
        m.put("kind", p.kind().code());
        m.put("lat", p.lat());
        m.put("lon", p.lon());
        m.put("admin1", p.admin1());
        return m;
    }
}
