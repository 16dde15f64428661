package org.insights.health;

/**
 * The ten metrics of one time window (SPEC section 7), before output rounding.
 * <p>
 * Amounts are minor units of the account currency; the balance statistics are in minor units
 * too, as exact longs where they are balances and as doubles where they are moments. Immutable.
 *
 * @param window  the window length W in days: 30, 60, 90, 180 or 360
 * @param computedWindow  the window whose values these are: W itself, or the largest window that
 *     fits in the data period when the data period is shorter than W (SPEC's fallback rule)
 * @param totalCreditsCount  booked credits in the window
 * @param totalDebitsCount  booked debits in the window
 * @param totalCreditsAmount  their sum, positive minor units
 * @param totalDebitsAmount  their sum, positive minor units
 * @param endOfDayBalanceLow  the lowest end-of-day balance, minor units
 * @param endOfDayBalanceHigh  the highest end-of-day balance, minor units
 * @param endOfDayBalanceMean  the mean end-of-day balance, minor units
 * @param endOfDayBalanceVariability  the population standard deviation of end-of-day balances, minor units
 * @param endOfDayBalanceConsistency  {@code 1 - sigma / (|mu| + sigma)}, 1 when sigma is 0
 * @param daysInNegativeBalance  days whose end-of-day balance is below zero
 */
public record WindowMetrics(
    int window,
    int computedWindow,
    int totalCreditsCount,
    int totalDebitsCount,
    long totalCreditsAmount,
    long totalDebitsAmount,
    long endOfDayBalanceLow,
    long endOfDayBalanceHigh,
    double endOfDayBalanceMean,
    double endOfDayBalanceVariability,
    double endOfDayBalanceConsistency,
    int daysInNegativeBalance) {

  /**
   * Returns {@code averageCreditsMinusDebits} in minor units: the net flow per 30 days,
   * {@code (credits - debits) / (W / 30)} with W the computed window.
   *
   * @return the net flow per 30 days, minor units (not rounded)
   */
  public double averageCreditsMinusDebits() {
    return (double) (totalCreditsAmount - totalDebitsAmount) * 30.0 / computedWindow;
  }

  /**
   * Returns {@code percentageOfDaysInNegativeBalance}: {@code 100 * negative days / W}, W the
   * computed window.
   *
   * @return the percentage, 0..100
   */
  public double percentageOfDaysInNegativeBalance() {
    return 100.0 * daysInNegativeBalance / computedWindow;
  }

  /**
   * Returns a copy reporting these values under another window length (the fallback rule).
   *
   * @param w  the window length to report
   * @return the copy
   */
  WindowMetrics as(int w) {
    return new WindowMetrics(w, computedWindow, totalCreditsCount, totalDebitsCount, totalCreditsAmount,
        totalDebitsAmount, endOfDayBalanceLow, endOfDayBalanceHigh, endOfDayBalanceMean, endOfDayBalanceVariability,
        endOfDayBalanceConsistency, daysInNegativeBalance);
  }
}
