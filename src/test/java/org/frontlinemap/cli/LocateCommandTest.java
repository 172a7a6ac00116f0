package org.frontlinemap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LocateCommandTest {

    @TempDir
    Path empty;

    private String[] run(String... args) {
        CommandLine cl = FrontlineCli.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        int code = cl.execute(args);
        assertThat(code).isZero();
        return out.toString().strip().split("\n");
    }

    @Test
    void printsOneJsonLinePerName() throws Exception {
        String[] lines = run("locate", "--data-dir", empty.toString(), "الرقة", "Deir al-Zour", "ريف دير الزور الغربي",
                "no such place");
        assertThat(lines).hasSize(4);
        ObjectMapper json = new ObjectMapper();
        JsonNode raqqa = json.readTree(lines[0]);
        assertThat(raqqa.get("query").asText()).isEqualTo("الرقة");
        assertThat(raqqa.get("placeId").asText()).isEqualTo("raqqa");
        assertThat(raqqa.get("nameAr").asText()).isEqualTo("الرقة");
        assertThat(raqqa.get("kind").asText()).isEqualTo("city");
        assertThat(raqqa.get("lat").asDouble()).isBetween(35.9, 36.0);
        assertThat(raqqa.get("admin1").asText()).isEqualTo("raqqa-governorate");
        assertThat(raqqa.get("regions").toString()).contains("euphrates-east-bank");
        JsonNode deir = json.readTree(lines[1]);
        assertThat(deir.get("placeId").asText()).isEqualTo("deir-ez-zor");
        assertThat(deir.get("regions").toString()).contains("euphrates-west-bank-deir-ez-zor");
        assertThat(json.readTree(lines[2]).get("placeId").asText()).isEqualTo("deir-ez-zor-countryside-west");
        JsonNode none = json.readTree(lines[3]);
        assertThat(none.get("query").asText()).isEqualTo("no such place");
        assertThat(none.get("placeId").isNull()).isTrue();
        assertThat(none.size()).isEqualTo(2);
    }

    @Test
    void seesPlacesImportedIntoTheDatabase() throws Exception {
        Path fixture = Path.of(getClass().getClassLoader().getResource("geonames/SY-sample.txt").toURI());
        CommandLine cl = FrontlineCli.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("gazetteer", "import", "--data-dir", empty.toString(), fixture.toString())).isZero();
        assertThat(out.toString()).contains("5 new");
        String[] lines = run("locate", "--data-dir", empty.toString(), "تل حلف");
        assertThat(lines[0]).contains("\"placeId\":\"tall-halaf\"").contains("hasakah-governorate");
    }

    @Test
    void importOfABadFileFailsWithTheLine() throws Exception {
        Path fixture = Path.of(getClass().getClassLoader().getResource("geonames/SY-bad-columns.txt").toURI());
        CommandLine cl = FrontlineCli.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("gazetteer", "import", "--data-dir", empty.toString(), fixture.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("SY-bad-columns.txt:4").contains("nothing was written");
    }
}
