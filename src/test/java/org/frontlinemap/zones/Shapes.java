package org.frontlinemap.zones;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.frontlinemap.gazetteer.InMemoryGazetteer;
import org.frontlinemap.gazetteer.Place;
import org.frontlinemap.gazetteer.PlaceKind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** Simple constructed shapes and a small gazetteer over them for zone tests. */
final class Shapes {

    private Shapes() {
    }

    static Polygon box(double minLon, double minLat, double maxLon, double maxLat) {
        Polygon p = InMemoryGazetteer.WGS84.createPolygon(new Coordinate[]{
                new Coordinate(minLon, minLat), new Coordinate(maxLon, minLat), new Coordinate(maxLon, maxLat),
                new Coordinate(minLon, maxLat), new Coordinate(minLon, minLat)});
        p.setSRID(4326);
        return p;
    }

    static Place place(String id, PlaceKind kind, double lat, double lon) {
        return new Place(id, kind, id, null, List.of(), List.of(), null, null, lat, lon, null, "test");
    }

    /**
     * A country 4°x2° at (36..40 E, 34..36 N) split into a west and east bank at 38 E and into a north and south
     * governorate at 35 N; towns at known points.
     */
    static InMemoryGazetteer gazetteer() {
        List<Place> places = new ArrayList<>();
        Map<String, Geometry> geoms = new LinkedHashMap<>();
        region(places, geoms, "syria", PlaceKind.COUNTRY, box(36, 34, 40, 36));
        region(places, geoms, "euphrates-west-bank", PlaceKind.BANK, box(36, 34, 38, 36));
        region(places, geoms, "euphrates-east-bank", PlaceKind.BANK, box(38, 34, 40, 36));
        region(places, geoms, "north-governorate", PlaceKind.GOVERNORATE, box(36, 35, 40, 36));
        region(places, geoms, "south-governorate", PlaceKind.GOVERNORATE, box(36, 34, 40, 35));
        places.add(place("east-town", PlaceKind.CITY, 34.5, 39.0));
        places.add(place("west-town", PlaceKind.TOWN, 34.5, 37.0));
        places.add(place("north-village", PlaceKind.VILLAGE, 35.5, 38.5));
        places.add(place("river", PlaceKind.RIVER, 35, 38));
        geoms.put("river", InMemoryGazetteer.WGS84.createLineString(new Coordinate[]{
                new Coordinate(38, 34), new Coordinate(38, 36)}));
        return new InMemoryGazetteer(places, geoms);
    }

    private static void region(List<Place> places, Map<String, Geometry> geoms, String id, PlaceKind kind, Polygon g) {
        places.add(place(id, kind, g.getCentroid().getY(), g.getCentroid().getX()));
        geoms.put(id, g);
    }

    static ControlZone zone(String faction, Geometry g, String from, String to) {
        return new ControlZone(null, faction, g, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), 1.0,
                ZoneStatus.HELD, 0.8, null, null, Provenance.snapshot("s-" + from, faction, List.of(
                        new CitedSource("Test source", from, "test fact"))));
    }

    static javax.sql.DataSource database() {
        String url = org.frontlinemap.store.Database.memoryUrl("zones-" + java.util.UUID.randomUUID());
        return org.frontlinemap.store.Database.openMigrated(url, 2);
    }
}
