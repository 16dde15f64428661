package org.insights.benchmarks;

import java.util.concurrent.TimeUnit;
import org.insights.health.FinancialHealth;
import org.insights.health.HealthScorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Financial health of one account of about 5,000 transactions over about 400 days: the
 * backward end-of-day walk and the five windows.
 * <p>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar HealthBenchmark -prof gc -rf json}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class HealthBenchmark {

  /** Approximate transactions in the account. */
  @Param({"5000"})
  public int transactions;

  private EngineInputs in;

  /** Generates the account once. */
  @Setup(Level.Trial)
  public void setUp() {
    in = EngineInputs.generate(transactions);
  }

  /** @return the result, so that the work cannot be eliminated */
  @Benchmark
  public FinancialHealth measure() {
    return HealthScorer.DEFAULT.measure(in.batch(), in.asOf());
  }
}
