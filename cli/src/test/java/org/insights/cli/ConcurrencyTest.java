package org.insights.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.insights.core.json.AttoJsonWriter;
import org.insights.testdata.Scenario;
import org.insights.testdata.ScenarioGenerator;
import org.insights.testdata.ScenarioSpec;
import org.junit.jupiter.api.Test;

/** One instance of every engine shared by 8 threads over 1,000 accounts gives the single-threaded bytes. */
class ConcurrencyTest {

  private static byte[] all(Scenario s) {
    AccountPipeline.Options o = AccountPipeline.Options.defaults();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = AttoJsonWriter.DEFAULT.generator(out)) {
      AccountPipeline.write(g, AccountPipeline.run(s.batch(), s.asOf(), o), o);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out.toByteArray();
  }

  @Test
  void test_engines_sharedBy8ThreadsOver1000Accounts() throws Exception {
    List<Scenario> accounts = new ArrayList<>();
    for (int k = 0; k < 1000; k++) {
      accounts.add(ScenarioGenerator.generate(50_000 + k, new ScenarioSpec(k % 2 == 0 ? "GB" : "US", 3, 6, 0.5)));
    }
    List<byte[]> single = new ArrayList<>();
    for (Scenario s : accounts) {
      single.add(all(s));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<byte[]>> futures = new ArrayList<>();
      // Every thread starts on a different account and all run at once.
      for (int k = 0; k < accounts.size(); k++) {
        Scenario s = accounts.get((k * 7) % accounts.size());
        futures.add(pool.submit(() -> all(s)));
      }
      for (int k = 0; k < accounts.size(); k++) {
        assertThat(futures.get(k).get()).as("account %d", (k * 7) % accounts.size())
            .isEqualTo(single.get((k * 7) % accounts.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
