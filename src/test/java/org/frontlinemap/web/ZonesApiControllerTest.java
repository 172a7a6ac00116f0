package org.frontlinemap.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.frontlinemap.gazetteer.InMemoryGazetteer;
import org.frontlinemap.store.Database;
import org.frontlinemap.zones.ZoneService;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class ZonesApiControllerTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ZonesApiController(new ZoneService(
            Database.openMigrated(Database.memoryUrl("api-" + System.nanoTime()), 2),
            new InMemoryGazetteer(List.of(), java.util.Map.of())))).build();

    @Test
    void emptyDatabaseGivesAnEmptyCollection() throws Exception {
        mvc.perform(get("/api/zones").param("date", "2017-09-25"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features").isEmpty());
        mvc.perform(get("/api/frontlines").param("date", "2017-09-25")).andExpect(status().isOk());
        mvc.perform(get("/api/zones/changes").param("from", "2017-01-01").param("to", "2017-12-31"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totals").isArray());
    }

    @Test
    void badDatesAre400WithAJsonError() throws Exception {
        mvc.perform(get("/api/zones").param("date", "2017-13-45"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("date '2017-13-45' is not a date YYYY-MM-DD"));
        mvc.perform(get("/api/zones/changes").param("from", "2017-01-01").param("to", "2031-01-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").exists());
        mvc.perform(get("/api/frontlines")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("parameter 'date' is missing"));
        mvc.perform(get("/api/zones").param("date", "2017-09-25").param("zoom", "abc"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").exists());
    }
}
