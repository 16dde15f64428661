package org.insights.benchmarks;

import java.time.LocalDate;
import org.insights.affordability.Affordability;
import org.insights.affordability.AffordabilityAssessor;
import org.insights.affordability.AffordabilityOptions;
import org.insights.categoriser.Categorisation;
import org.insights.categoriser.Categoriser;
import org.insights.categoriser.CategoriserOptions;
import org.insights.core.TransactionBatch;
import org.insights.health.FinancialHealth;
import org.insights.health.HealthScorer;
import org.insights.income.IncomeDetector;
import org.insights.income.IncomeOptions;
import org.insights.income.IncomeVerification;
import org.insights.testdata.Scenario;
import org.insights.testdata.ScenarioGenerator;
import org.insights.testdata.ScenarioSpec;

/**
 * A generated account (seed 11) and every upstream engine's result on it, made once per trial so
 * that each benchmark times one engine alone.
 */
record EngineInputs(TransactionBatch batch, LocalDate asOf, Categorisation categories, IncomeVerification income,
    Affordability affordability, FinancialHealth health) {

  static EngineInputs generate(int transactions) {
    Scenario s = ScenarioGenerator.generate(11, ScenarioSpec.sized("GB", transactions));
    TransactionBatch batch = s.batch();
    LocalDate asOf = s.asOf();
    Categorisation categories = Categoriser.DEFAULT.categorise(batch, CategoriserOptions.defaults());
    IncomeVerification income = IncomeDetector.DEFAULT.detect(batch, categories, IncomeOptions.defaults(), asOf);
    Affordability affordability = AffordabilityAssessor.DEFAULT.assess(batch, categories, income,
        AffordabilityOptions.defaults(), asOf);
    return new EngineInputs(batch, asOf, categories, income, affordability, HealthScorer.DEFAULT.measure(batch, asOf));
  }
}
