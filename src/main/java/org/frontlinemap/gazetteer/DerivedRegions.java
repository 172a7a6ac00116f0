package org.frontlinemap.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.frontlinemap.gazetteer.DirectionalCountryside.Direction;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * Builds the regions that exist only relative to other geometries: the two Euphrates banks (whole and per
 * governorate) and each governorate's countryside, whole and by direction. Each becomes a gazetteer place with
 * Arabic and English names and the aliases the news uses, and a note of what it was derived from.
 */
public final class DerivedRegions {

    /** A derived place, its geometry, and how it was made. */
    public record Region(Place place, Geometry geometry, String derivedFrom) {
    }

    /** The main city of each governorate, whose surroundings are "its countryside" (Rif Dimashq: Damascus). */
    public static final Map<String, String> GOVERNORATE_CITY = Map.ofEntries(
            Map.entry("aleppo-governorate", "aleppo"), Map.entry("raqqa-governorate", "raqqa"),
            Map.entry("deir-ez-zor-governorate", "deir-ez-zor"), Map.entry("hasakah-governorate", "hasakah"),
            Map.entry("idlib-governorate", "idlib"), Map.entry("hama-governorate", "hama"),
            Map.entry("homs-governorate", "homs"), Map.entry("latakia-governorate", "latakia"),
            Map.entry("tartus-governorate", "tartus"), Map.entry("rif-dimashq-governorate", "damascus"),
            Map.entry("daraa-governorate", "daraa"), Map.entry("quneitra-governorate", "quneitra"),
            Map.entry("suwayda-governorate", "suwayda"));

    /**
     * Cities whose countryside is named along a river valley rather than the compass: Deir ez-Zor's valley runs
     * north-west to south-east, so its quadrants are turned by 45 degrees (al-Mayadin and al-Bukamal are "eastern",
     * al-Tibni "western").
     */
    public static final Map<String, Double> QUADRANT_ROTATION = Map.of("deir-ez-zor", 45.0);

    /** A bank's share of a governorate smaller than this (square degrees, about 10 km2) is a border sliver. */
    static final double MIN_PART_AREA = 0.001;

    private DerivedRegions() {
    }

    public static List<Region> banks(Geometry syria, LineString euphrates, Map<String, Geometry> governorates,
            Map<String, Place> places) {
        EuphratesBankSplitter.Banks banks = EuphratesBankSplitter.split(syria, euphrates);
        List<Region> out = new ArrayList<>();
        String from = "syria split by the euphrates line (Polygonizer over the noded boundary and river)";
        out.add(new Region(bankPlace("euphrates-east-bank", true, null, null, banks.left()), banks.left(), from));
        out.add(new Region(bankPlace("euphrates-west-bank", false, null, null, banks.right()), banks.right(), from));
        for (Map.Entry<String, Geometry> e : governorates.entrySet()) {
            String gov = e.getKey();
            Place g = places.get(gov);
            String slug = gov.replaceFirst("-governorate$", "");
            String city = GOVERNORATE_CITY.get(gov);
            Place cityPlace = city == null ? null : places.get(city);
            for (boolean east : new boolean[] {true, false}) {
                Geometry part = (east ? banks.left() : banks.right()).intersection(e.getValue());
                if (part.getArea() < MIN_PART_AREA) {
                    continue;
                }
                part.setSRID(4326);
                String id = (east ? "euphrates-east-bank-" : "euphrates-west-bank-") + slug;
                out.add(new Region(bankPlace(id, east, g, cityPlace, part), part,
                        (east ? "euphrates-east-bank" : "euphrates-west-bank") + " intersected with " + gov));
            }
        }
        return out;
    }

    private static Place bankPlace(String id, boolean east, Place gov, Place city, Geometry g) {
        String side = east ? "East" : "West";
        String sideAr = east ? "الشرقية" : "الغربية";
        String dirAr = east ? "شرق" : "غرب";
        List<String> en = new ArrayList<>();
        List<String> ar = new ArrayList<>();
        String nameEn;
        String nameAr;
        if (gov == null) {
            nameEn = side + " bank of the Euphrates";
            nameAr = "الضفة " + sideAr + " لنهر الفرات";
            String lower = side.toLowerCase();
            en.addAll(List.of(lower + " of the Euphrates", lower + "ern bank of the Euphrates",
                    lower + " Euphrates", "Euphrates " + lower + " bank", lower + " bank of the Euphrates River",
                    (east ? "left" : "right") + " bank of the Euphrates"));
            ar.addAll(List.of(dirAr + " الفرات", dirAr + "ي الفرات", dirAr + " نهر الفرات", "الضفة " + sideAr
                    + " للفرات", "الضفة " + sideAr + " من نهر الفرات", "منطقة " + dirAr + " الفرات",
                    "الضفة " + (east ? "اليسرى" : "اليمنى") + " لنهر الفرات"));
            if (!east) {
                en.add("Shamiyah");
                ar.add("الشامية");
            }
        } else {
            String govEn = shortName(gov.nameEn());
            String govAr = gov.nameAr() == null ? "" : gov.nameAr().replaceFirst("^محافظة\\s+", "");
            nameEn = side + " bank of the Euphrates in " + govEn;
            nameAr = "الضفة " + sideAr + " لنهر الفرات في " + govAr;
            en.addAll(List.of(govEn + " " + side.toLowerCase() + " of the Euphrates", side.toLowerCase()
                    + " of the Euphrates in " + govEn, govEn + " " + side.toLowerCase() + " bank"));
            ar.addAll(List.of(dirAr + " الفرات في " + govAr, "الضفة " + sideAr + " للفرات في " + govAr,
                    govAr + " " + dirAr + " الفرات"));
            if (city != null && city.nameAr() != null) {
                ar.add("ريف " + city.nameAr() + " " + dirAr + " الفرات");
            }
        }
        Point c = g.getInteriorPoint();
        return new Place(id, PlaceKind.BANK, nameEn, nameAr, en, ar, gov == null ? null : gov.id(), null,
                c.getY(), c.getX(), null, "derived");
    }

    /** Countryside of each governorate's main city, whole and in four directions. */
    public static List<Region> countrysides(Map<String, Geometry> governorates, Map<String, Place> places) {
        List<Region> out = new ArrayList<>();
        for (Map.Entry<String, Geometry> e : governorates.entrySet()) {
            String cityId = GOVERNORATE_CITY.get(e.getKey());
            Place city = cityId == null ? null : places.get(cityId);
            if (city == null) {
                continue;
            }
            Geometry area = CityAreaBuffer.of(city);
            Geometry cs = DirectionalCountryside.countryside(e.getValue(), area);
            cs.setSRID(4326);
            String base = city.id() + "-countryside";
            String note = e.getKey() + " minus the " + city.id() + " city area (radius "
                    + String.format(java.util.Locale.ROOT, "%.1f", CityAreaBuffer.radiusKm(city.population())) + " km)";
            out.add(new Region(countrysidePlace(base, city, e.getKey(), null, cs), cs, note));
            double rotation = QUADRANT_ROTATION.getOrDefault(city.id(), 0.0);
            for (Map.Entry<Direction, Geometry> q : DirectionalCountryside.quadrants(cs, city.lat(), city.lon(), rotation)
                    .entrySet()) {
                if (q.getValue().isEmpty()) {
                    continue;
                }
                out.add(new Region(countrysidePlace(base + "-" + q.getKey().code, city, e.getKey(), q.getKey(),
                        q.getValue()), q.getValue(), base + " within the " + q.getKey().code
                        + " quarter (bearings " + (int) (q.getKey().bearing + rotation - 45) + " to "
                        + (int) (q.getKey().bearing + rotation + 45)
                        + ") around " + city.id()));
            }
        }
        return out;
    }

    private static Place countrysidePlace(String id, Place city, String gov, Direction d, Geometry g) {
        List<String> citiesEn = new ArrayList<>();
        citiesEn.add(city.nameEn());
        citiesEn.addAll(city.aliasesEn());
        List<String> citiesAr = new ArrayList<>();
        if (city.nameAr() != null) {
            citiesAr.add(city.nameAr());
        }
        citiesAr.addAll(city.aliasesAr());
        LinkedHashMap<String, Boolean> en = new LinkedHashMap<>();
        LinkedHashMap<String, Boolean> ar = new LinkedHashMap<>();
        String nameEn;
        String nameAr;
        if (d == null) {
            nameEn = city.nameEn() + " countryside";
            nameAr = "ريف " + city.nameAr();
            for (String c : citiesEn) {
                en.put(c + " countryside", true);
                en.put("rural " + c, true);
                en.put("countryside of " + c, true);
            }
            for (String c : citiesAr) {
                if (c.startsWith("مدينة ")) {
                    continue;
                }
                ar.put("ريف " + c, true);
            }
        } else {
            nameEn = d.adjective.substring(0, 1).toUpperCase() + d.adjective.substring(1) + " " + city.nameEn()
                    + " countryside";
            nameAr = "ريف " + city.nameAr() + " " + d.arabic;
            for (String c : citiesEn) {
                en.put(d.adjective + " " + c + " countryside", true);
                en.put(c + " " + d.adjective + " countryside", true);
                en.put(d.adjective + " countryside of " + c, true);
                en.put(d.adjective + " rural " + c, true);
                en.put(d.code + " " + c + " countryside", true);
                en.put(c + " countryside " + d.code, true);
            }
            for (String c : citiesAr) {
                if (c.startsWith("مدينة ")) {
                    continue;
                }
                ar.put("ريف " + c + " " + d.arabic, true);
                ar.put("الريف " + d.arabic + " " + lil(c), true);
            }
        }
        en.remove(nameEn);
        ar.remove(nameAr);
        Point c = g.isEmpty() ? InMemoryGazetteer.WGS84.createPoint(new org.locationtech.jts.geom.Coordinate(city.lon(), city.lat()))
                : g.getInteriorPoint();
        return new Place(id, PlaceKind.RELATIVE_REGION, nameEn, nameAr, List.copyOf(en.keySet()),
                List.copyOf(ar.keySet()), gov, null, c.getY(), c.getX(), null, "derived");
    }

    /** Arabic "of/for X" written as one word: ل + name, with ال + ل becoming لل. */
    static String lil(String name) {
        return name.startsWith("ال") ? "لل" + name.substring(2) : "ل" + name;
    }

    static String shortName(String governorateName) {
        return governorateName == null ? "" : governorateName.replaceFirst("\\s+Governorate$", "");
    }
}
