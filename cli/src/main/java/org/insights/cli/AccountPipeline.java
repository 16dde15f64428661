package org.insights.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import org.insights.affordability.Affordability;
import org.insights.affordability.AffordabilityAssessor;
import org.insights.affordability.AffordabilityOptions;
import org.insights.affordability.AffordabilityResponseJson;
import org.insights.categoriser.Categorisation;
import org.insights.categoriser.Categoriser;
import org.insights.categoriser.CategoriserOptions;
import org.insights.categoriser.EnrichResponseJson;
import org.insights.core.BadInputException;
import org.insights.core.TransactionBatch;
import org.insights.health.FinancialHealth;
import org.insights.health.FinancialHealthJson;
import org.insights.health.HealthScorer;
import org.insights.income.IncomeDetector;
import org.insights.income.IncomeOptions;
import org.insights.income.IncomeResponseJson;
import org.insights.income.IncomeStream;
import org.insights.income.IncomeVerification;
import org.insights.score.ScoreModel;
import org.insights.score.ScoreOptions;
import org.insights.score.ScoreResponseJson;
import org.insights.score.ScoreResult;
import org.insights.score.Scorer;

/**
 * Every engine on one account, in dependency order (categorise, income, affordability, health),
 * and the {@code insights all} object: {@code {accountId, categorisation, incomeVerification,
 * affordability, financialHealth, score}}. An engine that cannot produce its response for the
 * account (health without a current balance) writes an error body {@code {code, description}} in
 * its place, so the other figures are not lost; the score writes Atto's 422 body when a validation
 * fails.
 * Stateless and thread-safe.
 */
public final class AccountPipeline {

  /**
   * Engine options shared by every account of a run.
   *
   * @param categoriser  categoriser options
   * @param income  income options
   * @param affordability  affordability options
   * @param withTransactions  write the per-transaction lists
   */
  public record Options(CategoriserOptions categoriser, IncomeOptions income, AffordabilityOptions affordability,
      boolean withTransactions, ScoreOptions score, Scorer scorer) {

    /**
     * @param categoriser  categoriser options
     * @param income  income options
     * @param affordability  affordability options
     * @param withTransactions  write the per-transaction lists
     */
    public Options(CategoriserOptions categoriser, IncomeOptions income, AffordabilityOptions affordability,
        boolean withTransactions) {
      this(categoriser, income, affordability, withTransactions, ScoreOptions.defaults(), Scorer.DEFAULT);
    }

    /** @param model  a score model @return a copy scoring with it */
    public Options withScoreModel(ScoreModel model) {
      return new Options(categoriser, income, affordability, withTransactions, score, Scorer.with(model));
    }

    /** @param options  score validations @return a copy */
    public Options withScoreOptions(ScoreOptions options) {
      return new Options(categoriser, income, affordability, withTransactions, options, scorer);
    }

    /** @return every engine's defaults, with transactions */
    public static Options defaults() {
      return new Options(CategoriserOptions.defaults(), IncomeOptions.defaults(), AffordabilityOptions.defaults(),
          true);
    }
  }

  /**
   * One account's results, for the JSON and the summary row.
   *
   * @param batch  the account
   * @param asOf  its reference date
   * @param categories  categorisation
   * @param income  income verification
   * @param affordability  affordability
   * @param health  financial health, or null when it could not be computed
   * @param healthError  why not, or null
   * @param score  the score or its 422 error
   */
  public record Results(TransactionBatch batch, LocalDate asOf, Categorisation categories, IncomeVerification income,
      Affordability affordability, FinancialHealth health, BadInputException healthError, ScoreResult score) {
  }

  private AccountPipeline() {
  }

  /**
   * Runs every engine on one account.
   *
   * @param b  the account
   * @param asOf  the reference date
   * @param o  the options
   * @return the results
   */
  public static Results run(TransactionBatch b, LocalDate asOf, Options o) {
    Categorisation c = Categoriser.DEFAULT.categorise(b, o.categoriser());
    IncomeVerification v = IncomeDetector.DEFAULT.detect(b, c, o.income(), asOf);
    Affordability a = AffordabilityAssessor.DEFAULT.assess(b, c, v, o.affordability(), asOf);
    FinancialHealth h = null;
    BadInputException healthError = null;
    try {
      h = HealthScorer.DEFAULT.measure(b, asOf);
    } catch (BadInputException ex) {
      healthError = ex;
    }
    ScoreResult score = o.scorer().score(b, c, v, a, h, o.score(), asOf);
    return new Results(b, asOf, c, v, a, h, healthError, score);
  }

  /**
   * Writes the {@code insights all} object of one account.
   *
   * @param g  the generator
   * @param r  the results
   * @param o  the options
   * @throws IOException on write failure
   */
  public static void write(JsonGenerator g, Results r, Options o) throws IOException {
    g.writeStartObject();
    g.writeStringField("accountId", r.batch().account().accountId());
    g.writeFieldName("categorisation");
    EnrichResponseJson.write(g, r.batch(), r.categories(), o.withTransactions());
    g.writeFieldName("incomeVerification");
    IncomeResponseJson.write(g, r.income(), o.income().includeFlags());
    g.writeFieldName("affordability");
    AffordabilityResponseJson.write(g, r.affordability(), o.withTransactions());
    g.writeFieldName("financialHealth");
    if (r.health() != null) {
      FinancialHealthJson.write(g, r.health());
    } else {
      error(g, "financial_health_not_generated", r.healthError().problem());
    }
    g.writeFieldName("score");
    ScoreResponseJson.write(g, r.score());
    g.writeEndObject();
  }

  private static void error(JsonGenerator g, String code, String description) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", code);
    g.writeStringField("description", description);
    g.writeEndObject();
  }

  /** The summary CSV header. */
  static final String SUMMARY_HEADER = "source,accountId,monthsOfData,estimatedIncome,rankedStreams,benefitIncome,"
      + "estimatedAffordability,fixedCosts,flexibleCosts,debtFees,daysNegative90,score,status";

  /** One summary CSV row (amounts per month, 2 decimals). */
  static String summary(String source, Results r) {
    int digits = r.batch().account().minorUnitDigits();
    int ranked = 0;
    long benefit = 0;
    for (IncomeStream s : r.income().streams()) {
      if (s.isBenefit()) {
        benefit += s.estimatedIncome();
      } else {
        ranked++;
      }
    }
    Affordability a = r.affordability();
    int months = a.months().size();
    String days = r.health() == null ? "" : String.valueOf(r.health().window(90).daysInNegativeBalance());
    return String.join(",", csv(source), csv(r.batch().account().accountId()), String.valueOf(months),
        org.insights.core.Money.format(r.income().summaryEstimatedIncome(), digits), String.valueOf(ranked),
        org.insights.core.Money.format(benefit, digits), a.estimatedAffordability().toPlainString(),
        a.estimatedFixedCosts().toPlainString(), a.estimatedFlexibleCosts().toPlainString(),
        a.estimatedDebtFees().toPlainString(), days, r.score().scored() ? String.valueOf(r.score().attoScore()) : "",
        r.income().status());
  }

  static String csv(String s) {
    if (s == null) {
      return "";
    }
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
