package org.insights.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.insights.cli.AccountPipeline;
import org.insights.core.ReferenceDate;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoInput;
import org.insights.core.json.AttoJsonReader;
import org.insights.core.json.AttoJsonWriter;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole per-account pipeline from JSON bytes to JSON bytes: read, categorise, income,
 * affordability, health, and the {@code insights all} object with every transaction list.
 * <p>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar PipelineBenchmark -prof gc -rf json}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class PipelineBenchmark {

  /** Approximate transactions in the account. */
  @Param({"5000"})
  public int transactions;

  private byte[] json;

  /** Writes the account's Data API JSON once. */
  @Setup(Level.Trial)
  public void setUp() {
    Scenario s = ScenarioGenerator.generate(7, ScenarioSpec.sized("GB", transactions));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AttoJsonWriter.DEFAULT.writeAccounts(java.util.List.of(s.batch()), s.asOf(), null, out);
    json = out.toByteArray();
  }

  /**
   * @return the output bytes
   * @throws IOException never (in-memory)
   */
  @Benchmark
  public byte[] bytesToBytes() throws IOException {
    AttoInput in = AttoJsonReader.DEFAULT.read(json);
    TransactionBatch b = in.accounts().get(0);
    AccountPipeline.Options options = AccountPipeline.Options.defaults();
    AccountPipeline.Results r = AccountPipeline.run(b, ReferenceDate.resolve(null, in.requestDate(), b), options);
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.size() * 700);
    try (JsonGenerator g = AttoJsonWriter.DEFAULT.generator(out)) {
      AccountPipeline.write(g, r, options);
    }
    return out.toByteArray();
  }
}
