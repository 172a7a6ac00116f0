package org.frontlinemap.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.frontlinemap.gazetteer.InMemoryGazetteer;
import org.frontlinemap.gazetteer.Place;
import org.frontlinemap.gazetteer.PlaceKind;

/**
 * A small gazetteer with the places of the seed article and of the geoparse suite, ids as the product's conventions
 * have them, points only. Coordinates are approximate.
 */
final class FixtureGazetteer {

    private FixtureGazetteer() {
    }

    private static final List<Place> PLACES = new ArrayList<>();

    private static void add(String id, PlaceKind kind, String en, String ar, String aliasesEn, String aliasesAr,
            String admin1, Long pop, double lat, double lon) {
        PLACES.add(new Place(id, kind, en, ar, split(aliasesEn), split(aliasesAr), admin1, pop, lat, lon, null,
                "fixture"));
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split("\\|"));
    }

    static {
        PlaceKind C = PlaceKind.COUNTRY;
        add("syria", C, "Syria", "سوريا", "Syrian Arab Republic", "سورية|الجمهورية العربية السورية", null, 17_000_000L, 35.0, 38.5);
        add("turkey", C, "Turkey", "تركيا", "Türkiye", "", null, 80_000_000L, 39.0, 35.0);
        add("russia", C, "Russia", "روسيا", "Russian Federation", "روسيا الاتحادية", null, 144_000_000L, 60.0, 90.0);
        add("iran", C, "Iran", "إيران", "", "", null, 80_000_000L, 32.0, 53.0);
        add("iraq", C, "Iraq", "العراق", "", "", null, 38_000_000L, 33.0, 44.0);
        add("jordan", C, "Jordan", "الأردن", "", "", null, 10_000_000L, 31.0, 36.0);
        add("lebanon", C, "Lebanon", "لبنان", "", "", null, 6_000_000L, 33.9, 35.8);
        add("israel", C, "Israel", "إسرائيل", "", "", null, 9_000_000L, 31.5, 34.8);
        add("united-states", C, "United States", "الولايات المتحدة", "United States of America|USA|U.S.|US|America",
                "الولايات المتحدة الأمريكية|الولايات المتحدة الامريكية|أمريكا|أميركا", null, 330_000_000L, 39.0, -98.0);
        PlaceKind G = PlaceKind.GOVERNORATE;
        add("aleppo-governorate", G, "Aleppo Governorate", "محافظة حلب", "Aleppo", "حلب", "syria", 4_800_000L, 36.2, 37.5);
        add("raqqa-governorate", G, "Raqqa Governorate", "محافظة الرقة", "Raqqa|al-Raqqa", "الرقة", "syria", 940_000L, 35.9, 38.9);
        add("deir-ez-zor-governorate", G, "Deir ez-Zor Governorate", "محافظة دير الزور", "Deir ez-Zor|Deir Ezzor|Deir al-Zor", "دير الزور", "syria", 1_200_000L, 35.0, 40.2);
        add("hasakah-governorate", G, "Hasakah Governorate", "محافظة الحسكة", "Hasakah|al-Hasakah", "الحسكة", "syria", 1_500_000L, 36.6, 40.9);
        add("idlib-governorate", G, "Idlib Governorate", "محافظة إدلب", "Idlib", "إدلب", "syria", 1_500_000L, 35.8, 36.6);
        add("hama-governorate", G, "Hama Governorate", "محافظة حماة", "Hama", "حماة", "syria", 1_600_000L, 35.2, 37.0);
        add("homs-governorate", G, "Homs Governorate", "محافظة حمص", "Homs", "حمص", "syria", 1_800_000L, 34.6, 38.0);
        add("daraa-governorate", G, "Daraa Governorate", "محافظة درعا", "Daraa|Deraa", "درعا", "syria", 1_000_000L, 32.8, 36.2);
        add("damascus-governorate", G, "Damascus Governorate", "محافظة دمشق", "", "", "syria", 1_700_000L, 33.5, 36.3);
        add("rif-dimashq-governorate", G, "Rif Dimashq Governorate", "ريف دمشق", "Rif Dimashq|Damascus countryside|Rural Damascus", "محافظة ريف دمشق", "syria", 2_800_000L, 33.5, 36.7);
        add("latakia-governorate", G, "Latakia Governorate", "محافظة اللاذقية", "Latakia", "اللاذقية", "syria", 1_000_000L, 35.6, 36.0);
        add("quneitra-governorate", G, "Quneitra Governorate", "محافظة القنيطرة", "Quneitra", "القنيطرة", "syria", 90_000L, 33.1, 35.9);
        add("tartus-governorate", G, "Tartus Governorate", "محافظة طرطوس", "Tartus", "طرطوس", "syria", 800_000L, 34.9, 36.0);
        add("suwayda-governorate", G, "Suwayda Governorate", "محافظة السويداء", "Suwayda|Sweida", "السويداء", "syria", 370_000L, 32.7, 36.7);
        PlaceKind CI = PlaceKind.CITY;
        add("raqqa", CI, "Raqqa", "الرقة", "al-Raqqa|Raqqah|ar-Raqqah", "", "raqqa-governorate", 220_000L, 35.95, 39.01);
        add("deir-ez-zor", CI, "Deir ez-Zor", "دير الزور", "Deir Ezzor|Deir al-Zor|Deir al-Zour|Deir Ez-Zour", "دير الزور|ديرالزور", "deir-ez-zor-governorate", 210_000L, 35.33, 40.14);
        add("aleppo", CI, "Aleppo", "حلب", "Halab", "", "aleppo-governorate", 2_000_000L, 36.2, 37.16);
        add("idlib", CI, "Idlib", "إدلب", "Edlib", "ادلب", "idlib-governorate", 160_000L, 35.93, 36.63);
        add("afrin", CI, "Afrin", "عفرين", "Efrin", "", "aleppo-governorate", 50_000L, 36.51, 36.87);
        add("manbij", CI, "Manbij", "منبج", "", "", "aleppo-governorate", 100_000L, 36.53, 37.95);
        add("kobani", CI, "Kobani", "عين العرب", "Kobane|Ayn al-Arab", "كوباني", "aleppo-governorate", 45_000L, 36.89, 38.35);
        add("tabqa", CI, "Tabqa", "الطبقة", "al-Tabqa|Al-Thawrah", "مدينة الثورة", "raqqa-governorate", 70_000L, 35.84, 38.55);
        add("damascus", CI, "Damascus", "دمشق", "", "", "damascus-governorate", 2_000_000L, 33.51, 36.29);
        add("homs", CI, "Homs", "حمص", "", "", "homs-governorate", 650_000L, 34.73, 36.71);
        add("hama", CI, "Hama", "حماة", "", "", "hama-governorate", 700_000L, 35.13, 36.75);
        add("palmyra", CI, "Palmyra", "تدمر", "Tadmur", "", "homs-governorate", 50_000L, 34.56, 38.28);
        add("daraa", CI, "Daraa", "درعا", "Deraa", "", "daraa-governorate", 100_000L, 32.62, 36.1);
        add("hasakah", CI, "Hasakah", "الحسكة", "al-Hasakah|Hasakeh", "", "hasakah-governorate", 190_000L, 36.5, 40.75);
        add("qamishli", CI, "Qamishli", "القامشلي", "Qamishlo", "", "hasakah-governorate", 180_000L, 37.05, 41.22);
        add("latakia", CI, "Latakia", "اللاذقية", "", "", "latakia-governorate", 380_000L, 35.52, 35.79);
        PlaceKind T = PlaceKind.TOWN;
        add("jarablus", T, "Jarablus", "جرابلس", "", "", "aleppo-governorate", 25_000L, 36.82, 38.01);
        add("al-bab", CI, "al-Bab", "الباب", "Al Bab", "", "aleppo-governorate", 65_000L, 36.37, 37.52);
        add("azaz", T, "Azaz", "أعزاز", "A'zaz", "اعزاز", "aleppo-governorate", 35_000L, 36.59, 37.05);
        add("al-mayadin", CI, "al-Mayadin", "الميادين", "Mayadeen|Mayadin", "", "deir-ez-zor-governorate", 45_000L, 35.02, 40.45);
        add("al-bukamal", CI, "al-Bukamal", "البوكمال", "Abu Kamal|Albu Kamal|Bukamal", "أبو كمال", "deir-ez-zor-governorate", 50_000L, 34.45, 40.92);
        add("hajin", T, "Hajin", "هجين", "", "", "deir-ez-zor-governorate", 37_000L, 34.69, 40.83);
        add("al-busayrah", T, "al-Busayrah", "البصيرة", "Busayrah|Busaira", "", "deir-ez-zor-governorate", 20_000L, 35.15, 40.43);
        add("al-baghuz", PlaceKind.VILLAGE, "al-Baghuz", "الباغوز", "Baghouz|al-Baghouz|Baghuz", "باغوز", "deir-ez-zor-governorate", 10_000L, 34.45, 40.95);
        add("tal-abyad", T, "Tal Abyad", "تل أبيض", "Tell Abyad|Gire Spi", "", "raqqa-governorate", 15_000L, 36.7, 38.95);
        add("ras-al-ayn", T, "Ras al-Ayn", "رأس العين", "Ras al-Ain|Serekaniye", "", "hasakah-governorate", 30_000L, 36.85, 40.07);
        add("ain-issa", T, "Ain Issa", "عين عيسى", "Ayn Issa", "", "raqqa-governorate", 10_000L, 36.39, 38.86);
        add("khan-shaykhun", T, "Khan Shaykhun", "خان شيخون", "Khan Sheikhoun", "", "idlib-governorate", 35_000L, 35.44, 36.65);
        add("maarat-al-numan", T, "Maarat al-Numan", "معرة النعمان", "Maarat al-Nouman|Maaret al-Numan", "", "idlib-governorate", 60_000L, 35.65, 36.68);
        add("saraqib", T, "Saraqib", "سراقب", "", "", "idlib-governorate", 35_000L, 35.86, 36.8);
        add("douma", CI, "Douma", "دوما", "Duma", "", "rif-dimashq-governorate", 110_000L, 33.57, 36.4);
        add("al-sukhnah", T, "al-Sukhnah", "السخنة", "Sukhnah", "", "homs-governorate", 15_000L, 34.88, 38.87);
        add("al-shaddadi", T, "al-Shaddadi", "الشدادي", "Shaddadi", "", "hasakah-governorate", 20_000L, 36.06, 40.73);
        add("dhiban", T, "Dhiban", "ذيبان", "Thiban", "", "deir-ez-zor-governorate", 15_000L, 35.01, 40.5);
        add("al-salihiyah-deir-ez-zor", PlaceKind.VILLAGE, "al-Salihiyah", "الصالحية", "Salhiyeh", "", "deir-ez-zor-governorate", 5_000L, 34.74, 40.74);
        add("al-salihiyah-damascus", PlaceKind.NEIGHBOURHOOD, "al-Salihiyah", "الصالحية", "Salhiyeh", "", "damascus-governorate", 90_000L, 33.53, 36.29);
        add("al-hamidiyah-homs", PlaceKind.VILLAGE, "al-Hamidiyah", "الحميدية", "Hamidiyah", "", "homs-governorate", 3_000L, 34.72, 36.55);
        add("al-hamidiyah-quneitra", PlaceKind.VILLAGE, "al-Hamidiyah", "الحميدية", "Hamidiyah", "", "quneitra-governorate", 2_000L, 33.07, 35.84);
        add("al-hamidiyah-tartus", PlaceKind.VILLAGE, "al-Hamidiyah", "الحميدية", "Hamidiyah", "", "tartus-governorate", 6_000L, 34.72, 35.96);
        add("euphrates", PlaceKind.RIVER, "Euphrates", "نهر الفرات", "Euphrates River|Euphrates river", "الفرات", null, null, 35.5, 39.5);
        add("khabur", PlaceKind.RIVER, "Khabur", "نهر الخابور", "Khabur River", "الخابور", null, null, 36.0, 40.6);
        add("lake-assad", PlaceKind.LAKE, "Lake Assad", "بحيرة الأسد", "", "", "raqqa-governorate", null, 35.95, 38.3);
        add("euphrates-east-bank", PlaceKind.BANK, "East bank of the Euphrates", "الضفة الشرقية لنهر الفرات", "", "", null, null, 35.6, 40.0);
        add("euphrates-west-bank", PlaceKind.BANK, "West bank of the Euphrates", "الضفة الغربية لنهر الفرات", "", "", null, null, 35.1, 39.6);
        for (String[] c : new String[][] {{"aleppo", "Aleppo", "حلب", "36.2", "37.3"}, {"idlib", "Idlib", "إدلب", "35.8", "36.6"},
                {"raqqa", "Raqqa", "الرقة", "35.9", "38.9"}, {"deir-ez-zor", "Deir ez-Zor", "دير الزور", "35.1", "40.3"},
                {"hama", "Hama", "حماة", "35.2", "36.8"}, {"homs", "Homs", "حمص", "34.7", "37.0"},
                {"daraa", "Daraa", "درعا", "32.7", "36.2"}, {"hasakah", "Hasakah", "الحسكة", "36.5", "40.8"},
                {"manbij", "Manbij", "منبج", "36.5", "37.9"}, {"kobani", "Kobani", "عين العرب", "36.8", "38.4"}}) {
            double lat = Double.parseDouble(c[3]);
            double lon = Double.parseDouble(c[4]);
            String gov = c[0].equals("manbij") || c[0].equals("kobani") ? "aleppo-governorate" : c[0] + "-governorate";
            add(c[0] + "-countryside", PlaceKind.RELATIVE_REGION, c[1] + " countryside", "ريف " + c[2], "", "", gov, null, lat, lon);
            if (c[0].equals("manbij") || c[0].equals("kobani")) {
                continue;
            }
            add(c[0] + "-countryside-north", PlaceKind.RELATIVE_REGION, "Northern " + c[1] + " countryside", "ريف " + c[2] + " الشمالي", "", "", gov, null, lat + 0.3, lon);
            add(c[0] + "-countryside-south", PlaceKind.RELATIVE_REGION, "Southern " + c[1] + " countryside", "ريف " + c[2] + " الجنوبي", "", "", gov, null, lat - 0.3, lon);
            add(c[0] + "-countryside-east", PlaceKind.RELATIVE_REGION, "Eastern " + c[1] + " countryside", "ريف " + c[2] + " الشرقي", "", "", gov, null, lat, lon + 0.3);
            add(c[0] + "-countryside-west", PlaceKind.RELATIVE_REGION, "Western " + c[1] + " countryside", "ريف " + c[2] + " الغربي", "", "", gov, null, lat, lon - 0.3);
        }
        add("washington", CI, "Washington", "واشنطن", "Washington, D.C.", "", null, 700_000L, 38.9, -77.04);
        add("moscow", CI, "Moscow", "موسكو", "", "", null, 12_000_000L, 55.75, 37.62);
        add("ankara", CI, "Ankara", "أنقرة", "", "", null, 5_000_000L, 39.93, 32.86);
        add("tehran", CI, "Tehran", "طهران", "", "", null, 9_000_000L, 35.69, 51.39);
        add("baghdad", CI, "Baghdad", "بغداد", "", "", null, 7_000_000L, 33.31, 44.36);
        add("beirut", CI, "Beirut", "بيروت", "", "", null, 2_000_000L, 33.89, 35.5);
        add("geneva", CI, "Geneva", "جنيف", "", "", null, 200_000L, 46.2, 6.14);
        add("astana", CI, "Astana", "أستانا", "Nur-Sultan", "آستانة", null, 1_000_000L, 51.17, 71.43);
    }

    static final InMemoryGazetteer GAZETTEER = new InMemoryGazetteer(PLACES, Map.of());

    /** The same places with countrysides and banks left nameless: only the cue rules can reach them. */
    static final InMemoryGazetteer WITHOUT_REGION_NAMES = new InMemoryGazetteer(PLACES.stream()
            .map(p -> p.kind() == PlaceKind.RELATIVE_REGION || p.kind() == PlaceKind.BANK
                    ? new Place(p.id(), p.kind(), null, null, List.of(), List.of(), p.admin1(), p.population(),
                            p.lat(), p.lon(), p.geonamesId(), p.source())
                    : p)
            .toList(), Map.of());
}
