package org.frontlinemap.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;

/**
 * A base gazetteer (normally the bundled one) plus point places from elsewhere, such as rows imported from a
 * GeoNames dump into the database. Base places win on an id clash; regions come from the base alone.
 */
public final class MergedGazetteer implements Gazetteer {

    private final Gazetteer base;
    private final Map<String, Place> extra = new LinkedHashMap<>();
    private final List<Place> all;

    public MergedGazetteer(Gazetteer base, Collection<Place> extraPlaces) {
        this.base = base;
        for (Place p : extraPlaces) {
            if (base.byId(p.id()).isEmpty()) {
                extra.putIfAbsent(p.id(), p);
            }
        }
        List<Place> l = new ArrayList<>(base.places());
        l.addAll(extra.values());
        this.all = Collections.unmodifiableList(l);
    }

    @Override
    public Collection<Place> places() {
        return all;
    }

    @Override
    public Optional<Place> byId(String id) {
        Optional<Place> p = base.byId(id);
        return p.isPresent() ? p : Optional.ofNullable(extra.get(id));
    }

    @Override
    public Optional<Geometry> geometry(String id) {
        Optional<Geometry> g = base.geometry(id);
        if (g.isPresent()) {
            return g;
        }
        return Optional.ofNullable(extra.get(id)).map(p -> {
            Geometry pt = InMemoryGazetteer.WGS84.createPoint(new org.locationtech.jts.geom.Coordinate(p.lon(), p.lat()));
            pt.setSRID(4326);
            return pt;
        });
    }

    @Override
    public List<String> regionsContaining(double lat, double lon) {
        return base.regionsContaining(lat, lon);
    }

    /** Places that came from outside the base. */
    public Collection<Place> extraPlaces() {
        return Collections.unmodifiableCollection(extra.values());
    }
}
