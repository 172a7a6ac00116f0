package org.frontlinemap.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;

class GeodataLoaderTest {

    private final GeodataLoader.Source real = GeodataLoader.classpath(getClass().getClassLoader());

    @Test
    void aMissingFileIsReportedAndTheRestLoads() {
        BundledGazetteer g = GeodataLoader.load(path -> path.equals(GeodataLoader.HYDRO) ? null : real.open(path));
        assertThat(g.problems()).extracting(GeodataProblem::file).contains(GeodataLoader.HYDRO);
        assertThat(g.problems().toString()).contains("missing geodata file").contains("Euphrates banks not derived");
        assertThat(g.byId("raqqa")).isPresent();
        assertThat(g.byId("euphrates-east-bank")).isEmpty();
        assertThat(g.byId("deir-ez-zor-countryside-west")).isPresent();
        assertThat(g.regionsOf("raqqa")).contains("raqqa-governorate");
    }

    @Test
    void aCorruptFileIsReportedWithItsNameAndTheRestLoads() {
        BundledGazetteer g = GeodataLoader.load(path -> path.equals(GeodataLoader.GOVERNORATES)
                ? new ByteArrayInputStream("{\"type\":\"FeatureCollection\",\"features\":[".getBytes())
                : real.open(path));
        assertThat(g.problems()).isNotEmpty();
        assertThat(g.problems().get(0).message()).startsWith(GeodataLoader.GOVERNORATES);
        assertThat(g.byId("raqqa")).isPresent();
        // Banks still come from Syria's outline; countrysides need the governorates and are absent.
        assertThat(g.byId("euphrates-east-bank")).isPresent();
        assertThat(g.byId("raqqa-countryside")).isEmpty();
    }

    @Test
    void aBadTsvRowLosesOnlyThatFile() {
        BundledGazetteer g = GeodataLoader.load(path -> path.equals("gazetteer/geonames.tsv")
                ? new ByteArrayInputStream((GazetteerTsvTest.HEADER + "x\tcity\tX\t\t\t\t\t\t35\t\t\tgeonames\n")
                        .getBytes())
                : real.open(path));
        assertThat(g.problems()).hasSize(1);
        assertThat(g.problems().get(0).message()).contains("gazetteer/geonames.tsv:2").contains("bad lon");
        assertThat(g.byId("deir-ez-zor")).isPresent();
    }

    @Test
    void contentHashFollowsTheFiles() {
        BundledGazetteer a = GeodataLoader.load(real);
        BundledGazetteer b = GeodataLoader.load(path -> path.equals("gazetteer/ambiguous.tsv") ? null : real.open(path));
        BundledGazetteer c = GeodataLoader.load(path -> path.equals(GeodataLoader.HYDRO) ? null : real.open(path));
        assertThat(a.contentHash()).hasSize(64).isEqualTo(b.contentHash()).isNotEqualTo(c.contentHash());
    }
}
