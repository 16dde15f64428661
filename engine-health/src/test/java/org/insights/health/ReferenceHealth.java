package org.insights.health;

import java.time.LocalDate;
import org.insights.core.TransactionBatch;

/**
 * The slow, obvious implementation of SPEC section 7, written from the text of the spec and
 * sharing nothing with the engine: every day's balance rescans every transaction.
 */
final class ReferenceHealth {

  static final int[] WINDOWS = {30, 60, 90, 180, 360};

  private ReferenceHealth() {
  }

  /** EOD(d) = B - sum of net(x) for all booked x after d. */
  static long eod(TransactionBatch b, long current, int d) {
    long after = 0;
    for (int i = 0; i < b.size(); i++) {
      if (b.isBooked(i) && b.bookingDay(i) > d) {
        after += b.amount(i);
      }
    }
    return current - after;
  }

  static int dataPeriod(TransactionBatch b, LocalDate asOf) {
    int earliest = Integer.MAX_VALUE;
    for (int i = 0; i < b.size(); i++) {
      if (b.isBooked(i)) {
        earliest = Math.min(earliest, b.bookingDay(i));
      }
    }
    long p = asOf.toEpochDay() - earliest + 1;
    return earliest == Integer.MAX_VALUE || p < 0 ? 0 : (int) p;
  }

  /** The window whose values window W reports. */
  static int computedWindow(int w, int dataPeriod) {
    if (dataPeriod >= w) {
      return w;
    }
    int best = 30;
    for (int v : WINDOWS) {
      if (v <= dataPeriod && v < w) {
        best = v;
      }
    }
    return best;
  }

  /** Returns {credits, debits, creditSum, debitSum, low, high, negativeDays} and, as doubles, {mean, sigma}. */
  static Object[] window(TransactionBatch b, long current, LocalDate asOf, int w) {
    int as = (int) asOf.toEpochDay();
    int first = as - w + 1;
    long credits = 0;
    long debits = 0;
    long creditSum = 0;
    long debitSum = 0;
    for (int i = 0; i < b.size(); i++) {
      int d = b.bookingDay(i);
      if (b.isBooked(i) && d >= first && d <= as) {
        if (b.amount(i) > 0) {
          credits++;
          creditSum += b.amount(i);
        } else if (b.amount(i) < 0) {
          debits++;
          debitSum += -b.amount(i);
        }
      }
    }
    long low = Long.MAX_VALUE;
    long high = Long.MIN_VALUE;
    long negative = 0;
    long[] values = new long[w];
    for (int d = first; d <= as; d++) {
      long v = eod(b, current, d);
      values[d - first] = v;
      low = Math.min(low, v);
      high = Math.max(high, v);
      if (v < 0) {
        negative++;
      }
    }
    java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
    for (long v : values) {
      sum = sum.add(java.math.BigDecimal.valueOf(v));
    }
    double mean = sum.doubleValue() / w;
    double var = 0;
    for (long v : values) {
      var += (v - mean) * (v - mean);
    }
    double sigma = Math.sqrt(var / w);
    return new Object[] {new long[] {credits, debits, creditSum, debitSum, low, high, negative},
        new double[] {mean, sigma}};
  }
}
