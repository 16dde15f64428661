package org.insights.benchmarks;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalLong;
import org.insights.affordability.Affordability;
import org.insights.affordability.AffordabilityAssessor;
import org.insights.affordability.AffordabilityOptions;
import org.insights.categoriser.Categorisation;
import org.insights.categoriser.Categoriser;
import org.insights.categoriser.CategoriserOptions;
import org.insights.core.AccountInfo;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoJsonReader;
import org.insights.core.json.AttoJsonWriter;
import org.insights.health.FinancialHealth;
import org.insights.health.HealthScorer;
import org.insights.income.IncomeDetector;
import org.insights.income.IncomeOptions;
import org.insights.income.IncomeVerification;
import org.insights.testdata.Scenario;
import org.insights.testdata.ScenarioGenerator;
import org.insights.testdata.ScenarioSpec;

/**
 * Library mode on a 1,000,000-transaction account: reads it from BYOD JSON bytes and runs every
 * engine, printing the peak heap. Not a JMH benchmark: a memory measurement, run with a heap cap
 * to show the budget holds:
 * {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar org.insights.benchmarks.MillionTransactions}.
 */
public final class MillionTransactions {

  private MillionTransactions() {
  }

  /**
   * @param args  optional row count (default 1,000,000)
   */
  public static void main(String[] args) {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    // Repeat a generated account's rows with fresh ids until there are enough.
    Scenario s = ScenarioGenerator.generate(3, ScenarioSpec.sized("GB", 5000));
    TransactionBatch seed = s.batch();
    TransactionBatch.Builder b = TransactionBatch.builder(AccountInfo.of("million", "GBP", "GB")
        .withType("Personal", "CurrentAccount").withBalances(OptionalLong.of(100_000), OptionalLong.empty()), rows);
    for (int i = 0; i < rows; i++) {
      int r = i % seed.size();
      b.add("m" + i, seed.amount(r), seed.bookingDay(r), seed.isBooked(r), seed.description(r));
    }
    ByteArrayOutputStream json = new ByteArrayOutputStream(rows * 300);
    AttoJsonWriter.DEFAULT.writeByodRequest(b.build(), json);
    byte[] bytes = json.toByteArray();
    json = null;
    long start = System.nanoTime();
    TransactionBatch batch = AttoJsonReader.DEFAULT.read(bytes).accounts().get(0);
    LocalDate asOf = s.asOf();
    Categorisation c = Categoriser.DEFAULT.categorise(batch, CategoriserOptions.defaults());
    IncomeVerification v = IncomeDetector.DEFAULT.detect(batch, c, IncomeOptions.defaults(), asOf);
    Affordability a = AffordabilityAssessor.DEFAULT.assess(batch, c, v, AffordabilityOptions.defaults(), asOf);
    // A BYOD body carries no balance: health walks from the one the caller holds.
    FinancialHealth h = HealthScorer.DEFAULT.measure(batch, batch.account().withBalances(OptionalLong.of(100_000),
        OptionalLong.empty()), asOf);
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.gc();
    long retained = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    System.out.printf(Locale.ROOT, "%d transactions (%d MB of JSON): read and every engine in %.1f s; peak heap %d MB"
        + " (sum of pool peaks), %d MB in use after GC with the input bytes and all results held; max heap %d MB;"
        + " %d streams, %d months, %d windows%n", batch.size(), bytes.length >> 20, seconds, peak >> 20,
        retained >> 20, Runtime.getRuntime().maxMemory() >> 20, v.streams().size(), a.months().size(),
        h.windows().size());
  }
}
