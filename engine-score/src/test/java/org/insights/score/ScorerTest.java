package org.insights.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.insights.affordability.Affordability;
import org.insights.affordability.AffordabilityAssessor;
import org.insights.affordability.AffordabilityOptions;
import org.insights.categoriser.Categorisation;
import org.insights.categoriser.Categoriser;
import org.insights.categoriser.CategoriserOptions;
import org.insights.core.AccountInfo;
import org.insights.core.TransactionBatch;
import org.insights.health.FinancialHealth;
import org.insights.health.HealthScorer;
import org.insights.income.IncomeDetector;
import org.insights.income.IncomeOptions;
import org.insights.income.IncomeVerification;
import org.insights.testdata.Scenario;
import org.insights.testdata.ScenarioGenerator;
import org.insights.testdata.ScenarioSpec;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  /** An account that passes every validation: GBP, Personal, CurrentAccount, 120 days, 2 a day. */
  private static TransactionBatch good(AccountInfo account, int days, int perDay) {
    TransactionBatch.Builder b = TransactionBatch.builder(account);
    int k = 0;
    for (int d = 0; d < days; d++) {
      for (int j = 0; j < perDay; j++) {
        b.add("t" + k++, d % 30 == 0 && j == 0 ? 250_000 : -1_500, (int) AS_OF.toEpochDay() - d, true,
            d % 30 == 0 && j == 0 ? "BGC ACME LTD SALARY" : "TESCO STORES");
      }
    }
    return b.build();
  }

  private static AccountInfo account(String currency, String type, String subType, boolean balance) {
    return AccountInfo.of("a1", currency, "GB").withType(type, subType)
        .withBalances(balance ? OptionalLong.of(100_000) : OptionalLong.empty(), OptionalLong.empty());
  }

  private static ScoreResult score(TransactionBatch b, ScoreOptions o) {
    Categorisation c = Categoriser.DEFAULT.categorise(b, CategoriserOptions.defaults());
    IncomeVerification v = IncomeDetector.DEFAULT.detect(b, c, IncomeOptions.defaults(), AS_OF);
    Affordability a = AffordabilityAssessor.DEFAULT.assess(b, c, v, AffordabilityOptions.defaults(), AS_OF);
    FinancialHealth h = b.account().currentBalance().isPresent() ? HealthScorer.DEFAULT.measure(b, AS_OF) : null;
    return Scorer.DEFAULT.score(b, c, v, a, h, o, AS_OF);
  }

  private static String failure(TransactionBatch b) {
    ScoreResult r = score(b, ScoreOptions.defaults());
    assertThat(r.scored()).isFalse();
    assertThat(r.error().code()).isEqualTo("atto_score_not_generated");
    assertThat(r.error().correlationId()).hasSize(36);
    return r.error().description();
  }

  @Test
  void test_validate_eachRuleInAttoOrder() {
    AccountInfo ok = account("GBP", "Personal", "CurrentAccount", true);
    assertThat(score(good(ok, 120, 2), ScoreOptions.defaults()).scored()).isTrue();
    assertThat(failure(TransactionBatch.builder(ok).build())).isEqualTo("No transactions");
    assertThat(failure(good(account("EUR", "Personal", "CurrentAccount", true), 120, 2)))
        .isEqualTo("Account currency is not GBP");
    assertThat(failure(good(account("GBP", "Business", "CurrentAccount", true), 120, 2)))
        .isEqualTo("Account type is not Personal");
    assertThat(failure(good(account("GBP", "Personal", "Savings", true), 120, 2)))
        .isEqualTo("Account is not a current account");
    assertThat(failure(good(ok, 60, 2))).isEqualTo("Less than 90 days of transaction history");
    TransactionBatch.Builder sparse = TransactionBatch.builder(ok);
    for (int d = 0; d < 120; d += 3) {
      sparse.add("s" + d, -1_000, (int) AS_OF.toEpochDay() - d, true, "TESCO STORES");
    }
    assertThat(failure(sparse.build())).isEqualTo("Fewer than 50 transactions in the last 90 days");
    assertThat(failure(good(account("GBP", "Personal", "CurrentAccount", false), 120, 2)))
        .isEqualTo("Balances are null");
    // First failure wins: EUR and Business and no balance reports the currency.
    assertThat(failure(good(account("EUR", "Business", "Savings", false), 10, 1)))
        .isEqualTo("Account currency is not GBP");
  }

  @Test
  void test_validate_rulesCanBeSwitchedOff() {
    TransactionBatch eurBusiness = good(account("EUR", "Business", "Savings", true), 120, 2);
    ScoreOptions o = ScoreOptions.defaults().withRequireGbp(false).withRequirePersonal(false)
        .withRequireCurrentAccount(false);
    assertThat(score(eurBusiness, o).scored()).isTrue();
    assertThat(score(good(account("GBP", "Personal", "CurrentAccount", true), 20, 1),
        ScoreOptions.permissive()).scored()).isTrue();
  }

  @Test
  void test_score_scaleReasonsAndDeterminism() {
    Scenario s = ScenarioGenerator.generate(12, ScenarioSpec.uk());
    TransactionBatch b = s.batch();
    ScoreOptions o = ScoreOptions.permissive();
    Categorisation c = Categoriser.DEFAULT.categorise(b, CategoriserOptions.defaults());
    IncomeVerification v = IncomeDetector.DEFAULT.detect(b, c, IncomeOptions.defaults(), s.asOf());
    Affordability a = AffordabilityAssessor.DEFAULT.assess(b, c, v, AffordabilityOptions.defaults(), s.asOf());
    FinancialHealth h = HealthScorer.DEFAULT.measure(b, s.asOf());
    ScoreResult r = Scorer.DEFAULT.score(b, c, v, a, h, o, s.asOf());
    ScoreResult again = Scorer.DEFAULT.score(b, c, v, a, h, o, s.asOf());
    assertThat(again.attoScore()).isEqualTo(r.attoScore());
    assertThat(r.probabilityOfDefault()).isBetween(0.0, 1.0);
    ScoreModel m = Scorer.DEFAULT.model();
    // The scale from its definition: offset + factor * ln(odds), clamped.
    double factor = m.pdo() / Math.log(2);
    double offset = m.baseScore() - factor * Math.log(m.baseOdds());
    long expected = Math.round(offset + factor * Math.log((1 - r.probabilityOfDefault()) / r.probabilityOfDefault()));
    assertThat(r.attoScore()).isEqualTo((int) Math.max(m.minScore(), Math.min(m.maxScore(), expected)));
    assertThat(m.score(1.0 / 51)).isEqualTo(600); // base odds 50:1 give the base score
    assertThat(m.score(1.0 / 101)).isEqualTo(620); // doubling the odds adds pdo points
    assertThat(r.reasons()).hasSizeLessThanOrEqualTo(3).allMatch(x -> x.points() < 0);
    for (int k = 1; k < r.reasons().size(); k++) {
      assertThat(r.reasons().get(k).points()).isGreaterThanOrEqualTo(r.reasons().get(k - 1).points());
    }
  }

  @Test
  void test_model_roundTrips() throws IOException {
    ScoreModel m = Scorer.DEFAULT.model();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    ScoreModel back = ScoreModel.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back.version()).isEqualTo(m.version());
    assertThat(back.coefficients()).containsExactly(m.coefficients());
    assertThat(back.intercept()).isEqualTo(m.intercept());
    assertThat(m.version()).contains("berka");
  }

  @Test
  void test_observations_seeNothingOnOrAfterTheDate() {
    Scenario s = ScenarioGenerator.generate(21, ScenarioSpec.uk());
    LocalDate cut = s.asOf().minusDays(45);
    TransactionBatch seen = Observations.asOf(s.batch(), cut);
    assertThat(seen.size()).isPositive();
    for (int i = 0; i < seen.size(); i++) {
      assertThat(seen.bookingDate(i)).isBefore(cut);
    }
    // The balance then is the planted end-of-day balance of the day before.
    assertThat(seen.account().currentBalance().getAsLong())
        .isEqualTo(s.truth().endOfDayBalance((int) cut.toEpochDay() - 1));
  }
}
