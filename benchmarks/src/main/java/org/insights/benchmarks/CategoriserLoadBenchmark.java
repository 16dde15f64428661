package org.insights.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the categoriser's rules in a fresh JVM: taxonomy, dictionaries, automaton, calibration.
 * Single shot per fork, so each measurement is a cold load.
 * <p>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar CategoriserLoadBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class CategoriserLoadBenchmark {

  /** @return the loaded categoriser */
  @Benchmark
  public Object load() {
    return org.insights.categoriser.Categoriser.DEFAULT;
  }
}
