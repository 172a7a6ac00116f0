package org.frontlinemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

class ViewStateTest {

    @Test
    void roundTripsThroughTheUrl() {
        ViewState s = new ViewState(LocalDate.of(2017, 9, 25), LocalDate.of(2017, 9, 25), LocalDate.of(2019, 3, 23),
                null, null, null, null, "ar", "raqqa").withView(35.123456, 39.5, 8.25)
                .withLayers(Set.of("zones-sdf", "frontlines"));
        String query = s.toQueryParameters().getQueryString();
        assertThat(query).contains("date=2017-09-25").contains("from=2017-09-25").contains("to=2019-03-23")
                .contains("lat=35.1235").contains("zoom=8.25").contains("lang=ar");
        ViewState back = ViewState.parse(QueryParameters.fromString(query));
        assertThat(back).isEqualTo(s);
        assertThat(back.comparing()).isTrue();
    }

    @Test
    void malformedValuesFallBackToDefaults() {
        ViewState s = ViewState.parse(new QueryParameters(Map.of(
                "date", List.of("2017-02-30"), "lat", List.of("NaN"), "lon", List.of("500"), "zoom", List.of("x"),
                "lang", List.of("fr"), "layers", List.of("ok-layer,<script>,also_bad"), "place", List.of("../etc"))));
        assertThat(s.date()).isNull();
        assertThat(s.lat()).isNull();
        assertThat(s.lon()).isNull();
        assertThat(s.zoom()).isNull();
        assertThat(s.lang()).isNull();
        assertThat(s.layers()).containsExactly("ok-layer");
        assertThat(s.place()).isNull();
        assertThat(s.comparing()).isFalse();
    }
}
