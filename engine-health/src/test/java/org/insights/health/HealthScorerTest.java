package org.insights.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.insights.core.AccountInfo;
import org.insights.core.BadInputException;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoJsonWriter;
import org.insights.testdata.Scenario;
import org.insights.testdata.ScenarioGenerator;
import org.insights.testdata.ScenarioSpec;
import org.junit.jupiter.api.Test;

class HealthScorerTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 3, 31);

  private static int day(int daysBeforeAsOf) {
    return (int) AS_OF.toEpochDay() - daysBeforeAsOf;
  }

  /**
   * A 40-day history worked by hand. Current balance 100.00. Booked: +500.00 at asOf-35,
   * -200.00 at asOf-10, -450.00 at asOf-5, +50.00 at asOf+2 (after asOf: undone, not counted);
   * pending -999.00 at asOf-1 (ignored).
   * EOD(d) counts only what is booked after d: asOf-5..asOf: 100 - 50 = 50.00;
   * asOf-10..asOf-6: 50 + 450 = 500.00; asOf-35..asOf-11: 500 + 200 = 700.00; before: 200.00.
   */
  private static TransactionBatch handWorked() {
    AccountInfo a = AccountInfo.of("h1", "GBP", "GB").withBalances(OptionalLong.of(10_000), OptionalLong.empty());
    TransactionBatch.Builder b = TransactionBatch.builder(a);
    b.add("c1", 50_000, day(35), true, "BGC ACME");
    b.add("d1", -20_000, day(10), true, "DD RENT");
    b.add("d2", -45_000, day(5), true, "SO LOAN");
    b.add("late", 5_000, day(-2), true, "REFUND");
    b.add("p1", -99_900, day(1), false, "CARD");
    return b.build();
  }

  @Test
  void test_measure_handWorkedThirtyDayWindow() {
    FinancialHealth h = HealthScorer.DEFAULT.measure(handWorked(), AS_OF);
    assertThat(h.dataPeriodDays()).isEqualTo(36);
    WindowMetrics w = h.window(30);
    assertThat(w.computedWindow()).isEqualTo(30);
    assertThat(w.totalCreditsCount()).isZero();
    assertThat(w.totalDebitsCount()).isEqualTo(2);
    assertThat(w.totalDebitsAmount()).isEqualTo(65_000);
    assertThat(w.endOfDayBalanceLow()).isEqualTo(5_000);
    assertThat(w.endOfDayBalanceHigh()).isEqualTo(70_000);
    // 6 days at 50.00, 5 at 500.00, 19 at 700.00, in minor units:
    double mean = (6 * 5_000 + 5 * 50_000 + 19 * 70_000) / 30.0;
    double var = (6 * Math.pow(5_000 - mean, 2) + 5 * Math.pow(50_000 - mean, 2)
        + 19 * Math.pow(70_000 - mean, 2)) / 30.0;
    assertThat(w.endOfDayBalanceMean()).isCloseTo(mean, within(1e-6));
    assertThat(w.endOfDayBalanceVariability()).isCloseTo(Math.sqrt(var), within(1e-6));
    assertThat(w.daysInNegativeBalance()).isZero();
    assertThat(w.averageCreditsMinusDebits()).isCloseTo(-65_000, within(1e-9));
    // 36 days of data: 60, 90, 180 and 360 all report the 30-day values.
    assertThat(h.window(360).computedWindow()).isEqualTo(30);
    assertThat(h.window(360).totalDebitsAmount()).isEqualTo(65_000);
  }

  @Test
  void test_write_roundsOnceAtOutput() {
    FinancialHealth h = HealthScorer.DEFAULT.measure(handWorked(), AS_OF);
    StringWriter s = new StringWriter();
    try (var g = AttoJsonWriter.DEFAULT.generator(s)) {
      FinancialHealthJson.write(g, h);
    } catch (java.io.IOException ex) {
      throw new AssertionError(ex);
    }
    String json = s.toString();
    assertThat(json).contains("\"days\":30,\"totalCreditsCount\":0,\"totalCreditsAmount\":0.00,"
        + "\"totalDebitsCount\":2,\"totalDebitsAmount\":650.00,\"averageCreditsMinusDebits\":-650.00,"
        + "\"endOfDayBalanceLowVal\":50.00,\"endOfDayBalanceHighVal\":700.00");
    assertThat(json).contains("\"percentageOfDaysInNegativeBalance\":0.0000");
    assertThat(json).contains("\"dataPeriodDays\":36");
    assertThat(json).doesNotContain("NaN").doesNotContain("Infinity");
  }

  @Test
  void test_measure_shortHistoryAndNoBalance() {
    AccountInfo a = AccountInfo.of("s", "USD", "US").withBalances(OptionalLong.of(-1_000), OptionalLong.empty());
    TransactionBatch.Builder b = TransactionBatch.builder(a);
    b.add("x", -500, day(3), true, "ATM");
    FinancialHealth h = HealthScorer.DEFAULT.measure(b.build(), AS_OF);
    assertThat(h.dataPeriodDays()).isEqualTo(4);
    // Under 30 days: the 30-day window as is; before the data the balance is -10.00 + 5.00 = -5.00.
    assertThat(h.window(30).daysInNegativeBalance()).isEqualTo(30);
    assertThat(h.window(30).percentageOfDaysInNegativeBalance()).isEqualTo(100.0);
    assertThat(h.window(90)).isEqualTo(h.window(30).as(90));
    assertThat(h.endOfDayBalances().size()).isEqualTo(4);

    TransactionBatch noBalance = TransactionBatch.builder(AccountInfo.of("n", "GBP", "GB")).build();
    assertThatThrownBy(() -> HealthScorer.DEFAULT.measure(noBalance, AS_OF)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("field 'balances.current'");
  }

  @Test
  void test_measure_reproducesPlantedBalances() {
    for (long seed = 0; seed < 40; seed++) {
      Scenario s = ScenarioGenerator.generate(seed, seed % 2 == 0 ? ScenarioSpec.uk() : ScenarioSpec.us());
      FinancialHealth h = HealthScorer.DEFAULT.measure(s.batch(), s.asOf());
      EndOfDayBalances eod = h.endOfDayBalances();
      assertThat(eod.lastDay()).isEqualTo(s.asOf().toEpochDay());
      for (int d = Math.max(eod.firstDay(), s.truth().firstDay()); d <= eod.lastDay(); d++) {
        assertThat(eod.at(d)).as("seed %d", seed).isEqualTo(s.truth().endOfDayBalance(d));
      }
    }
  }
}
