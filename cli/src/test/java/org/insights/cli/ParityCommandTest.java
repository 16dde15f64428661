package org.insights.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.insights.testdata.Scenario;
import org.insights.testdata.ScenarioGenerator;
import org.insights.testdata.ScenarioSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParityCommandTest {

  @TempDir
  Path dir;

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = InsightsCli.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void test_parity_sidecarsAgreeAndDisagree() throws IOException {
    Scenario s = ScenarioGenerator.generate(31, ScenarioSpec.uk());
    Path file = dir.resolve("acc.json");
    Files.write(file, s.accountJson());
    // A recorded health response that is the engine's own, with one figure changed by 5%.
    String health = run("health", file.toString())[1];
    Files.writeString(dir.resolve("acc.health.json"), health, UTF_8);
    String[] same = run("parity", file.toString(), "--json", dir.resolve("p.json").toString());
    assertThat(same[0]).isEqualTo("0");
    assertThat(same[1]).contains("financialHealth.windows[].totalDebitsAmount").doesNotContain("  0.00%");
    assertThat(Files.readString(dir.resolve("p.json"), UTF_8)).contains("\"passed\" : true");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"totalCreditsAmount\":([0-9.]+)").matcher(health);
    assertThat(m.find()).isTrue();
    double changed = Double.parseDouble(m.group(1)) * 1.05 + 1;
    Files.writeString(dir.resolve("acc.health.json"), health.replaceFirst("\"totalCreditsAmount\":[0-9.]+",
        "\"totalCreditsAmount\":" + String.format(java.util.Locale.ROOT, "%.2f", changed)), UTF_8);
    String[] off = run("parity", file.toString(), "--min-agreement", "0.9");
    assertThat(off[0]).isEqualTo("1");
    assertThat(off[1]).containsPattern("financialHealth.windows\\[\\].totalCreditsAmount\\s+5\\s+4\\s+80.00%");
  }
}
