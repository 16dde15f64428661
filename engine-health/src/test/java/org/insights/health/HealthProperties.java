package org.insights.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.insights.core.TransactionBatch;
import org.insights.testdata.BatchArbitraries;

/**
 * The engine against {@link ReferenceHealth} on random batches: negative balances, empty windows,
 * many rows on one day, pending rows, rows after asOf and histories shorter than 30 days.
 */
class HealthProperties {

  @Provide
  Arbitrary<TransactionBatch> batches() {
    return Arbitraries.oneOf(BatchArbitraries.batches(60, 20), BatchArbitraries.batches(300, 500),
        BatchArbitraries.batches(150, 3));
  }

  @Property(tries = 300)
  void everyMetricEqualsTheSlowReference(@ForAll("batches") TransactionBatch batch,
      @ForAll @IntRange(min = -20, max = 520) int asOfOffset) {
    LocalDate asOf = BatchArbitraries.BASE.plusDays(asOfOffset);
    long current = batch.account().currentBalance().getAsLong();
    FinancialHealth h = HealthScorer.DEFAULT.measure(batch, asOf);
    int period = ReferenceHealth.dataPeriod(batch, asOf);
    assertThat(h.dataPeriodDays()).isEqualTo(period);
    assertThat(h.windows()).extracting(WindowMetrics::window).containsExactly(30, 60, 90, 180, 360);
    for (int w : ReferenceHealth.WINDOWS) {
      int computed = ReferenceHealth.computedWindow(w, period);
      Object[] ref = ReferenceHealth.window(batch, current, asOf, computed);
      long[] exact = (long[]) ref[0];
      double[] moments = (double[]) ref[1];
      WindowMetrics m = h.window(w);
      assertThat(m.computedWindow()).as("window %d", w).isEqualTo(computed);
      assertThat(new long[] {m.totalCreditsCount(), m.totalDebitsCount(), m.totalCreditsAmount(),
          m.totalDebitsAmount(), m.endOfDayBalanceLow(), m.endOfDayBalanceHigh(), m.daysInNegativeBalance()})
          .as("window %d", w).containsExactly(exact);
      assertThat(m.endOfDayBalanceMean()).isCloseTo(moments[0], within(1e-6 * (1 + Math.abs(moments[0]))));
      assertThat(m.endOfDayBalanceVariability()).isCloseTo(moments[1], within(1e-6 * (1 + moments[1])));
      double consistency = moments[1] == 0 ? 1.0 : 1 - moments[1] / (Math.abs(moments[0]) + moments[1]);
      assertThat(m.endOfDayBalanceConsistency()).isCloseTo(consistency, within(1e-9));
      assertThat(m.percentageOfDaysInNegativeBalance()).isCloseTo(100.0 * exact[6] / computed, within(1e-12));
      assertThat(m.averageCreditsMinusDebits()).isCloseTo((exact[2] - exact[3]) / (computed / 30.0), within(1e-6));
    }
    // The daily series itself, day by day.
    EndOfDayBalances series = h.endOfDayBalances();
    assertThat(series.lastDay()).isEqualTo(asOf.toEpochDay());
    for (int d = series.firstDay(); d <= series.lastDay(); d += 3) {
      assertThat(series.at(d)).isEqualTo(ReferenceHealth.eod(batch, current, d));
    }
  }

  @Property(tries = 100)
  void inputOrderDoesNotMatter(@ForAll("batches") TransactionBatch batch, @ForAll long seed) {
    int[] order = new int[batch.size()];
    java.util.Random r = new java.util.Random(seed);
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int i = order.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    LocalDate asOf = BatchArbitraries.BASE.plusDays(200);
    FinancialHealth a = HealthScorer.DEFAULT.measure(batch, asOf);
    FinancialHealth b = HealthScorer.DEFAULT.measure(batch.reordered(order), asOf);
    assertThat(b.windows()).isEqualTo(a.windows());
    assertThat(b.endOfDayBalances().toArray()).isEqualTo(a.endOfDayBalances().toArray());
  }

  @Property(tries = 100)
  void windowsNest(@ForAll("batches") TransactionBatch batch) {
    FinancialHealth h = HealthScorer.DEFAULT.measure(batch, BatchArbitraries.BASE.plusDays(400));
    for (int k = 1; k < h.windows().size(); k++) {
      WindowMetrics small = h.windows().get(k - 1);
      WindowMetrics big = h.windows().get(k);
      assertThat(big.totalCreditsCount()).isGreaterThanOrEqualTo(small.totalCreditsCount());
      assertThat(big.totalDebitsAmount()).isGreaterThanOrEqualTo(small.totalDebitsAmount());
      assertThat(big.endOfDayBalanceLow()).isLessThanOrEqualTo(small.endOfDayBalanceLow());
      assertThat(big.endOfDayBalanceHigh()).isGreaterThanOrEqualTo(small.endOfDayBalanceHigh());
    }
  }
}
