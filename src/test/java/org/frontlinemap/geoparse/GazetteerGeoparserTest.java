package org.frontlinemap.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.frontlinemap.gazetteer.InMemoryGazetteer;
import org.frontlinemap.gazetteer.Place;
import org.frontlinemap.gazetteer.PlaceKind;
import org.junit.jupiter.api.Test;

class GazetteerGeoparserTest {

    private static final GazetteerGeoparser FIXTURE = new GazetteerGeoparser(FixtureGazetteer.GAZETTEER);

    /** Countryside regions with no names of their own, so that only the cue rules can find them. */
    private static final GazetteerGeoparser BARE = new GazetteerGeoparser(new InMemoryGazetteer(List.of(
            place("raqqa", PlaceKind.CITY, "Raqqa", "الرقة", "raqqa-governorate"),
            place("raqqa-governorate", PlaceKind.GOVERNORATE, "Raqqa Governorate", "محافظة الرقة", "syria"),
            place("raqqa-countryside", PlaceKind.RELATIVE_REGION, "", "", "raqqa-governorate"),
            place("raqqa-countryside-north", PlaceKind.RELATIVE_REGION, "", "", "raqqa-governorate"),
            place("manbij", PlaceKind.CITY, "Manbij", "منبج", "aleppo-governorate"),
            place("aleppo", PlaceKind.CITY, "Aleppo", "حلب", "aleppo-governorate"),
            place("aleppo-governorate", PlaceKind.GOVERNORATE, "Aleppo Governorate", "محافظة حلب", "syria"),
            place("syria", PlaceKind.COUNTRY, "Syria", "سوريا", null),
            place("united-states", PlaceKind.COUNTRY, "United States", "الولايات المتحدة", null, "US|U.S."),
            place("washington", PlaceKind.CITY, "Washington", "واشنطن", null)), Map.of()));

    private static Place place(String id, PlaceKind kind, String en, String ar, String admin1, String... aliasesEn) {
        return new Place(id, kind, en.isEmpty() ? null : en, ar.isEmpty() ? null : ar,
                aliasesEn.length == 0 ? List.of() : List.of(aliasesEn[0].split("\\|")), List.of(), admin1, null,
                36.0, 38.0, null, "test");
    }

    private static String ids(GazetteerGeoparser g, String text) {
        StringBuilder sb = new StringBuilder();
        for (Mention m : g.parse(text)) {
            sb.append(m.surface()).append('=').append(m.placeId());
            if (m.direction() != null) {
                sb.append('/').append(m.direction());
            }
            sb.append(' ');
        }
        return sb.toString().trim();
    }

    @Test
    void procliticsStayInTheSurfaceButNotInTheName() {
        assertThat(ids(FIXTURE, "وإدلب لإدلب بالرقة وبالرقة للرقة والرقة فالرقة"))
                .isEqualTo("وإدلب=idlib لإدلب=idlib بالرقة=raqqa وبالرقة=raqqa للرقة=raqqa والرقة=raqqa فالرقة=raqqa");
    }

    @Test
    void shortNamesDoNotMatchInsideWords() {
        assertThat(ids(FIXTURE, "حلبة السباق والرقائق والحلبيون ورقة")).isEmpty();
        assertThat(ids(FIXTURE, "The Syriac church, Turkeys, Iraqis and the Halabi family")).isEmpty();
        // an article name needs its article: رقة alone is the word "thinness"
        assertThat(ids(FIXTURE, "رقة الحال")).isEmpty();
    }

    @Test
    void namesRunTogetherAreSplit() {
        assertThat(ids(FIXTURE, "حذرت روسياوتركيا الولاياتالمتحدة وتركياوروسيا"))
                .isEqualTo("روسيا=russia تركيا=turkey الولاياتالمتحدة=united-states وتركيا=turkey روسيا=russia");
    }

    @Test
    void organisationAndOperationNamesHideTheirPlaces() {
        assertThat(ids(FIXTURE, "قوات سوريا الديمقراطية وسوريا الديمقراطية وقوت سوريا الديمقراطية ودرع الفرات "
                + "والجيش السوري الحر ومجلس منبج العسكري والمرصد السوري لحقوق الإنسان")).isEmpty();
        assertThat(ids(FIXTURE, "the Syrian Democratic Forces, Operation Euphrates Shield and the Syrian Observatory "
                + "for Human Rights")).isEmpty();
    }

    @Test
    void cityGovernorateAndMetonym() {
        assertThat(ids(FIXTURE, "مدينة دير الزور ومحافظة «دير الزور» وعاصمة داعش"))
                .isEqualTo("دير الزور=deir-ez-zor دير الزور=deir-ez-zor-governorate وعاصمة داعش=raqqa");
        assertThat(ids(FIXTURE, "Deir ez-Zor province and the city of Aleppo and the ISIS capital"))
                .isEqualTo("Deir ez-Zor=deir-ez-zor-governorate Aleppo=aleppo ISIS capital=raqqa");
    }

    @Test
    void countrysideByCueWordsWhenTheGazetteerHasNoNameForIt() {
        assertThat(ids(BARE, "اشتباكات في ريف الرقة الشمالي وبريف الرقة"))
                .isEqualTo("ريف الرقة الشمالي=raqqa-countryside-north وبريف الرقة=raqqa-countryside");
        assertThat(ids(BARE, "in the northern Raqqa countryside and the northern countryside of Raqqa"))
                .isEqualTo("northern Raqqa countryside=raqqa-countryside-north "
                        + "northern countryside of Raqqa=raqqa-countryside-north");
        assertThat(ids(BARE, "Raqqa's northern countryside")).isEqualTo("Raqqa's northern countryside=raqqa-countryside-north");
        // no raqqa-countryside-west: the countryside, with the direction kept
        assertThat(ids(BARE, "ريف الرقة الغربي")).isEqualTo("ريف الرقة الغربي=raqqa-countryside/west");
        // no manbij-countryside at all: the city itself, with the direction kept
        assertThat(ids(BARE, "ريف منبج الشرقي")).isEqualTo("ريف منبج الشرقي=manbij/east");
    }

    @Test
    void countrysidePronounsAndOwnerlessCountrysideFollowTheFocus() {
        assertThat(ids(BARE, "في مدينة الرقة وريفها الشمالي ثم في الريف الغربي"))
                .isEqualTo("الرقة=raqqa وريفها الشمالي=raqqa-countryside-north الريف الغربي=raqqa-countryside/west");
        assertThat(ids(BARE, "الريف الشمالي للرقة")).isEqualTo("الريف الشمالي للرقة=raqqa-countryside-north");
        assertThat(ids(BARE, "الريف الشمالي لمحافظة حلب")).isEqualTo("الريف الشمالي لمحافظة حلب=aleppo-governorate/north");
        assertThat(ids(BARE, "قوات روسية وتركية")).isEmpty();
        // nothing in focus yet: nothing to place
        assertThat(ids(BARE, "في الريف الشرقي")).isEmpty();
    }

    @Test
    void banksAndTheRiver() {
        assertThat(ids(FIXTURE, "الضفة الشرقية لنهر الفرات وغرب الفرات وبالضفة الغربية للفرات وبشرق الفرات ونهر الفرات"))
                .isEqualTo("الضفة الشرقية لنهر الفرات=euphrates-east-bank وغرب الفرات=euphrates-west-bank "
                        + "وبالضفة الغربية للفرات=euphrates-west-bank وبشرق الفرات=euphrates-east-bank "
                        + "ونهر الفرات=euphrates");
        assertThat(ids(FIXTURE, "east of the Euphrates and the east bank of the Euphrates River"))
                .isEqualTo("east of the Euphrates=euphrates-east-bank east bank of the Euphrates River=euphrates-east-bank");
    }

    @Test
    void directionsKeepThePlaceAndSayWhere() {
        assertThat(ids(FIXTURE, "جنوب دير الزور وغربها وشمال غرب حماة"))
                .isEqualTo("جنوب دير الزور=deir-ez-zor/south وغربها=deir-ez-zor/west وشمال غرب حماة=hama/north-west");
        assertThat(ids(FIXTURE, "south of Deir ez-Zor and northern Syria"))
                .isEqualTo("south of Deir ez-Zor=deir-ez-zor/south northern Syria=syria/north");
    }

    @Test
    void seatsOfGovernmentArePlacesOnlyWhereSomethingHappensInThem() {
        assertThat(ids(BARE, "فصائل مدعومة من واشنطن")).isEmpty();
        assertThat(ids(BARE, "اجتماع في واشنطن")).isEqualTo("واشنطن=washington");
        assertThat(ids(BARE, "backed by Washington")).isEmpty();
        assertThat(ids(BARE, "talks in Washington")).isEqualTo("Washington=washington");
    }

    @Test
    void shortLatinAliasesOnlyInCapitals() {
        assertThat(ids(BARE, "they told us about the US and the U.S.")).isEqualTo("US=united-states U.S.=united-states");
    }

    @Test
    void adjectivesAreNotCountries() {
        assertThat(ids(FIXTURE, "النظام السوري والجيش التركي والقوات الروسية والحدود العراقية")).isEmpty();
        assertThat(ids(FIXTURE, "Syrian, Turkish and Russian troops")).isEmpty();
    }

    @Test
    void sameNamePlacesFollowTheGovernorateInTheText() {
        Mention m = FIXTURE.parse("قصفت المدفعية قرية الحميدية في محافظة القنيطرة").get(0);
        assertThat(m.placeId()).isEqualTo("al-hamidiyah-quneitra");
        Mention alone = FIXTURE.parse("وصلنا إلى الحميدية").get(0);
        assertThat(alone.placeId()).startsWith("al-hamidiyah-");
        assertThat(alone.confidence()).isLessThan(m.confidence());
    }

    @Test
    void offsetsPointIntoTheOriginalTextWithItsMarks() {
        String text = "قال «مصدر» إنّ القوات دخلت الرّقـــة أمس";
        Mention m = FIXTURE.parse(text).get(0);
        assertThat(m.surface()).isEqualTo("الرّقـــة");
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
        assertThat(m.lat()).isBetween(35.0, 37.0);
    }

    @Test
    void roadEndsCouncilsAndCommonWordsAreNotPlaces() {
        assertThat(ids(FIXTURE, "على طريق دمشق حلب الدولي")).isEmpty();
        assertThat(ids(FIXTURE, "on the Aleppo-Damascus highway near Hama")).isEqualTo("Hama=hama");
        assertThat(ids(FIXTURE, "أعلن المجلس العسكري لمدينة الباب ومجلس الرقة المحلي")).isEmpty();
        assertThat(ids(FIXTURE, "انتصار لدمشق ووصول وفد إلى دمشق")).isEqualTo("دمشق=damascus");
    }

    @Test
    void syriaSpeltLikeTheAdjective() {
        assertThat(ids(FIXTURE, "قالت مصادر سورية إن اللاجئين عادوا إلى سورية، وسورية بلد كبير"))
                .isEqualTo("سورية=syria وسورية=syria");
        assertThat(ids(FIXTURE, "ثالث مدينة سورية كبرى")).isEmpty();
        assertThat(ids(FIXTURE, "جنوب غرب سورية")).isEqualTo("جنوب غرب سورية=syria/south-west");
    }

    @Test
    void relativePartsOfTheCountryAndOfACity() {
        assertThat(ids(FIXTURE, "في الشمال السوري وشرق البلاد وأحياء حلب الشرقية"))
                .isEqualTo("الشمال السوري=syria/north وشرق البلاد=syria/east حلب الشرقية=aleppo/east");
        assertThat(ids(FIXTURE, "شرقي محافظة دير الزور")).isEqualTo("شرقي محافظة دير الزور=deir-ez-zor-governorate/east");
    }
}
