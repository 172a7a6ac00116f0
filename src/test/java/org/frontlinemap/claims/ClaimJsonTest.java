package org.frontlinemap.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;

class ClaimJsonTest {

    @Test
    void writesTheGeoparseShape() {
        Claim c = new Claim("isis", Relation.CONTROLS, "deir-ez-zor", "deir-ez-zor-governorate", 0.6, null,
                LocalDate.of(2014, 1, 1), false, true, 3, 10, "سيطر على");
        ArrayNode a = ClaimJson.toArray(List.of(c));
        assertThat(a.toString()).isEqualTo("[{\"actor\":\"isis\",\"relation\":\"controls\",\"placeId\":\"deir-ez-zor\","
                + "\"share\":0.6,\"areaKm2\":null,\"validFrom\":\"2014-01-01\",\"negated\":false,\"hedged\":true,"
                + "\"scopePlaceId\":\"deir-ez-zor-governorate\",\"partial\":false,\"start\":3,\"end\":10,"
                + "\"evidence\":\"سيطر على\"}]");
    }
}
