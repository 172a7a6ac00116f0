package org.frontlinemap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ZonesCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = FrontlineCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsGeoJsonFromTheDataFolder(@TempDir Path dir) {
        Run r = run("zones", "--date", "2017-09-25", "--data-dir", dir.toString(), "--no-load");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("{\"type\":\"FeatureCollection\"");
        Run f = run("zones", "--frontlines", "--date", "2017-09-25", "--db", "jdbc:h2:mem:zc1;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
        assertThat(f.code()).as(f.err()).isZero();
        Run c = run("zones", "--from", "2017-01-01", "--to", "2017-12-31", "--data-dir", dir.toString(), "--no-load");
        assertThat(c.out()).contains("\"totals\"");
    }

    @Test
    void badArgumentsExplainThemselves(@TempDir Path dir) {
        assertThat(run("zones", "--data-dir", dir.toString()).err()).contains("give either --date D or --from A --to B");
        assertThat(run("zones", "--from", "2017-01-01", "--data-dir", dir.toString()).err()).contains("--from and --to go together");
        Run bad = run("zones", "--date", "2040-01-01", "--data-dir", dir.toString(), "--no-load");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("date 2040-01-01 is outside 2011-01-01..");
    }
}
