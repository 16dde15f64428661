package org.insights.testdata;

import java.time.LocalDate;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.insights.core.AccountInfo;
import org.insights.core.TransactionBatch;

/**
 * jqwik arbitraries shared by every module's property tests: random batches with negative
 * balances, empty stretches, many rows on one day, pending rows, and rows after a typical asOf.
 */
public final class BatchArbitraries {

  /** The first day random batches start from. */
  public static final LocalDate BASE = LocalDate.of(2022, 1, 1);

  private BatchArbitraries() {
  }

  /** One random row before it gets an id. */
  private record Row(long amount, int dayOffset, boolean booked, String description) {
  }

  /**
   * Random batches of 0 to {@code maxRows} rows over up to {@code maxDays} days from {@link #BASE}.
   *
   * @param maxRows  the most rows
   * @param maxDays  the longest span in days
   * @return the arbitrary
   */
  public static Arbitrary<TransactionBatch> batches(int maxRows, int maxDays) {
    Arbitrary<Row> row = Combinators.combine(
        Arbitraries.longs().between(-500_000, 500_000).filter(a -> a != 0),
        Arbitraries.integers().between(0, maxDays - 1),
        Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false)),
        Arbitraries.of("TESCO STORES 2041", "DD BRITISH GAS", "BGC ACME LTD SALARY", "", "CASH LEEDS"))
        .as(Row::new);
    Arbitrary<Long> balance = Arbitraries.longs().between(-1_000_000, 5_000_000);
    return Combinators.combine(row.list().ofMaxSize(maxRows), balance).as((rows, bal) -> {
      AccountInfo account = AccountInfo.of("acc", "GBP", "GB").withBalances(OptionalLong.of(bal), OptionalLong.empty());
      TransactionBatch.Builder b = TransactionBatch.builder(account);
      int i = 0;
      for (Row r : rows) {
        b.add("t" + (i++), r.amount(), (int) BASE.toEpochDay() + r.dayOffset(), r.booked(), r.description());
      }
      return b.build();
    });
  }

  /** @return seeds for the scenario generator */
  public static Arbitrary<Long> seeds() {
    return Arbitraries.longs().between(0, 1_000_000);
  }
}
