package org.insights.benchmarks;

import java.util.concurrent.TimeUnit;
import org.insights.affordability.Affordability;
import org.insights.affordability.AffordabilityAssessor;
import org.insights.affordability.AffordabilityOptions;
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
 * Affordability of a categorised account of about 5,000 transactions with its income result.
 * <p>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar AffordabilityBenchmark -prof gc -rf json}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class AffordabilityBenchmark {

  /** Approximate transactions in the account. */
  @Param({"5000"})
  public int transactions;

  private EngineInputs in;

  /** Generates, categorises and verifies the account once. */
  @Setup(Level.Trial)
  public void setUp() {
    in = EngineInputs.generate(transactions);
  }

  /** @return the result, so that the work cannot be eliminated */
  @Benchmark
  public Affordability assess() {
    return AffordabilityAssessor.DEFAULT.assess(in.batch(), in.categories(), in.income(),
        AffordabilityOptions.defaults(), in.asOf());
  }
}
