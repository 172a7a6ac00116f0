package org.frontlinemap.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimTimeParserTest {

    private static final LocalDate ARTICLE = LocalDate.of(2017, 9, 25);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "خضعت لسيطرة التنظيم منذ عام 2014|2014-01-01|true",
        "وفرض التنظيم عام 2015 حصارا|2015-01-01|false",
        "منذ يونيو الماضي|2017-06-01|true",
        "منذ حزيران الماضي|2017-06-01|true",
        "في أيلول الماضي|2016-09-01|false",
        "في أيلول/سبتمبر 2018|2018-09-01|false",
        "منذ تشرين الثاني 2016|2016-11-01|true",
        "في 15 آذار 2018|2018-03-15|false",
        "in March 2019|2019-03-01|false",
        "since 2014|2014-01-01|true",
        "since last June|2017-06-01|true",
        "on March 15, 2018|2018-03-15|false",
        "منذ العام الماضي|2016-01-01|true",
        "منذ ٢٠١٤|2014-01-01|true",
    })
    void resolvesTimes(String text, String date, boolean since) {
        assertThat(ClaimTimeParser.find(text, ARTICLE)).first().satisfies(t -> {
            assertThat(t.date()).isEqualTo(LocalDate.parse(date));
            assertThat(t.since()).isEqualTo(since);
        });
    }

    @Test
    void relativeTimesNeedAnArticleDateAndBareFiguresAreNotYears() {
        assertThat(ClaimTimeParser.find("منذ يونيو الماضي", null)).isEmpty();
        assertThat(ClaimTimeParser.find("أرسلت 2000 جندي و 4000 مقاتل", ARTICLE)).isEmpty();
        assertThat(ClaimTimeParser.find("in May the army", ARTICLE)).isEmpty();
    }

    @Test
    void offsetsCoverTheExpression() {
        String text = "وخضعت أجزاء واسعة منذ عام 2014 لسيطرة التنظيم";
        ClaimTimeParser.TimeExpression t = ClaimTimeParser.find(text, ARTICLE).get(0);
        assertThat(text.substring(t.start(), t.end())).isEqualTo("منذ عام 2014");
    }
}
