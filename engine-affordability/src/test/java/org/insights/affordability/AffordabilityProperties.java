package org.insights.affordability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.insights.core.TransactionBatch;
import org.insights.testdata.BatchArbitraries;
import org.insights.testdata.Scenario;
import org.insights.testdata.ScenarioGenerator;
import org.insights.testdata.ScenarioSpec;

/** SPEC section 6's invariants: every figure adds up from its listed transactions. */
class AffordabilityProperties {

  @Provide
  Arbitrary<Long> seeds() {
    return BatchArbitraries.seeds();
  }

  private static Scenario scenario(long seed) {
    return ScenarioGenerator.generate(seed, seed % 2 == 0 ? ScenarioSpec.uk() : ScenarioSpec.us());
  }

  @Property(tries = 40)
  void monthTotalsEqualTheirListedTransactions(@ForAll @From("seeds") long seed) {
    Affordability a = AffordabilityEvaluation.assess(scenario(seed), AffordabilityOptions.defaults());
    TransactionBatch b = a.batch();
    for (MonthFigures m : a.months()) {
      long[] sums = new long[AffordabilityType.values().length];
      for (int k = 0; k < a.transactionCount(); k++) {
        if (java.time.YearMonth.from(b.bookingDate(a.row(k))).equals(m.month())) {
          sums[a.type(k).ordinal()] += Math.abs(b.amount(a.row(k)));
        }
      }
      assertThat(m.calculatedIncome()).isEqualTo(sums[AffordabilityType.Income.ordinal()]);
      assertThat(m.fixedCosts()).isEqualTo(sums[AffordabilityType.Fixed.ordinal()]);
      assertThat(m.flexibleCosts()).isEqualTo(sums[AffordabilityType.Flexible.ordinal()]);
      assertThat(m.debtFees()).isEqualTo(sums[AffordabilityType.Debt.ordinal()]);
      assertThat(m.affordability()).isEqualTo(m.calculatedIncome() - m.fixedCosts() - m.flexibleCosts()
          - m.debtFees());
    }
  }

  @Property(tries = 40)
  void everyBookedTransactionOfTheMonthsIsListedOnce(@ForAll @From("seeds") long seed) {
    Affordability a = AffordabilityEvaluation.assess(scenario(seed), AffordabilityOptions.defaults());
    TransactionBatch b = a.batch();
    Set<java.time.YearMonth> months = new HashSet<>();
    a.months().forEach(m -> months.add(m.month()));
    Set<String> listed = new HashSet<>();
    for (int k = 0; k < a.transactionCount(); k++) {
      assertThat(listed.add(b.transactionId(a.row(k)))).as("listed once").isTrue();
      assertThat(b.isBooked(a.row(k))).isTrue();
    }
    for (int i = 0; i < b.size(); i++) {
      boolean inMonths = months.contains(java.time.YearMonth.from(b.bookingDate(i)));
      assertThat(listed.contains(b.transactionId(i))).isEqualTo(b.isBooked(i) && inMonths);
    }
  }

  @Property(tries = 30)
  void flexibleSwitchChangesOnlyAffordability(@ForAll @From("seeds") long seed) {
    Scenario s = scenario(seed);
    Affordability on = AffordabilityEvaluation.assess(s, AffordabilityOptions.defaults());
    Affordability off = AffordabilityEvaluation.assess(s, AffordabilityOptions.defaults().withIncludeFlexibleCosts(false));
    assertThat(off.months()).hasSameSizeAs(on.months());
    for (int m = 0; m < on.months().size(); m++) {
      MonthFigures x = on.months().get(m);
      MonthFigures y = off.months().get(m);
      assertThat(y.calculatedIncome()).isEqualTo(x.calculatedIncome());
      assertThat(y.fixedCosts()).isEqualTo(x.fixedCosts());
      assertThat(y.flexibleCosts()).isEqualTo(x.flexibleCosts());
      assertThat(y.debtFees()).isEqualTo(x.debtFees());
      assertThat(y.affordability()).isEqualTo(x.affordability() + x.flexibleCosts());
    }
    assertThat(off.estimatedIncome()).isEqualTo(on.estimatedIncome());
    assertThat(off.estimatedFlexibleCosts()).isEqualTo(on.estimatedFlexibleCosts());
    assertThat(off.transactionCount()).isEqualTo(on.transactionCount());
    for (int k = 0; k < on.transactionCount(); k++) {
      assertThat(off.type(k)).isEqualTo(on.type(k));
    }
  }
}
