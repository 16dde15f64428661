package org.insights.testdata;

import java.time.LocalDate;
import java.util.List;
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

  /** The descriptions a hostile bank file may carry. */
  private static Arbitrary<String> hostileDescriptions() {
    return Arbitraries.oneOf(
        Arbitraries.just(""),
        Arbitraries.strings().ofMinLength(10_000).ofMaxLength(10_000).withCharRange('A', 'Z'),
        Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(40),
        Arbitraries.of("\uD83D\uDE00\uD83D\uDCB8 COFFEE \uD83C\uDDEC\uD83C\uDDE7", "\u05D1\u05E0\u05E7 \u05DC\u05D0\u05D5\u05DE\u05D9",
            "\u0645\u0635\u0631\u0641 \u202E REVERSED", "TESCO STORES 2041", "BGC ACME LTD SALARY", "DWP UC", "\u0000\u0000"),
        Arbitraries.strings().ofMaxLength(200));
  }

  /** One hostile row before it gets an id. */
  private record HostileRow(long amount, int day, boolean booked, String description) {
  }

  /**
   * Hostile batches for robustness properties: amounts up to 10^12 minor units either way and zero,
   * dates from 1970 to 2100, descriptions empty, 10,000 characters long, full of control
   * characters, emoji or right-to-left text; all credits, all debits, one row, or thousands on one
   * day; balances up to 10^12.
   *
   * @return the arbitrary
   */
  public static Arbitrary<TransactionBatch> hostile() {
    int first = 0;
    int last = (int) LocalDate.of(2100, 12, 31).toEpochDay();
    Arbitrary<Long> amounts = Arbitraries.oneOf(Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
        Arbitraries.of(0L, 1L, -1L, 1_000_000_000_000L, -1_000_000_000_000L));
    Arbitrary<HostileRow> row = Combinators.combine(amounts, Arbitraries.integers().between(first, last),
        Arbitraries.of(true, false), hostileDescriptions()).as(HostileRow::new);
    Arbitrary<List<HostileRow>> shapes = Arbitraries.oneOf(
        row.list().ofMinSize(1).ofMaxSize(1),
        row.list().ofMaxSize(60),
        row.list().ofMaxSize(40).map(rows -> rows.stream().map(r -> new HostileRow(Math.abs(r.amount()), r.day(),
            r.booked(), r.description())).toList()),
        row.list().ofMaxSize(40).map(rows -> rows.stream().map(r -> new HostileRow(-Math.abs(r.amount()), r.day(),
            r.booked(), r.description())).toList()),
        Combinators.combine(Arbitraries.integers().between(first, last), Arbitraries.integers().between(1000, 3000))
            .as((day, n) -> {
              java.util.List<HostileRow> many = new java.util.ArrayList<>();
              for (int k = 0; k < n; k++) {
                many.add(new HostileRow(k % 3 == 0 ? 10_000L + k : -(100L + k), day, true, "CARD " + (k % 17)));
              }
              return many;
            }));
    Arbitrary<Long> balance = Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L);
    return Combinators.combine(shapes, balance).as((rows, bal) -> {
      AccountInfo account = AccountInfo.of("hostile", "GBP", "GB").withType("Personal", "CurrentAccount")
          .withBalances(OptionalLong.of(bal), OptionalLong.empty());
      TransactionBatch.Builder b = TransactionBatch.builder(account);
      int i = 0;
      for (HostileRow r : rows) {
        b.add("h" + (i++), r.amount(), r.day(), r.booked(), r.description());
      }
      return b.build();
    });
  }

  /** @return seeds for the scenario generator */
  public static Arbitrary<Long> seeds() {
    return Arbitraries.longs().between(0, 1_000_000);
  }
}
