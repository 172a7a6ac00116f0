package org.frontlinemap.zones;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.frontlinemap.gazetteer.InMemoryGazetteer;
import org.frontlinemap.gazetteer.Place;
import org.frontlinemap.gazetteer.PlaceKind;
import org.locationtech.jts.geom.Geometry;

/**
 * A gazetteer read from the {@code places} table, for command-line tools that open only the database. Aliases are
 * not needed by zones and are left out.
 */
public final class PlacesTableGazetteer {

    private PlacesTableGazetteer() {
    }

    public static InMemoryGazetteer load(DataSource ds) {
        List<Place> places = new ArrayList<>();
        Map<String, Geometry> geoms = new HashMap<>();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT id, kind, name_en, name_ar, admin1, population, lat, lon, geonames_id, source, geom FROM places");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                PlaceKind kind;
                try {
                    kind = PlaceKind.fromCode(rs.getString("kind"));
                } catch (IllegalArgumentException e) {
                    continue;
                }
                long pop = rs.getLong("population");
                Long population = rs.wasNull() ? null : pop;
                long gn = rs.getLong("geonames_id");
                Long geonames = rs.wasNull() ? null : gn;
                String id = rs.getString("id");
                places.add(new Place(id, kind, rs.getString("name_en"), rs.getString("name_ar"), List.of(), List.of(),
                        rs.getString("admin1"), population, rs.getDouble("lat"), rs.getDouble("lon"), geonames,
                        rs.getString("source")));
                Geometry g = rs.getObject("geom", Geometry.class);
                if (g != null) {
                    geoms.put(id, g);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading places failed: " + e.getMessage(), e);
        }
        return new InMemoryGazetteer(places, geoms);
    }
}
