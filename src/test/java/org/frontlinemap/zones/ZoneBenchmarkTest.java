package org.frontlinemap.zones;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZoneBenchmarkTest {

    @Test
    void smallRunProducesFiguresAndFronts() {
        ZoneBenchmark.Result r = ZoneBenchmark.run(400, 4, 10);
        assertThat(r.versions()).isEqualTo(400);
        assertThat(r.asOfP95()).isGreaterThanOrEqualTo(r.asOfP50()).isPositive();
        assertThat(r.frontLines()).isPositive();
        assertThat(r.toString()).contains("as-of query").contains("front lines");
    }
}
