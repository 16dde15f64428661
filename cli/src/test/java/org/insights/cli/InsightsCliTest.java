package org.insights.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.insights.core.Money;
import org.insights.testdata.Scenario;
import org.insights.testdata.ScenarioGenerator;
import org.insights.testdata.ScenarioSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsightsCliTest {

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = InsightsCli.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  @Test
  void test_validate_directoryOfAccounts() throws IOException {
    Scenario a = ScenarioGenerator.generate(1, ScenarioSpec.uk());
    Scenario b = ScenarioGenerator.generate(2, ScenarioSpec.us());
    write("a.json", a.accountJson());
    write("b.json", b.accountJson());
    write("a.truth.json", a.truthJson());
    Run r = run("validate", dir.toString());
    assertThat(r.code()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[1]).contains(a.batch().account().accountId()).contains("GBP")
        .contains("\t" + a.batch().size() + "\t")
        .endsWith(Money.format(a.batch().account().currentBalance().getAsLong(), 2));
    assertThat(r.err()).contains("2 account(s) valid, 0 input(s) rejected");
  }

  @Test
  void test_badInput_exitsTwoWithMessageAndNoOutput() throws IOException {
    Path bad = write("bad.json", ("{\"accountId\":\"A\",\"currencyCode\":\"GBP\",\"transactions\":[{\"transactionId\":"
        + "\"t1\",\"description\":\"PRIVATE NAME\",\"amount\":\"abc\",\"creditDebitIndicator\":\"Debit\","
        + "\"bookingDate\":\"2023-01-01\"}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Run health = run("health", bad.toString());
    assertThat(health.code()).isEqualTo(2);
    assertThat(health.out()).isEmpty();
    assertThat(health.err()).contains("bad.json").contains("field 'amount'").contains("transactionId 't1'")
        .doesNotContain("PRIVATE NAME");
    Run validate = run("validate", bad.toString());
    assertThat(validate.code()).isEqualTo(2);
    assertThat(run("health", dir.resolve("missing.json").toString()).code()).isEqualTo(2);
  }

  @Test
  void test_unknownSubcommand_exitsTwoWithUsage() {
    Run r = run("nonsense", "x.json");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Usage: insights");
  }

  @Test
  void test_health_matchesPlantedBalancesAndIsDeterministic() throws IOException {
    Scenario s = ScenarioGenerator.generate(5, ScenarioSpec.uk());
    Path f = write("acc.json", s.accountJson());
    Run first = run("health", f.toString());
    Run second = run("health", f.toString());
    assertThat(first.code()).isZero();
    assertThat(first.out()).isEqualTo(second.out());
    // The 30-day window's low and high are the planted end-of-day balances' extremes.
    int asOf = (int) s.asOf().toEpochDay();
    long low = Long.MAX_VALUE;
    long high = Long.MIN_VALUE;
    for (int d = asOf - 29; d <= asOf; d++) {
      low = Math.min(low, s.truth().endOfDayBalance(d));
      high = Math.max(high, s.truth().endOfDayBalance(d));
    }
    assertThat(field(first.out(), "endOfDayBalanceLowVal")).isEqualByComparingTo(BigDecimal.valueOf(low, 2));
    assertThat(field(first.out(), "endOfDayBalanceHighVal")).isEqualByComparingTo(BigDecimal.valueOf(high, 2));
    assertThat(first.out()).contains("\"asOfDate\":\"" + s.asOf() + "\"");
  }

  private static BigDecimal field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(-?[0-9.]+)").matcher(json);
    assertThat(m.find()).as(name).isTrue();
    return new BigDecimal(m.group(1));
  }
}
