package org.frontlinemap.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontlinemap.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;

class PartialHoldDetectorTest {

    static boolean partial(String s) {
        String f = ArabicNormalizer.fold(s);
        return PartialHoldDetector.partial(f, 0, f.length());
    }

    @Test
    void partsAndSidesArePartial() {
        assertThat(partial("وخضعت أجزاء واسعة من محافظة دير الزور منذ عام 2014 لسيطرة تنظيم الدولة")).isTrue();
        assertThat(partial("للهجوم على الجانب الذي يسيطر عليه تنظيم الدولة منها")).isTrue();
        assertThat(partial("ISIS still holds parts of the city")).isTrue();
        assertThat(partial("تسيطر الفصائل على بعض أحياء المدينة")).isTrue();
    }

    @Test
    void wholePlacesAreNot() {
        assertThat(partial("سيطرت قوات سوريا الديمقراطية على مدينة الرقة بالكامل")).isFalse();
        assertThat(partial("the army captured the town of Maskanah")).isFalse();
        // a word that merely contains a cue is not the cue
        assertThat(partial("قصفت الطائرات مواقع الجزائريين")).isFalse();
    }

    @Test
    void onlyTheGivenStretchCounts() {
        String f = ArabicNormalizer.fold("سيطر الجيش على المدينة. وتسيطر داعش على أجزاء من الريف");
        int dot = f.indexOf('.');
        assertThat(PartialHoldDetector.partial(f, 0, dot)).isFalse();
        assertThat(PartialHoldDetector.partial(f, dot, f.length())).isTrue();
    }
}
