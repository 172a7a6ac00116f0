package org.frontlinemap.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegationDetectorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "لم تسيطر قوات النظام على البلدة|تسيطر|true",
        "نفت قسد أن يكون التنظيم قد استعاد البلدة|استعاد|true",
        "لا تسيطر الفصائل على المدينة|تسيطر|true",
        "ليس صحيحا أن القوات دخلت المدينة|دخلت|true",
        "لم يعد التنظيم يسيطر على المدينة|يسيطر|true",
        "ولم تتمكن فصائل المعارضة من استعادة البلدة|استعادة|true",
        "The SDF did not capture Hajin|capture|true",
        "Russia denied that its forces had shelled the city|shelled|true",
        "Rebels no longer control the city|control|true",
        "لا تزال الأحياء تحت سيطرة التنظيم|تحت|false",
        "ما زالت المدينة تحت سيطرة النظام|تحت|false",
        "سيطرت قوات النظام على البلدة|سيطرت|false",
        "The SDF captured Hajin|captured|false",
    })
    void negation(String sentence, String cue, boolean negated) {
        assertThat(NegationDetector.isNegated(sentence, cue)).isEqualTo(negated);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "بحسب المرصد فإن قوات النظام سيطرت على الحي|سيطرت|true",
        "وقال مصدر إن الجيش استعاد البلدة|استعاد|true",
        "وفقا لناشطين تسيطر الفصائل على القرية|تسيطر|true",
        "According to activists ISIS holds the town|holds|true",
        "Rebels reportedly seized the village|seized|true",
        "سيطرت قوات النظام على البلدة|سيطرت|false",
        "The SDF captured Hajin|captured|false",
    })
    void hedging(String sentence, String cue, boolean hedged) {
        assertThat(NegationDetector.isHedged(sentence, cue)).isEqualTo(hedged);
    }
}
