package org.insights.income;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import org.junit.jupiter.api.Test;

/** Asserts issue 4's evaluation targets on the generator hold-out and the recorded Atto file. */
class IncomeEvaluationTest {

  @Test
  void test_holdout_targets() {
    IncomeEvaluation.Holdout h = IncomeEvaluation.holdout(150);
    assertThat(h.planted()).isGreaterThan(200);
    assertThat(h.foundShare()).isGreaterThanOrEqualTo(0.97);
    assertThat(h.falseShare()).isLessThanOrEqualTo(0.02);
    assertThat(h.medianError()).isLessThanOrEqualTo(0.02);
    assertThat(h.p90Error()).isLessThanOrEqualTo(0.08);
    assertThat(h.benefitAccuracy()).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void test_berka_pensionFoundAsMonthlyStream() throws java.io.IOException {
    BerkaPensionEvaluation.Result r = BerkaPensionEvaluation.run();
    assumeThat(r).as("../shared/data is absent").isNotNull();
    assertThat(r.pensionAccounts()).isGreaterThan(150);
    assertThat(r.share()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void test_recorded_companyXSalary() {
    IncomeVerification v = IncomeEvaluation.recorded();
    assumeThat(v).as("../shared/data is absent").isNotNull();
    IncomeStream first = v.streams().get(0);
    assertThat(first.name()).isEqualTo("Company X");
    assertThat(first.rank()).isEqualTo(1);
    assertThat(first.isSalary()).isTrue();
    assertThat(first.estimatedIncome()).isBetween(270_000L, 450_000L);
    // Expense reimbursements (EXPS, EXPENSES) are not in the stream.
    assertThat(first.numberOfDeposits()).isEqualTo(18);
  }
}
