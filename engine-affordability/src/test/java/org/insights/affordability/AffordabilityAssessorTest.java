package org.insights.affordability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.OptionalLong;
import org.insights.categoriser.Categorisation;
import org.insights.categoriser.Categoriser;
import org.insights.categoriser.CategoriserOptions;
import org.insights.core.AccountInfo;
import org.insights.core.TransactionBatch;
import org.insights.income.IncomeDetector;
import org.insights.income.IncomeOptions;
import org.insights.income.IncomeVerification;
import org.junit.jupiter.api.Test;

class AffordabilityAssessorTest {

  private static final AccountInfo GB = AccountInfo.of("a", "GBP", "GB")
      .withBalances(OptionalLong.of(0), OptionalLong.empty()).withType("Personal", "CurrentAccount");
  private static final LocalDate AS_OF = LocalDate.of(2023, 5, 10);

  /**
   * Three complete months (Feb, Mar, Apr 2023) worked by hand, data from 2023-02-01: each month a
   * salary of 2,000.00, rent 800.00 (Fixed), groceries 150.00 (Flexible), a credit card payment
   * 100.00 (Debt), a transfer to savings 50.00 (Other); March also a refund of 20.00 (Other).
   */
  private static TransactionBatch handWorked() {
    TransactionBatch.Builder b = TransactionBatch.builder(GB);
    int k = 0;
    for (int m = 2; m <= 5; m++) {
      LocalDate start = LocalDate.of(2023, m, 1);
      if (m == 5) {
        b.add("may" + k++, -4_000, (int) start.plusDays(2).toEpochDay(), true, "TESCO STORES 1234");
        break;
      }
      b.add("sal" + m, 200_000, (int) start.plusDays(24).toEpochDay(), true, "BGC ACME LTD SALARY");
      b.add("rent" + m, -80_000, (int) start.toEpochDay(), true, "SO J PATEL RENT");
      b.add("food" + m, -15_000, (int) start.plusDays(9).toEpochDay(), true, "TESCO STORES 1234");
      b.add("card" + m, -10_000, (int) start.plusDays(14).toEpochDay(), true, "BARCLAYCARD PAYMENT");
      b.add("save" + m, -5_000, (int) start.plusDays(20).toEpochDay(), true, "TO SAVINGS ACC 1234");
      if (m == 3) {
        b.add("refund", 2_000, (int) start.plusDays(5).toEpochDay(), true, "AMAZON.CO.UK REFUND");
      }
    }
    b.add("pending", -99_900, (int) LocalDate.of(2023, 4, 20).toEpochDay(), false, "TESCO STORES 1234");
    return b.build();
  }

  private static Affordability assess(TransactionBatch b, AffordabilityOptions options) {
    Categorisation c = Categoriser.DEFAULT.categorise(b, CategoriserOptions.defaults());
    IncomeVerification v = IncomeDetector.DEFAULT.detect(b, c, IncomeOptions.defaults(), AS_OF);
    return AffordabilityAssessor.DEFAULT.assess(b, c, v, options, AS_OF);
  }

  @Test
  void test_assess_handWorkedMonths() {
    Affordability a = assess(handWorked(), AffordabilityOptions.defaults());
    assertThat(a.months()).extracting(MonthFigures::month)
        .containsExactly(YearMonth.of(2023, 4), YearMonth.of(2023, 3), YearMonth.of(2023, 2));
    for (MonthFigures m : a.months()) {
      assertThat(m.calculatedIncome()).isEqualTo(200_000);
      assertThat(m.fixedCosts()).isEqualTo(80_000);
      assertThat(m.flexibleCosts()).isEqualTo(15_000);
      assertThat(m.debtFees()).isEqualTo(10_000);
      assertThat(m.affordability()).isEqualTo(200_000 - 80_000 - 10_000 - 15_000);
    }
    assertThat(a.estimatedAffordability()).isEqualByComparingTo(new BigDecimal("950.00"));
    assertThat(a.estimatedFixedCosts()).isEqualByComparingTo(new BigDecimal("800.00"));
    // 3 months x 5 rows + the refund; May and the pending row are outside.
    assertThat(a.transactionCount()).isEqualTo(16);
    Affordability noFlex = assess(handWorked(), AffordabilityOptions.defaults().withIncludeFlexibleCosts(false));
    assertThat(noFlex.months().get(0).affordability()).isEqualTo(200_000 - 80_000 - 10_000);
    assertThat(noFlex.months().get(0).flexibleCosts()).isEqualTo(15_000);
  }

  @Test
  void test_assess_partialFirstMonthAndNoIncome() {
    TransactionBatch.Builder b = TransactionBatch.builder(GB);
    b.add("x", -1_000, (int) LocalDate.of(2023, 3, 10).toEpochDay(), true, "TESCO STORES");
    b.add("y", -2_000, (int) LocalDate.of(2023, 4, 10).toEpochDay(), true, "TESCO STORES");
    Affordability a = assess(b.build(), AffordabilityOptions.defaults());
    // March began before the data (10th): left out. April: no income, affordability negative.
    assertThat(a.months()).extracting(MonthFigures::month).containsExactly(YearMonth.of(2023, 4));
    assertThat(a.months().get(0).calculatedIncome()).isZero();
    assertThat(a.months().get(0).affordability()).isEqualTo(-2_000);
    TransactionBatch.Builder none = TransactionBatch.builder(GB);
    none.add("z", -1_000, (int) LocalDate.of(2023, 5, 2).toEpochDay(), true, "TESCO STORES");
    Affordability empty = assess(none.build(), AffordabilityOptions.defaults());
    assertThat(empty.months()).isEmpty();
    assertThat(empty.estimatedAffordability()).isEqualByComparingTo(BigDecimal.ZERO);
  }
}
