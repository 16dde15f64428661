package org.insights.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoJsonReader;
import org.insights.core.json.AttoJsonWriter;

/** SPEC section 2: input order is irrelevant. */
class ShuffleProperties {

  @Provide
  Arbitrary<TransactionBatch> batches() {
    return BatchArbitraries.batches(200, 400);
  }

  private static int[] shuffled(int n, long seed) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Random r = new Random(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  @Property(tries = 200)
  void shufflingRowsGivesTheSameDateOrderedBatch(@ForAll("batches") TransactionBatch batch, @ForAll long seed) {
    TransactionBatch shuffled = batch.reordered(shuffled(batch.size(), seed));
    assertThat(shuffled.sortedByDate()).isEqualTo(batch.sortedByDate());
    assertThat(shuffled.sameTransactionsAs(batch)).isTrue();
  }

  @Property(tries = 30)
  void shuffledGeneratedAccountsReadBackIdentically(@ForAll @From("seeds") long seed, @ForAll long shuffleSeed) {
    Scenario s = ScenarioGenerator.generate(seed, seed % 2 == 0 ? ScenarioSpec.uk() : ScenarioSpec.us());
    TransactionBatch shuffled = s.batch().reordered(shuffled(s.batch().size(), shuffleSeed));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AttoJsonWriter.DEFAULT.writeAccounts(List.of(shuffled), s.asOf(), null, out);
    TransactionBatch read = AttoJsonReader.DEFAULT.read(out.toByteArray()).accounts().get(0);
    assertThat(read.sortedByDate()).isEqualTo(s.batch().sortedByDate());
  }

  @Provide
  Arbitrary<Long> seeds() {
    return BatchArbitraries.seeds();
  }
}
