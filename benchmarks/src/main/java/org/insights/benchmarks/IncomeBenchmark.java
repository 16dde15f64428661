package org.insights.benchmarks;

import java.util.concurrent.TimeUnit;
import org.insights.income.IncomeDetector;
import org.insights.income.IncomeOptions;
import org.insights.income.IncomeVerification;
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
 * Income detection on a categorised account of about 5,000 transactions over 13 months.
 * <p>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar IncomeBenchmark -prof gc -rf json}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class IncomeBenchmark {

  /** Approximate transactions in the account. */
  @Param({"5000"})
  public int transactions;

  private EngineInputs in;

  /** Generates and categorises the account once. */
  @Setup(Level.Trial)
  public void setUp() {
    in = EngineInputs.generate(transactions);
  }

  /** @return the result, so that the work cannot be eliminated */
  @Benchmark
  public IncomeVerification detect() {
    return IncomeDetector.DEFAULT.detect(in.batch(), in.categories(), IncomeOptions.defaults(), in.asOf());
  }
}
