package org.insights.income;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.LongUnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.insights.categoriser.Categoriser;
import org.insights.categoriser.CategoriserOptions;
import org.insights.core.TransactionBatch;
import org.insights.testdata.BatchArbitraries;
import org.insights.testdata.Scenario;
import org.insights.testdata.ScenarioGenerator;
import org.insights.testdata.ScenarioSpec;

/** SPEC section 5's invariants on generated accounts. */
class IncomeProperties {

  @Provide
  Arbitrary<Long> seeds() {
    return BatchArbitraries.seeds();
  }

  private static Scenario scenario(long seed) {
    return ScenarioGenerator.generate(seed, seed % 2 == 0 ? ScenarioSpec.uk() : ScenarioSpec.us());
  }

  private static IncomeVerification detect(TransactionBatch b, LocalDate asOf) {
    return IncomeDetector.DEFAULT.detect(b, Categoriser.DEFAULT.categorise(b, CategoriserOptions.defaults()),
        IncomeOptions.defaults(), asOf);
  }

  /** Copies a batch, changing amounts, dropping rows, adding rows. */
  private static TransactionBatch copy(TransactionBatch b, LongUnaryOperator amount, Set<String> drop,
      List<Object[]> extra) {
    TransactionBatch.Builder out = TransactionBatch.builder(b.account(), b.size() + extra.size());
    for (int i = 0; i < b.size(); i++) {
      if (!drop.contains(b.transactionId(i))) {
        out.add(b.transactionId(i), amount.applyAsLong(b.amount(i)), b.bookingDay(i), b.isBooked(i), b.description(i));
      }
    }
    for (Object[] r : extra) {
      out.add((String) r[0], (Long) r[1], (Integer) r[2], true, (String) r[3]);
    }
    return out.build();
  }

  /** What identifies a stream's figures: name, rank, estimate, monthly incomes, ids. */
  private static String signature(IncomeStream s) {
    return s.name() + "|" + s.rank() + "|" + s.estimatedIncome() + "|" + java.util.Arrays.toString(s.monthlyIncome())
        + "|" + new java.util.TreeSet<>(s.transactionIds());
  }

  @Property(tries = 25)
  void inputOrderNeverMatters(@ForAll @From("seeds") long seed, @ForAll long shuffle) {
    Scenario s = scenario(seed);
    int[] order = new int[s.batch().size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random r = new Random(shuffle);
    for (int i = order.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    IncomeVerification a = detect(s.batch(), s.asOf());
    IncomeVerification b = detect(s.batch().reordered(order), s.asOf());
    assertThat(b.streams()).extracting(IncomeProperties::signature)
        .containsExactlyElementsOf(a.streams().stream().map(IncomeProperties::signature).toList());
    assertThat(b.streams()).extracting(IncomeStream::confidenceScore)
        .containsExactlyElementsOf(a.streams().stream().map(IncomeStream::confidenceScore).toList());
  }

  @Property(tries = 25)
  void smallCreditsNeverChangeRankedStreams(@ForAll @From("seeds") long seed, @ForAll long extraSeed) {
    Scenario s = scenario(seed);
    TransactionBatch b = s.batch();
    Random r = new Random(extraSeed);
    String[] payers = {"ACME LTD SALARY", "BGC NORTHWIND TRADING LTD", "UBER BV PAYOUT", "FPI SOMEONE", "DIR DEP ACME"};
    List<Object[]> extra = new java.util.ArrayList<>();
    int first = b.earliestBookingDay();
    int span = Math.max(1, (int) s.asOf().toEpochDay() - first);
    for (int k = 0; k < 30; k++) {
      // 0.01 to 50.00: never above the ranked minimum.
      extra.add(new Object[] {"small-" + k, 1L + r.nextInt(5_000), first + r.nextInt(span),
          payers[r.nextInt(payers.length)]});
    }
    IncomeVerification a = detect(b, s.asOf());
    IncomeVerification c = detect(copy(b, x -> x, Set.of(), extra), s.asOf());
    assertThat(ranked(c)).containsExactlyElementsOf(ranked(a));
  }

  private static List<String> ranked(IncomeVerification v) {
    return v.streams().stream().filter(x -> !x.isBenefit()).map(IncomeProperties::signature).toList();
  }

  @Property(tries = 25)
  void scalingAmountsScalesEveryAmount(@ForAll @From("seeds") long seed, @ForAll @IntRange(min = 2, max = 5) int k) {
    Scenario s = scenario(seed);
    // Only credits above the minimum both before and after scaling: drop the small ones first.
    Set<String> small = new HashSet<>();
    for (int i = 0; i < s.batch().size(); i++) {
      if (s.batch().amount(i) > 0 && s.batch().amount(i) <= 5_000) {
        small.add(s.batch().transactionId(i));
      }
    }
    TransactionBatch base = copy(s.batch(), x -> x, small, List.of());
    IncomeVerification a = detect(base, s.asOf());
    IncomeVerification b = detect(copy(base, x -> x * k, Set.of(), List.of()), s.asOf());
    assertThat(b.streams()).hasSameSizeAs(a.streams());
    for (int j = 0; j < a.streams().size(); j++) {
      IncomeStream x = a.streams().get(j);
      IncomeStream y = b.streams().get(j);
      assertThat(y.transactionIds()).isEqualTo(x.transactionIds());
      for (int m = 1; m <= 11; m++) {
        assertThat(y.month(m)).isEqualTo(k * x.month(m));
      }
      assertThat(y.totalAmount()).isEqualTo(k * x.totalAmount());
      // The estimate is rounded once to the minor unit, so k times a rounded value may differ by k/2.
      assertThat(Math.abs(y.estimatedIncome() - k * x.estimatedIncome())).isLessThanOrEqualTo(k);
    }
    assertThat(b.summaryMonthly()).containsExactly(java.util.Arrays.stream(a.summaryMonthly()).map(v -> v * k)
        .toArray());
  }

  @Property(tries = 25)
  void removingOneStreamRemovesOnlyThatStream(@ForAll @From("seeds") long seed, @ForAll @IntRange(min = 0, max = 5)
      int pick) {
    Scenario s = scenario(seed);
    IncomeVerification a = detect(s.batch(), s.asOf());
    if (a.streams().isEmpty()) {
      return;
    }
    IncomeStream gone = a.streams().get(pick % a.streams().size());
    IncomeVerification b = detect(copy(s.batch(), x -> x, new HashSet<>(gone.transactionIds()), List.of()),
        s.asOf());
    Set<String> after = new HashSet<>();
    b.streams().forEach(x -> after.add(x.name() + new java.util.TreeSet<>(x.transactionIds())));
    assertThat(after).doesNotContain(gone.name() + new java.util.TreeSet<>(gone.transactionIds()));
    for (IncomeStream other : a.streams()) {
      if (other != gone) {
        IncomeStream same = b.streams().stream().filter(x -> x.transactionIds().equals(other.transactionIds()))
            .findFirst().orElse(null);
        assertThat(same).as("stream %s kept", other.name()).isNotNull();
        assertThat(same.estimatedIncome()).isEqualTo(other.estimatedIncome());
      }
    }
  }
}
