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
 * Categorising a batch of about 5,000 transactions: normalisation, the Aho-Corasick pass and the
 * decision, with identical descriptions computed once. {@code generated}: a generated UK account,
 * whose merchants repeat as real statements do. {@code distinctCardLines}: the worst case, 5,000
 * different fixed-width US card lines of invented independents (as a portfolio of many customers'
 * card spend would be), each normalised, matched, named and mostly left to the model.
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

  /**
   * Which batch: {@code generated}, {@code distinctCardLines} (fixed-width), or
   * {@code distinctOneSpaceLines} (the same lines with one space between words, as most exports print
   * them: where the merchant ends is read from the words).
   */
  @Param({"generated", "distinctCardLines", "distinctOneSpaceLines"})
  public String batchKind;

  private TransactionBatch batch;

  /** Generates the batch once. */
  @Setup(Level.Trial)
  public void setUp() {
    batch = batchKind.equals("generated") ? ScenarioGenerator.generate(7, ScenarioSpec.sized("GB", transactions)).batch()
        : distinctCardLines(transactions, batchKind.equals("distinctOneSpaceLines"));
  }

  /** Invented independents' card lines in the fixed-width layout (or one-spaced), all different; seeded. */
  static TransactionBatch distinctCardLines(int n, boolean oneSpace) {
    String[] names = {"MARIOS", "BLUE", "DOOR", "RIVERSIDE", "SUNSET", "OAK", "MAIN", "STREET", "GOLDEN", "EAGLE",
        "SMITH", "GARCIA", "NGUYEN", "PATEL", "JOHNSON", "LEE", "KING", "PINE", "VALLEY", "HARBOR", "STAR", "ACME"};
    String[] kinds = {"CAFE", "PIZZA", "DENTAL", "AUTO REPAIR", "SALON", "HARDWARE", "BOOKS", "MARKET", "LIQUOR",
        "FLORAL", "GRILL", "INC", "LLC", "", "", "", "CO", "TACOS", "CLEANERS", "TIRE"};
    String[] towns = {"PHOENIX      AZ", "DENVER       CO", "TUCSON       AZ", "SEATTLE      WA", "AUSTIN       TX"};
    java.util.Random random = new java.util.Random(7);
    TransactionBatch.Builder b = TransactionBatch.builder(org.insights.core.AccountInfo.of("bench", "USD", "US"), n);
    for (int i = 0; i < n; i++) {
      // A made-up word (letters from the row number) keeps every line different after normalisation.
      String word = Integer.toString(i + 1_000, 26).chars().mapToObj(ch -> String.valueOf(
          (char) (Character.isDigit(ch) ? 'A' + ch - '0' : 'K' + ch - 'a'))).collect(java.util.stream.Collectors.joining());
      String name = word + " " + names[random.nextInt(names.length)] + " " + kinds[random.nextInt(kinds.length)];
      String column = String.format(java.util.Locale.ROOT, "%-22.22s", name.replaceAll(" +", " ").trim());
      String line = "CHECK CRD PURCHASE 11/11 " + column + " " + towns[random.nextInt(towns.length)]
          + " 123456XXXXXX7890 123456789012345                               ?MCC=1234 11";
      b.add("t" + i, -(100L + random.nextInt(20_000)), 19_000 + i % 90, true,
          oneSpace ? line.trim().replaceAll(" {2,}", " ") : line);
    }
    return b.build();
  }

  /** @return the result, so that the work cannot be eliminated */
  @Benchmark
  public Categorisation categorise() {
    return Categoriser.DEFAULT.categorise(batch, CategoriserOptions.defaults());
  }
}
