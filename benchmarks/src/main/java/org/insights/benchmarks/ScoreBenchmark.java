package org.insights.benchmarks;

import java.util.concurrent.TimeUnit;
import org.insights.score.ScoreOptions;
import org.insights.score.ScoreResult;
import org.insights.score.Scorer;
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

  private EngineInputs in;

  /** Runs the engines once on a generated account of about 1,000 transactions. */
  @Setup(Level.Trial)
  public void setUp() {
    in = EngineInputs.generate(1000);
  }

  /** @return the score */
  @Benchmark
  public ScoreResult score() {
    return Scorer.DEFAULT.score(in.batch(), in.categories(), in.income(), in.affordability(), in.health(),
        ScoreOptions.defaults(), in.asOf());
  }
}
