package org.frontlinemap.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class RelationLexiconTest {

    private static final RelationLexicon LEX = RelationLexicon.load();

    private static List<Relation> relations(String text) {
        Tokens t = Tokens.of(text);
        return LEX.find(t, 0, t.size()).stream().map(h -> h.cue().relation()).toList();
    }

    @Test
    void everyRelationHasArabicAndEnglishCues() {
        for (Relation r : Relation.values()) {
            assertThat(LEX.cues()).as(r.code()).anyMatch(c -> c.relation() == r && c.lang().equals("ar"));
            assertThat(LEX.cues()).as(r.code()).anyMatch(c -> c.relation() == r && c.lang().equals("en"));
        }
    }

    @Test
    void findsCuesWithClitics() {
        assertThat(relations("قامت بتطهير")).containsExactly(Relation.CAPTURED);
        assertThat(relations("لا تزال تحت سيطرة")).containsExactly(Relation.CONTROLS);
        assertThat(relations("بنشر")).containsExactly(Relation.DEPLOYED_NEAR);
        assertThat(relations("لمحاصرة")).containsExactly(Relation.BESIEGED);
        assertThat(relations("ورغم الاتفاق")).containsExactly(Relation.AGREED_ZONE);
        assertThat(relations("were captured by")).containsExactly(Relation.CAPTURED);
    }

    @Test
    void blockingPhrasesHideTheirCueWords() {
        assertThat(relations("بيد أن القوات")).isEmpty();
        assertThat(relations("عملية تحرير الرقة")).isEmpty();
        assertThat(relations("the talks took place")).isEmpty();
    }

    @Test
    void unknownRelationFails() {
        String bad = "cue\tlang\trelation\tactor\tnotes\nيحتل\tar\toccupies\tbefore\t\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RelationLexicon.parse(new StringReader(bad)))
                .hasMessageContaining("occupies");
    }
}
