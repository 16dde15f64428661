package org.insights.health;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.insights.core.AccountInfo;
import org.insights.core.BadInputException;
import org.insights.core.TransactionBatch;

/**
 * Consumer and business financial health: the pinned formulas of SPEC section 7.
 * <p>
 * Only booked transactions count; pending ones are ignored everywhere. The end-of-day balance
 * walks backwards from the current balance B: {@code EOD(d) = B - sum of net(x) for x > d}, so
 * transactions after asOf are undone too, although they are not counted in any window. The walk
 * is one pass over the date-ordered rows.
 * <p>
 * Window W covers {@code asOf - W + 1 .. asOf}. When the data period (here
 * {@code asOf - earliest booked date + 1}, since pending rows are ignored) is shorter than W, the
 * window reports the values of the largest of 30, 60, 90, 180, 360 that fits; under 30 days the
 * 30-day window is computed as is (the days before the data hold the opening balance) and every
 * other window equals it.
 * <p>
 * Choice: an account without a current balance (a BYOD body carries none) cannot be walked, so
 * it is refused with {@link BadInputException} on {@code balances.current} rather than given
 * invented balances.
 * <p>
 * Stateless and thread-safe; use {@link #DEFAULT}.
 */
public final class HealthScorer {

  /** The scorer. */
  public static final HealthScorer DEFAULT = new HealthScorer();

  /** The window lengths in days, in output order. */
  public static final int[] WINDOWS = {30, 60, 90, 180, 360};

  private static final int LONGEST = 360;

  private HealthScorer() {
  }

  /**
   * Measures an account whose metadata carries its current balance.
   *
   * @param batch  the account's transactions
   * @param asOf  the reference date
   * @return the five windows and the daily balances
   */
  public FinancialHealth measure(TransactionBatch batch, LocalDate asOf) {
    return measure(batch, batch.account(), asOf);
  }

  /**
   * Measures an account.
   *
   * @param batch  the account's transactions
   * @param account  the account metadata whose current balance starts the walk
   * @param asOf  the reference date
   * @return the five windows and the daily balances
   * @throws BadInputException when the account has no current balance
   */
  public FinancialHealth measure(TransactionBatch batch, AccountInfo account, LocalDate asOf) {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(asOf, "asOf");
    if (account.currentBalance().isEmpty()) {
      throw BadInputException.of("balances.current", "financial health needs the account's current balance "
          + "to walk end-of-day balances back from, but the account has none");
    }
    long current = account.currentBalance().getAsLong();
    int as = Math.toIntExact(asOf.toEpochDay());
    int[] order = batch.dateOrderUnsafe();
    int[] days = batch.bookingDaysUnsafe();
    long[] amounts = batch.amountsUnsafe();
    byte[] statuses = batch.statusesUnsafe();

    int firstBooked = Integer.MAX_VALUE;
    for (int k = 0; k < order.length; k++) {
      int row = order[k];
      if (statuses[row] == TransactionBatch.BOOKED) {
        firstBooked = days[row];
        break;
      }
    }
    int dataPeriod = firstBooked > as ? 0 : as - firstBooked + 1;
    int from = Math.min(firstBooked > as ? as : firstBooked, as - LONGEST + 1);
    long[] eod = new long[as - from + 1];

    // Window totals by the smallest window that holds the row, accumulated outward below.
    int[] creditCount = new int[WINDOWS.length];
    int[] debitCount = new int[WINDOWS.length];
    long[] creditSum = new long[WINDOWS.length];
    long[] debitSum = new long[WINDOWS.length];

    long balance = current;
    int k = order.length - 1;
    while (k >= 0 && days[order[k]] > as) {
      int row = order[k--];
      if (statuses[row] == TransactionBatch.BOOKED) {
        balance -= amounts[row];
      }
    }
    for (int d = as; d >= from; d--) {
      eod[d - from] = balance;
      int age = as - d;
      int bucket = bucket(age);
      while (k >= 0 && days[order[k]] == d) {
        int row = order[k--];
        if (statuses[row] != TransactionBatch.BOOKED) {
          continue;
        }
        long a = amounts[row];
        balance -= a;
        if (bucket >= 0) {
          if (a > 0) {
            creditCount[bucket]++;
            creditSum[bucket] += a;
          } else if (a < 0) {
            debitCount[bucket]++;
            debitSum[bucket] -= a;
          }
        }
      }
    }
    for (int w = 1; w < WINDOWS.length; w++) {
      creditCount[w] += creditCount[w - 1];
      debitCount[w] += debitCount[w - 1];
      creditSum[w] += creditSum[w - 1];
      debitSum[w] += debitSum[w - 1];
    }

    List<WindowMetrics> windows = new ArrayList<>(WINDOWS.length);
    WindowMetrics[] computed = new WindowMetrics[WINDOWS.length];
    for (int w = 0; w < WINDOWS.length; w++) {
      int use = effective(w, dataPeriod);
      if (computed[use] == null) {
        computed[use] = window(use, eod, from, as, creditCount, debitCount, creditSum, debitSum);
      }
      windows.add(computed[use].as(WINDOWS[w]));
    }
    int seriesFrom = firstBooked > as ? as : firstBooked;
    long[] series = seriesFrom == from ? eod : java.util.Arrays.copyOfRange(eod, seriesFrom - from, eod.length);
    return new FinancialHealth(account, asOf, dataPeriod, windows, new EndOfDayBalances(seriesFrom, series));
  }

  /** Index of the smallest window holding a row of the given age in days, or -1 beyond 360. */
  private static int bucket(int age) {
    for (int w = 0; w < WINDOWS.length; w++) {
      if (age < WINDOWS[w]) {
        return w;
      }
    }
    return -1;
  }

  /** Index of the window whose values window {@code w} reports under the fallback rule. */
  static int effective(int w, int dataPeriod) {
    if (dataPeriod >= WINDOWS[w]) {
      return w;
    }
    int use = 0;
    for (int v = 0; v < w; v++) {
      if (WINDOWS[v] <= dataPeriod) {
        use = v;
      }
    }
    return use;
  }

  private static WindowMetrics window(int w, long[] eod, int from, int as, int[] creditCount, int[] debitCount,
      long[] creditSum, long[] debitSum) {
    int length = WINDOWS[w];
    int start = as - length + 1 - from;
    long low = Long.MAX_VALUE;
    long high = Long.MIN_VALUE;
    int negative = 0;
    double sum = 0;
    for (int i = start; i < eod.length; i++) {
      long v = eod[i];
      low = Math.min(low, v);
      high = Math.max(high, v);
      negative += v < 0 ? 1 : 0;
      sum += v;
    }
    double mean = sum / length;
    double squares = 0;
    for (int i = start; i < eod.length; i++) {
      double dev = eod[i] - mean;
      squares += dev * dev;
    }
    double sigma = Math.sqrt(squares / length);
    double consistency = sigma == 0 ? 1.0 : 1.0 - sigma / (Math.abs(mean) + sigma);
    return new WindowMetrics(length, length, creditCount[w], debitCount[w], creditSum[w], debitSum[w], low, high,
        mean, sigma, consistency, negative);
  }
}
