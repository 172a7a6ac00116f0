package org.frontlinemap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GeoparseCommandsTest {

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = FrontlineCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void geoparseWritesOneJsonLinePerFileWithOffsetsIntoTheText(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.txt");
        byte[] body = "دخلت القوات بالرقة وريفها الشمالي.".getBytes(StandardCharsets.UTF_8);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(a, concat(bom, body));
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Run r = run("geoparse", a.toString(), empty.toString(), dir.resolve("missing.txt").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("missing.txt");
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode doc = new ObjectMapper().readTree(lines[0]);
        assertThat(doc.path("lang").asText()).isEqualTo("ar");
        String text = new String(body, StandardCharsets.UTF_8);
        for (JsonNode m : doc.path("mentions")) {
            assertThat(text.substring(m.path("start").asInt(), m.path("end").asInt())).isEqualTo(m.path("surface").asText());
        }
        assertThat(doc.path("mentions").get(0).path("placeId").asText()).isEqualTo("raqqa");
        assertThat(new ObjectMapper().readTree(lines[1]).path("mentions").size()).isZero();
    }

    @Test
    void textFormatBracketsMentions(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Clashes east of the Euphrates.");
        Run r = run("geoparse", "--format", "text", a.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("[east of the Euphrates|euphrates-east-bank]");
    }

    @Test
    void evalPrintsFiguresForGoldFiles() {
        Path seed = Path.of("src/test/resources/gold/seed.jsonl");
        Run r = run("eval", "--gold", seed.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("precision").contains("recall 1.000").contains("trap violations 0");
        assertThat(run("eval").status()).isEqualTo(2);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
