package org.insights.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoJsonReader;
import org.insights.testdata.BerkaConverter;
import org.insights.testdata.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The end-of-day walk against a real bank's own running balances (PKDD'99 Berka data): each
 * account is converted to Atto JSON, read back, walked from the bank's last balance and compared
 * with the bank's balance after each day's last transaction. See the package docs of
 * engine-health (README) for the outliers and why they occur.
 */
class BerkaBalanceTest {

  private static final long TOLERANCE = 500; // 5.00 CZK

  /** Returns {account-days, within tolerance, exactly equal, largest difference within tolerance}. */
  private static long[] compare(Path file, Map<String, Integer> outliersByAccount) throws IOException {
    long days = 0;
    long within = 0;
    long exact = 0;
    long largest = 0;
    for (BerkaConverter.Account a : BerkaConverter.read(file)) {
      TransactionBatch batch = AttoJsonReader.DEFAULT.read(a.json()).accounts().get(0);
      EndOfDayBalances eod = HealthScorer.DEFAULT.measure(batch, a.lastDay()).endOfDayBalances();
      for (Map.Entry<Integer, Long> e : a.bankEndOfDay().entrySet()) {
        days++;
        long diff = Math.abs(eod.at(e.getKey()) - e.getValue());
        exact += diff == 0 ? 1 : 0;
        if (diff <= TOLERANCE) {
          within++;
          largest = Math.max(largest, diff);
        } else {
          outliersByAccount.merge(batch.account().accountId(), 1, Integer::sum);
        }
      }
    }
    return new long[] {days, within, exact, largest};
  }

  @Test
  void test_walk_matchesBankBalancesOnEcac() throws IOException {
    Path file = SharedData.find("berka/ecac/trans_test.csv");
    assumeThat(file).as("../shared/data is absent").isNotNull();
    Map<String, Integer> outliers = new TreeMap<>();
    long[] r = compare(file, outliers);
    assertThat(r[0]).isEqualTo(23_439);
    // Distribution: 11,012 days exact to the cent; the rest only carry the bank's interest rounding drift.
    assertThat(r[2]).isEqualTo(11_012);
    assertThat(r[3]).isLessThanOrEqualTo(100);
    assertThat((double) r[1] / r[0]).as("share within 5.00 CZK, outliers %s", outliers).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void test_walk_matchesBankBalancesOnPrefix() throws IOException {
    Path file = SharedData.find("berka/trans_prefix_1993-01_to_1994-03.asc");
    assumeThat(file).as("../shared/data is absent").isNotNull();
    Map<String, Integer> outliers = new TreeMap<>();
    long[] r = compare(file, outliers);
    assertThat(r[0]).isEqualTo(39_960);
    assertThat(r[2]).isEqualTo(20_959);
    assertThat(r[3]).isLessThanOrEqualTo(100);
    // The 29 truncated accounts (see README) hold every outlier day.
    assertThat(outliers).hasSize(29);
    assertThat((double) r[1] / r[0]).as("share within 5.00 CZK").isGreaterThanOrEqualTo(0.95);
    // Every outlier account lost its 1994-03-31 interest row to the file's 3 MiB cut (see README).
    List<String> truncated = List.of("2932", "11013", "2926", "2902");
    assertThat(outliers.keySet()).containsAll(truncated);
  }
}
