package org.insights.categoriser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Asserts the evaluation report's figures. Targets of issue 3 that the categoriser meets are
 * asserted at the target; the two it does not meet yet (Wells Fargo merchant names and MCC
 * agreement) are asserted at today's level as a regression guard and reported in the README.
 */
class CategoriserEvaluationTest {

  @Test
  void test_holdout_accuracyAndCalibration() {
    CategoriserEvaluation.Holdout h = CategoriserEvaluation.holdout(100);
    assertThat(h.rows()).isGreaterThan(50_000);
    assertThat(h.categoryAccuracy()).isGreaterThanOrEqualTo(0.95);
    assertThat(h.typeAccuracy()).isGreaterThanOrEqualTo(0.97);
    assertThat(h.expectedCalibrationError()).isLessThanOrEqualTo(0.03);
  }

  @Test
  void test_recorded_parityWithAtto() {
    CategoriserEvaluation.Parity p = CategoriserEvaluation.recorded();
    assumeThat(p).as("../shared/data is absent").isNotNull();
    assertThat(p.highConfidenceRows()).isEqualTo(262);
    assertThat(p.categoryAgreement()).isGreaterThanOrEqualTo(0.90);
    assertThat(p.merchantRows()).isEqualTo(321);
    assertThat(p.merchantAgreement()).isGreaterThanOrEqualTo(0.80);
    assertThat(p.belowFloorShare()).isLessThanOrEqualTo(0.20);
    // No target in the issue; a guard at about today's level (97.1%: the bank's PURCHASE code now
    // keeps its rows card purchases whatever a person's name or a bare reference suggests, and a bare
    // PAYMENT code no longer makes a merchant's card payment a transfer; 92.5% before).
    assertThat(p.classAgreement()).isGreaterThanOrEqualTo(0.96);
    for (int t = 1; t < 11; t++) {
      assertThat(p.coverage()[t]).as("coverage falls as the threshold rises").isLessThanOrEqualTo(p.coverage()[t - 1]);
    }
  }

  @Test
  void test_wellsFargo_regressionGuard() throws IOException {
    CategoriserEvaluation.WellsFargo w = CategoriserEvaluation.wellsFargo();
    assumeThat(w).as("../shared/data is absent").isNotNull();
    assertThat(w.rows()).isEqualTo(10_000);
    assertThat(w.merchantAgreement()).isGreaterThanOrEqualTo(0.74); // target 0.75, not met yet
    assertThat(w.mccCategoryAgreement()).isGreaterThanOrEqualTo(0.45); // description alone; target 0.85, not met
    // With the file's MCC supplied as the transaction's: the MCC decides unless a named merchant or
    // a return says otherwise (the credits, 5% of the rows, are refunds).
    assertThat(w.mccSuppliedAgreement()).isGreaterThanOrEqualTo(0.85);
    // Other banks print the same lines with one space between words (no columns): the names and
    // categories must not depend on the spacing by more than a point or two (59.2% of names before
    // the ends of one-space lines were read from the words, 74.5% with the columns; 73.5% now).
    assertThat(w.oneSpaceMerchantAgreement()).isGreaterThanOrEqualTo(w.merchantAgreement() - 0.02);
    assertThat(w.oneSpaceMccCategoryAgreement()).isGreaterThanOrEqualTo(w.mccCategoryAgreement() - 0.01);
    // The model's confidence on the names it decides is at most this much above how often its
    // category is the MCC's (a lower bound on how often it is right): 0.43 while the model was
    // calibrated on generated lines, whose names it was trained on; 0.27 calibrated on names it
    // never saw.
    assertThat(w.model().rows()).isGreaterThan(2_000);
    assertThat(w.model().meanConfidence() - w.model().mccAgreement()).isLessThanOrEqualTo(0.35);
  }

  @Test
  void test_oxford_coverage() throws IOException {
    double[] o = CategoriserEvaluation.oxford();
    assumeThat(o).as("../shared/data is absent").isNotNull();
    // Target 0.25, not met since the model's confidence is calibrated on names it never saw (26.9%;
    // 17.4% while it was calibrated on the generated lines, whose names it was trained on, and said
    // 1.00 of names it could only guess): SPEC section 4 pins confidence as a calibrated probability,
    // and where the issue and the SPEC disagree the SPEC wins. A guard at about today's level.
    assertThat(o[0]).isLessThanOrEqualTo(0.28);
    for (int t = 1; t < 11; t++) {
      assertThat(o[t + 1]).as("coverage falls as the threshold rises").isLessThanOrEqualTo(o[t]);
    }
  }
}
