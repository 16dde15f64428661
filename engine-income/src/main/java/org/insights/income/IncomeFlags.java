package org.insights.income;

/**
 * The checks behind a stream's {@code confidenceScore} (SPEC section 5). Immutable.
 * <p>
 * Formulas, over the complete months month1..month11 that lie at least partly inside the data
 * period (months wholly before it are left out):
 * <ul>
 *   <li>{@code incomeForLast3Months}: month1, month2 and month3 each hold income from the stream;
 *   <li>{@code varianceTolerance5Percent} / {@code 10Percent}: month1..month3 are each within 5% /
 *       10% of {@code estimatedIncome};
 *   <li>{@code mostRecentCheckValue}: the latest payment is within 10% of the typical recent payment;
 *   <li>{@code stabilityOverall}: {@code 1 - min(1, sd / mean)} of the monthly totals of all covered
 *       months; {@code stability6Months} the same over month1..month6 (0 when no covered month has
 *       income).
 * </ul>
 * {@code confidenceScore = 0.30 incomeForLast3Months + 0.10 varianceTolerance5Percent + 0.15
 * varianceTolerance10Percent + 0.15 mostRecentCheckValue + 0.15 stabilityOverall + 0.15
 * stability6Months}, so it lies in 0..1.
 *
 * @param incomeForLast3Months  income in each of month1..month3
 * @param varianceTolerance5Percent  month1..month3 within 5% of the estimate
 * @param varianceTolerance10Percent  month1..month3 within 10% of the estimate
 * @param mostRecentCheckValue  the latest payment is in line with the typical payment
 * @param stabilityOverall  0..1
 * @param stability6Months  0..1
 */
public record IncomeFlags(boolean incomeForLast3Months, boolean varianceTolerance5Percent,
    boolean varianceTolerance10Percent, boolean mostRecentCheckValue, double stabilityOverall,
    double stability6Months) {

  /** @return the confidence score of the documented formula, 0..1 */
  public double confidenceScore() {
    return 0.30 * (incomeForLast3Months ? 1 : 0) + 0.10 * (varianceTolerance5Percent ? 1 : 0)
        + 0.15 * (varianceTolerance10Percent ? 1 : 0) + 0.15 * (mostRecentCheckValue ? 1 : 0)
        + 0.15 * stabilityOverall + 0.15 * stability6Months;
  }
}
