package org.frontlinemap.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {

    @Test
    void foldsHamzaAlefYehTehMarbutaDiacriticsAndTatweel() {
        assertThat(ArabicNormalizer.fold("إدلب")).isEqualTo("ادلب");
        assertThat(ArabicNormalizer.fold("أعزاز")).isEqualTo("اعزاز");
        assertThat(ArabicNormalizer.fold("آل")).isEqualTo("ال");
        assertThat(ArabicNormalizer.fold("البوكمال على")).isEqualTo("البوكمال علي");
        assertThat(ArabicNormalizer.fold("الرقّة")).isEqualTo("الرقه");
        assertThat(ArabicNormalizer.fold("دمـــشق")).isEqualTo("دمشق");
        assertThat(ArabicNormalizer.fold("سُورِيَا")).isEqualTo("سوريا");
    }

    @Test
    void foldsPersianLettersDigitsQuotesBidiAndLatinCase() {
        assertThat(ArabicNormalizer.fold("کوبانی")).isEqualTo("كوباني");
        assertThat(ArabicNormalizer.fold("٢٠١٧ ۲۰۱۴")).isEqualTo("2017 2014");
        assertThat(ArabicNormalizer.fold("«دير الزور»")).isEqualTo("\"دير الزور\"");
        assertThat(ArabicNormalizer.fold("\u200Fحلب\u200E")).isEqualTo("حلب");
        assertThat(ArabicNormalizer.fold("Deir ez-Zor")).isEqualTo("deir ez-zor");
    }

    @Test
    void mapsFoldedSpansBackToTheOriginal() {
        String original = "قال «مصدر» إنّ قواتٍ دخلت الرّقـــة أمس";
        NormalizedText n = ArabicNormalizer.normalize(original);
        int i = n.text().indexOf("الرقه");
        assertThat(i).isPositive();
        int start = n.originalStart(i);
        int end = n.originalEnd(i + "الرقه".length());
        assertThat(original.substring(start, end)).isEqualTo("الرّقـــة");
    }

    @Test
    void keysDropTheArticleAndPunctuation() {
        assertThat(ArabicNormalizer.key("الرقة")).isEqualTo(ArabicNormalizer.key("رقة"));
        assertThat(ArabicNormalizer.key("al-Raqqa")).isEqualTo("raqqa");
        assertThat(ArabicNormalizer.key("Deir ez-Zor")).isEqualTo("deir ez zor");
        assertThat(ArabicNormalizer.key("  إدلب ")).isEqualTo("ادلب");
    }

    @Property(tries = 300)
    void everyFoldedCharacterMapsInsideTheOriginalInOrder(
            @ForAll @StringLength(max = 60) @CharRange(from = '\u0600', to = '\u06FF') @CharRange(from = ' ', to = '~')
            @CharRange(from = '\u200B', to = '\u206F') @CharRange(from = '\uD800', to = '\uDFFF') String s) {
        NormalizedText n = ArabicNormalizer.normalize(s);
        int prev = -1;
        for (int i = 0; i < n.length(); i++) {
            int o = n.originalStart(i);
            assertThat(o).isGreaterThan(prev).isLessThan(s.length());
            prev = o;
        }
        for (int i = 0; i <= n.length(); i++) {
            for (int j = i; j <= Math.min(n.length(), i + 5); j++) {
                int a = n.originalStart(i);
                int b = n.originalEnd(j);
                if (j > i) {
                    assertThat(a).isLessThan(b);
                    assertThat(b).isLessThanOrEqualTo(s.length());
                }
            }
        }
    }
}
