package org.insights.benchmarks;

import java.util.concurrent.TimeUnit;
import org.insights.categoriser.Categorisation;
import org.insights.categoriser.Categoriser;
import org.insights.categoriser.CategoriserOptions;
import org.insights.core.TransactionBatch;
import org.insights.testdata.ScenarioGenerator;
import org.insights.testdata.ScenarioSpec;
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
 * Categorising a batch of about 5,000 generated transactions: normalisation, the Aho-Corasick
 * pass and the decision, with identical descriptions computed once.
 * <p>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar CategoriseBenchmark -prof gc -rf json}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class CategoriseBenchmark {

  /** Approximate transactions in the batch. */
  @Param({"5000"})
  public int transactions;

  private TransactionBatch batch;

  /** Generates the batch once. */
  @Setup(Level.Trial)
  public void setUp() {
    batch = ScenarioGenerator.generate(7, ScenarioSpec.sized("GB", transactions)).batch();
  }

  /** @return the result, so that the work cannot be eliminated */
  @Benchmark
  public Categorisation categorise() {
    return Categoriser.DEFAULT.categorise(batch, CategoriserOptions.defaults());
  }
}
