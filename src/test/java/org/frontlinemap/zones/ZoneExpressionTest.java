package org.frontlinemap.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class ZoneExpressionTest {

    private final Map<String, Geometry> places = Map.of(
            "a-governorate", Shapes.box(0, 0, 4, 2),
            "west-bank-a", Shapes.box(0, 0, 2, 2),
            "north", Shapes.box(0, 1, 4, 2),
            "c", Shapes.box(3, 0, 4, 1));

    private Geometry eval(String expr, Map<String, Geometry> zones) {
        return ZoneExpression.parse(expr).evaluate(new ZoneExpression.Resolver() {
            @Override
            public Geometry place(String id) {
                return places.get(id);
            }

            @Override
            public Geometry zone(String name) {
                return zones.get(name);
            }

            @Override
            public Geometry buffer(Geometry g, double km) {
                return g.buffer(km / 100.0);
            }
        });
    }

    @Test
    void hyphenatedIdsAndSpacedDifference() {
        Geometry g = eval("a-governorate - west-bank-a", Map.of());
        assertThat(g.getArea()).isCloseTo(4.0, within(1e-9));
        assertThat(ZoneExpression.parse("a-governorate - west-bank-a").placeIds()).containsExactly("a-governorate", "west-bank-a");
    }

    @Test
    void differenceWithoutSpaceBeforeTheOperand() {
        assertThat(eval("a-governorate -west-bank-a", Map.of()).getArea()).isCloseTo(4.0, within(1e-9));
    }

    @Test
    void intersectionBindsTighterThanDifference() {
        // a - (west & north) = 8 - 2 = 6 ; (a - west) & north would be 2
        assertThat(eval("a-governorate - west-bank-a & north", Map.of()).getArea()).isCloseTo(6.0, within(1e-9));
        assertThat(eval("(a-governorate - west-bank-a) & north", Map.of()).getArea()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void unionAndReferencesAndBuffer() {
        Geometry prior = Shapes.box(0, 0, 1, 1);
        assertThat(eval("c | @prior", Map.of("prior", prior)).getArea()).isCloseTo(2.0, within(1e-9));
        assertThat(eval("c + west-bank-a", Map.of()).getArea()).isCloseTo(5.0, within(1e-9));
        assertThat(eval("buffer(c, 10)", Map.of()).getArea()).isGreaterThan(1.3);
        assertThat(ZoneExpression.parse("a-governorate - @prior").zoneRefs()).containsExactly("prior");
    }

    @Test
    void hullOfPlaces() {
        // hull of the two boxes c (3..4 x 0..1) and west-bank-a (0..2 x 0..2): vertices (0,0),(4,0),(4,1),(2,2),(0,2)
        assertThat(eval("hull(c | west-bank-a)", Map.of()).getArea()).isCloseTo(7.0, within(1e-9));
        assertThat(ZoneExpression.parse("hull(a | b) - c").placeIds()).containsExactly("a", "b", "c");
    }

    @Test
    void unknownIdIsNamed() {
        assertThatThrownBy(() -> eval("a-governorate & nowhere-bank", Map.of()))
                .hasMessageContaining("unknown place id 'nowhere-bank'");
    }

    @Test
    void syntaxErrorsGivePosition() {
        assertThatThrownBy(() -> ZoneExpression.parse("a & (b | c")).isInstanceOf(ZoneExpression.SyntaxException.class)
                .hasMessageContaining("expected ')'");
        assertThatThrownBy(() -> ZoneExpression.parse("a & & b")).hasMessageContaining("position 5");
        assertThatThrownBy(() -> ZoneExpression.parse("Raqqa")).hasMessageContaining("expected a place id at position 1");
        assertThatThrownBy(() -> ZoneExpression.parse("  ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> ZoneExpression.parse("buffer(a, 900)")).hasMessageContaining("outside");
    }
}
