package org.frontlinemap.gazetteer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;

/**
 * Read access to the places the product knows, with their geometries (WGS 84 lon/lat).
 */
public interface Gazetteer {

    Collection<Place> places();

    Optional<Place> byId(String id);

    /**
     * The place's geometry: polygons for countries, governorates, derived regions and city areas, lines for rivers,
     * else its point.
     */
    Optional<Geometry> geometry(String id);

    /** Ids of governorates and derived regions (banks, countrysides) whose area contains the point. */
    List<String> regionsContaining(double lat, double lon);
}
