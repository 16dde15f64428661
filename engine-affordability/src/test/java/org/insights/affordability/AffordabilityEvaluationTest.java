package org.insights.affordability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Asserts issue 5's evaluation targets on generator hold-out accounts. */
class AffordabilityEvaluationTest {

  @Test
  void test_holdout_targets() {
    AffordabilityEvaluation.Result r = AffordabilityEvaluation.evaluate(AffordabilityEvaluation.HOLDOUT_SEED, 120);
    assertThat(r.months()).isGreaterThan(500);
    assertThat(r.typeAccuracy()).isGreaterThanOrEqualTo(0.97);
    assertThat(r.costsWithin3()).isGreaterThanOrEqualTo(0.90);
    assertThat(r.incomeWithin2()).isGreaterThanOrEqualTo(0.90);
  }
}
