package org.insights.benchmarks;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoJsonReader;
import org.insights.core.json.AttoJsonWriter;
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
 * Reading a BYOD request body from bytes into a {@link TransactionBatch}: Jackson streaming,
 * decimal parsing to minor units, date parsing, dictionary encoding, validation and the date sort.
 * <p>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar ReadBenchmark -prof gc -rf json}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ReadBenchmark {

  /** Transactions in the request. */
  @Param({"5000"})
  public int transactions;

  private byte[] json;

  /** Builds the request once from a seeded generated account. */
  @Setup(Level.Trial)
  public void setUp() {
    TransactionBatch batch = ScenarioGenerator.generate(7, ScenarioSpec.sized("GB", transactions)).batch();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AttoJsonWriter.DEFAULT.writeByodRequest(batch, out);
    json = out.toByteArray();
  }

  /** @return the batch, so that the work cannot be eliminated */
  @Benchmark
  public TransactionBatch readByodRequest() {
    return AttoJsonReader.DEFAULT.read(json).accounts().get(0);
  }
}
