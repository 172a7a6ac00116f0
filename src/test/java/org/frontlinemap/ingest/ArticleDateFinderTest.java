package org.frontlinemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ArticleDateFinderTest {

    private static LocalDate date(String text) {
        return ArticleDateFinder.find(text).map(ArticleDateFinder.FoundDate::date).orElse(null);
    }

    @Test
    void arabicMonthsInBothSystems() {
        LocalDate sept25 = LocalDate.of(2017, 9, 25);
        assertEquals(sept25, date("دمشق - 25 أيلول 2017: قالت مصادر"));
        assertEquals(sept25, date("القاهرة في 25 سبتمبر 2017 - قالت مصادر"));
        assertEquals(sept25, date("الاثنين 25 أيلول/سبتمبر 2017"));
        assertEquals(sept25, date("الاثنين ٢٥ ايلول (سبتمبر) ٢٠١٧"));
        assertEquals(LocalDate.of(2018, 10, 3), date("بيروت، 3 تشرين الأول 2018"));
        assertEquals(LocalDate.of(2018, 1, 3), date("3 كانون الثاني 2018"));
        assertEquals(LocalDate.of(2019, 4, 9), date("9 إبريل 2019"));
    }

    @Test
    void englishAndIsoForms() {
        assertEquals(LocalDate.of(2017, 9, 25), date("BEIRUT, September 25, 2017 (Reuters) -"));
        assertEquals(LocalDate.of(2017, 9, 25), date("Published 25 Sept 2017"));
        assertEquals(LocalDate.of(2017, 9, 25), date("Updated: 2017-09-25 10:00"));
    }

    @Test
    void weekdaysYearsAndImpossibleDatesAreNotArticleDates() {
        assertFalse(ArticleDateFinder.find("قال المتحدث اليوم الأحد إن القوات تقدمت").isPresent());
        assertFalse(ArticleDateFinder.find("يسيطر التنظيم على المدينة منذ عام 2014").isPresent());
        assertFalse(ArticleDateFinder.find("في أيلول 2017 تقدمت القوات").isPresent());
        assertFalse(ArticleDateFinder.find("Report dated 2017-02-30").isPresent());
        assertFalse(ArticleDateFinder.find("30 فبراير 2017").isPresent());
    }

    @Test
    void datelineWinsOverEventDatesDeeperInTheText() {
        String text = "دمشق، 25 أيلول 2017 — قال المتحدث إن التنظيم يسيطر على الأحياء منذ 5 حزيران 2014. "
                + "x".repeat(400) + " وفي 1 آب 2016 بدأت المعركة.";
        var found = ArticleDateFinder.find(text).orElseThrow();
        assertEquals(LocalDate.of(2017, 9, 25), found.date());
        assertFalse(found.estimated());
    }

    @Test
    void withoutDatelineTheLatestFullDateIsAnEstimate() {
        String text = "y".repeat(400) + " في 21 أيلول 2017 حذر المتحدث، بعد معارك 5 حزيران 2014.";
        var found = ArticleDateFinder.find(text).orElseThrow();
        assertEquals(LocalDate.of(2017, 9, 21), found.date());
        assertTrue(found.estimated());
    }
}
