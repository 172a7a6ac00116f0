package org.frontlinemap.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AreaParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "بتطهير قرابة 16 كم مربع وبلدتين|16",
        "مساحة 16 كيلومترا مربعا|16",
        "نحو 16 كم2 شرق النهر|16",
        "ثلاثة آلاف كيلومتر مربع|3000",
        "cleared 16 km2 east of the river|16",
        "about 16 km² of desert|16",
        "40 square kilometres around Tabqa|40",
        "1,200 square kilometers|1200",
        "500 hectares|5",
        "10 square miles|25.9",
    })
    void readsAreas(String text, double expected) {
        assertThat(AreaParser.find(text)).singleElement().satisfies(q ->
                assertThat(q.value()).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.01)));
    }

    @Test
    void offsetsAndNonAreas() {
        String text = "قامت بتطهير قرابة ١٦ كم مربع";
        Quantity q = AreaParser.find(text).get(0);
        assertThat(text.substring(q.start(), q.end())).isEqualTo("١٦ كم مربع");
        assertThat(AreaParser.find("16 كم جنوب المدينة و 80 ٪ و 12 km from the border")).isEmpty();
    }
}
