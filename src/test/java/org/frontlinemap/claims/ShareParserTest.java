package org.frontlinemap.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ShareParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "تسيطر على أكثر من 80 ٪ من الرقة|0.8",
        "قرابة 60 بالمائة من مركز المدينة|0.6",
        "تسعين بالمئة من المحافظة|0.9",
        "خمسة وعشرين في المئة من مساحة سوريا|0.25",
        "نحو ٧٠ ٪ من المدينة|0.7",
        "ربع مساحة المحافظة|0.25",
        "ثلثي محافظة إدلب|0.6667",
        "holds a fifth of the province|0.2",
        "controls 80% of Raqqa|0.8",
        "20 per cent of the town|0.2",
        "about 12.5 percent|0.125",
        "two-thirds of the city|0.6667",
        "eighty percent of the city|0.8",
        "سيطرت بالكامل على المدينة|1.0",
        "took the entire town|1.0",
    })
    void readsShares(String text, double expected) {
        assertThat(ShareParser.find(text)).extracting(Quantity::value).containsExactly(expected);
    }

    @Test
    void offsetsPointAtTheFigure() {
        String text = "تسيطر على 80 ٪ من الرقة";
        Quantity q = ShareParser.find(text).get(0);
        assertThat(text.substring(q.start(), q.end())).isEqualTo("80 ٪");
    }

    @Test
    void ignoresNumbersThatAreNotShares() {
        assertThat(ShareParser.find("سيطرت على خمس بلدات و 16 كم مربع عام 2014 و 150 % خطأ")).isEmpty();
    }
}
