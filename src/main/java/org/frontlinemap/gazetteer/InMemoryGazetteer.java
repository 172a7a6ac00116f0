package org.frontlinemap.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/** A gazetteer held in maps: for tests, plugins and small fixed sets. */
public class InMemoryGazetteer implements Gazetteer {

    public static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private final Map<String, Place> places = new LinkedHashMap<>();
    private final Map<String, Geometry> geometries = new LinkedHashMap<>();

    public InMemoryGazetteer(Collection<Place> places, Map<String, Geometry> geometries) {
        for (Place p : places) {
            if (this.places.putIfAbsent(p.id(), p) != null) {
                throw new IllegalArgumentException("duplicate place id: " + p.id());
            }
        }
        this.geometries.putAll(geometries);
    }

    @Override
    public Collection<Place> places() {
        return Collections.unmodifiableCollection(places.values());
    }

    @Override
    public Optional<Place> byId(String id) {
        return Optional.ofNullable(places.get(id));
    }

    @Override
    public Optional<Geometry> geometry(String id) {
        Geometry g = geometries.get(id);
        if (g != null) {
            return Optional.of(g);
        }
        return byId(id).map(p -> WGS84.createPoint(new Coordinate(p.lon(), p.lat())));
    }

    @Override
    public List<String> regionsContaining(double lat, double lon) {
        Point pt = WGS84.createPoint(new Coordinate(lon, lat));
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Geometry> e : geometries.entrySet()) {
            Place p = places.get(e.getKey());
            if (p != null && p.kind().isRegion() && p.kind() != PlaceKind.COUNTRY && e.getValue().covers(pt)) {
                out.add(e.getKey());
            }
        }
        return out;
    }
}
