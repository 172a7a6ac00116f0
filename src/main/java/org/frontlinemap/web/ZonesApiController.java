package org.frontlinemap.web;

import java.util.Map;

import javax.sql.DataSource;

import org.frontlinemap.gazetteer.Gazetteer;
import org.frontlinemap.zones.PlacesTableGazetteer;
import org.frontlinemap.zones.ZoneService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** GeoJSON of zones, zone changes and front lines; all logic lives in {@link ZoneService}. */
@RestController
public class ZonesApiController {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ZonesApiController.class);
    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final ZoneService service;

    @Autowired
    public ZonesApiController(ObjectProvider<ZoneService> service, DataSource dataSource, ObjectProvider<Gazetteer> gazetteer) {
        this(service.getIfAvailable(() -> new ZoneService(dataSource,
                gazetteer.getIfAvailable(() -> PlacesTableGazetteer.load(dataSource)))));
    }

    public ZonesApiController(ZoneService service) {
        this.service = service;
    }

    private ZoneService ready() {
        String problem = service.prepare();
        if (problem != null) {
            LOG.warn("bundled zone snapshots not loaded, serving stored zones: {}", problem);
        }
        return service;
    }

    @GetMapping("/api/zones")
    public ResponseEntity<String> zones(@RequestParam String date, @RequestParam(required = false) Double tolerance,
                                        @RequestParam(required = false) Integer zoom) {
        return ResponseEntity.ok().contentType(GEO_JSON).body(ready().zonesGeoJson(date, tolerance, zoom));
    }

    @GetMapping("/api/zones/changes")
    public ResponseEntity<String> changes(@RequestParam String from, @RequestParam String to,
                                          @RequestParam(required = false) Double tolerance,
                                          @RequestParam(required = false) Integer zoom) {
        return ResponseEntity.ok().contentType(GEO_JSON).body(ready().changesGeoJson(from, to, tolerance, zoom));
    }

    @GetMapping("/api/frontlines")
    public ResponseEntity<String> frontLines(@RequestParam String date, @RequestParam(required = false) Double tolerance,
                                             @RequestParam(required = false) Integer zoom) {
        return ResponseEntity.ok().contentType(GEO_JSON).body(ready().frontLinesGeoJson(date, tolerance, zoom));
    }

    /** How far each pair's front line moved between two days (discrete Hausdorff distance, geodesic km). */
    @GetMapping("/api/frontlines/displacement")
    public ResponseEntity<String> frontLineDisplacement(@RequestParam String from, @RequestParam String to) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ready().frontLineDisplacementJson(from, to));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    public ResponseEntity<Map<String, String>> badParameter(Exception e) {
        String msg = e instanceof MissingServletRequestParameterException m
                ? "parameter '" + m.getParameterName() + "' is missing"
                : "parameter '" + ((MethodArgumentTypeMismatchException) e).getName() + "' has a malformed value";
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("error", msg));
    }
}
