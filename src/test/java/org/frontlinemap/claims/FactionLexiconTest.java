package org.frontlinemap.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactionLexiconTest {

    private static final FactionLexicon LEX = FactionLexicon.load();

    private static List<String> ids(String text) {
        return LEX.find(text).stream().map(FactionLexicon.FactionMention::factionId).toList();
    }

    @Test
    void loadsAllFactionsInLegendOrder() {
        assertThat(LEX.factions()).extracting(FactionLexicon.Faction::id).containsExactly("syrian-government", "sdf",
                "isis", "hts", "turkish-backed-opposition", "opposition", "turkey", "russia", "us-coalition",
                "iran-backed-militias");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "قوات سوريا الديمقراطية|sdf",
        "وقوات سوريا الديمقراطية|sdf",
        "الناطق باسم قوت سوريا الديمقراطية|sdf",
        "لقسد|sdf",
        "بين داعش وسوريا الديمقراطية|isis,sdf",
        "الجيش السوري الحر|opposition",
        "قوات الجيش السوري|syrian-government",
        "والتحالف|us-coalition",
        "للتحالف الدولي|us-coalition",
        "فصائل درع الفرات|turkish-backed-opposition",
        "الفصائل المدعومة من تركيا|turkish-backed-opposition",
        "تنظيم الدولة|isis",
        "The SDF and ISIS|sdf,isis",
        "the Free Syrian Army|opposition",
        "ISIS is weak|isis",
        "Syrian Democratic Forces|sdf",
    })
    void findsAliases(String text, String expected) {
        assertThat(ids(text)).containsExactly(expected.split(","));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "النظام الداخلي",
        "التحالف العربي",
        "التحالف بين الحزبين",
        "المعارضة التركية",
        "هذا النظام",
        "the Saudi-led coalition",
        "a coalition government",
        "فر اللاجئون إلى تركيا",
        "يعيش في روسيا",
        "بتركيا",
        "refugees in Turkey",
        "the border with Turkey",
        "نحو سوريا الديمقراطية الموحدة",
        "this is it",
    })
    void contextRulesRejectNonActors(String text) {
        assertThat(ids(text)).isEmpty();
    }

    @Test
    void countriesActWhenTheyAreSubjects() {
        assertThat(ids("مع دخول تركيا في اللعبة")).containsExactly("turkey");
        assertThat(ids("Turkey massed troops")).containsExactly("turkey");
        assertThat(ids("نفت روسيا الخبر")).containsExactly("russia");
    }

    @Test
    void offsetsAreThoseOfTheOriginal() {
        String text = "أكد «قسد» أن قوات النظام السوري";
        List<FactionLexicon.FactionMention> m = LEX.find(text);
        assertThat(m).extracting(x -> text.substring(x.start(), x.end())).containsExactly("قسد", "قوات النظام السوري");
    }

    @Test
    void malformedFileFailsWithItsLine() {
        String bad = "id\tlegend_order\tcolour\tname_en\tname_ar\taliases_en\taliases_ar\nsdf\tx\t#000\tSDF\tقسد\t\t\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FactionLexicon.parse(new StringReader(bad)))
                .hasMessageContaining("line 2");
    }
}
