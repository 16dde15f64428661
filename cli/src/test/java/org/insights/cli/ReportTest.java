package org.insights.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.insights.affordability.MonthFigures;
import org.insights.core.Money;
import org.insights.income.IncomeStream;
import org.insights.testdata.Scenario;
import org.insights.testdata.ScenarioGenerator;
import org.insights.testdata.ScenarioSpec;
import org.insights.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report: every chart present, its figures equal to the engines', and a headless render. */
class ReportTest {

  @TempDir
  Path dir;

  private static int run(String... args) {
    StringWriter sink = new StringWriter();
    return InsightsCli.execute(new PrintWriter(sink), new PrintWriter(sink), args);
  }

  private static List<String> values(String html, String field) {
    Matcher m = Pattern.compile("data-field=\"" + Pattern.quote(field) + "\"[^>]*data-value=\"([^\"]*)\"").matcher(html);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void test_report_chartsAndFiguresMatchTheEngines() throws IOException {
    Scenario s = ScenarioGenerator.generate(41, ScenarioSpec.uk());
    Path in = dir.resolve("acc.json");
    Files.write(in, s.accountJson());
    Path out = dir.resolve("report.html");
    assertThat(run("report", in.toString(), "--html", out.toString())).isZero();
    String html = Files.readString(out, UTF_8);
    AccountPipeline.Results r = AccountPipeline.run(s.batch(), s.asOf(), AccountPipeline.Options.defaults());
    int digits = 2;
    // Every chart, each with a text alternative.
    for (String title : new String[] {"End-of-day balance", "Monthly income by stream", "Income against fixed",
        "Top categories of spending over the last 3", "Top categories of spending over the last 12"}) {
      assertThat(html).contains("<title id=").contains(title);
    }
    assertThat(html).contains("<h3>Financial health</h3>").contains("<h3>Score</h3>").doesNotContain("<script");
    assertThat(html).doesNotContain("http://").doesNotContain("https://");
    // Figures equal the engine outputs.
    List<String> estimates = new ArrayList<>();
    for (IncomeStream st : r.income().streams()) {
      estimates.add(Money.format(st.estimatedIncome(), digits));
    }
    assertThat(values(html, "estimatedIncome")).containsExactlyElementsOf(estimates);
    List<String> affordability = new ArrayList<>();
    for (MonthFigures m : r.affordability().months()) {
      affordability.add(Money.format(m.affordability(), digits));
    }
    assertThat(values(html, "affordability")).containsExactlyElementsOf(affordability);
    assertThat(values(html, "credits90")).containsExactly(Money.format(r.health().window(90).totalCreditsAmount(),
        digits));
    long min = 0;
    for (long v : r.health().endOfDayBalances().toArrayUnsafe()) {
      min = Math.min(min, v);
    }
    assertThat(values(html, "eodLow")).containsExactly(Money.format(min, digits));
    // Links resolve: every figure's anchor exists.
    Matcher link = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
    while (link.find()) {
      assertThat(html).contains("id=\"" + link.group(1) + "\"");
    }
  }

  @Test
  void test_report_rendersHeadlessWhenChromiumIsInstalled() throws Exception {
    Path chromium = Paths.get("/usr/bin/chromium");
    assumeThat(Files.isExecutable(chromium)).as("chromium is not installed").isTrue();
    Path recorded = SharedData.find("recorded/apollo-carter.json");
    Path in;
    if (recorded != null) {
      in = recorded;
    } else {
      in = dir.resolve("acc.json");
      Files.write(in, ScenarioGenerator.generate(41, ScenarioSpec.uk()).accountJson());
    }
    Path html = dir.resolve("report.html");
    assertThat(run("report", in.toString(), "--html", html.toString())).isZero();
    Path png = Paths.get("target", "report-screenshot.png").toAbsolutePath();
    Files.createDirectories(png.getParent());
    Files.deleteIfExists(png);
    Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--window-size=900,2400",
        "--screenshot=" + png, html.toUri().toString()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("chromium.log").toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(20_000);
  }
}
