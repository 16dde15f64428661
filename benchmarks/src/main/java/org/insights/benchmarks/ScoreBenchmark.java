package org.insights.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
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
import org.insights.score.ScoreOptions;
import org.insights.score.ScoreResult;
import org.insights.score.Scorer;
import org.insights.testdata.Scenario;
import org.insights.testdata.ScenarioGenerator;
import org.insights.testdata.ScenarioSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring an account whose engines have run: validation, the feature vector and the scorecard.
 * <p>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar ScoreBenchmark -prof gc -rf json}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ScoreBenchmark {

  private TransactionBatch batch;
  private Categorisation categories;
  private IncomeVerification income;
  private Affordability affordability;
  private FinancialHealth health;
  private LocalDate asOf;

  /** Runs the engines once on a generated account of about 1,000 transactions. */
  @Setup(Level.Trial)
  public void setUp() {
    Scenario s = ScenarioGenerator.generate(11, ScenarioSpec.sized("GB", 1000));
    batch = s.batch();
    asOf = s.asOf();
    categories = Categoriser.DEFAULT.categorise(batch, CategoriserOptions.defaults());
    income = IncomeDetector.DEFAULT.detect(batch, categories, IncomeOptions.defaults(), asOf);
    affordability = AffordabilityAssessor.DEFAULT.assess(batch, categories, income, AffordabilityOptions.defaults(),
        asOf);
    health = HealthScorer.DEFAULT.measure(batch, asOf);
  }

  /** @return the score */
  @Benchmark
  public ScoreResult score() {
    return Scorer.DEFAULT.score(batch, categories, income, affordability, health, ScoreOptions.defaults(), asOf);
  }
}
