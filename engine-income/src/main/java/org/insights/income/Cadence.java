package org.insights.income;

/** How often an income stream pays (SPEC section 5). */
public enum Cadence {
  /** Every 7 days. */
  WEEKLY(7.0, 52),
  /** Every 14 days. */
  FORTNIGHTLY(14.0, 26),
  /** Every 28 days. */
  FOUR_WEEKLY(28.0, 13),
  /** Twice a calendar month. */
  SEMI_MONTHLY(365.25 / 24, 24),
  /** Once a calendar month (fixed day, last working day or n-th weekday; see {@link MonthlyRule}). */
  MONTHLY(365.25 / 12, 12),
  /** Every three months. */
  QUARTERLY(365.25 / 4, 4),
  /** Recurring but without a recognisable period (benefits only). */
  IRREGULAR(0, 0);

  private final double days;
  private final int perYear;

  Cadence(double days, int perYear) {
    this.days = days;
    this.perYear = perYear;
  }

  /** @return the nominal period in days, 0 for {@link #IRREGULAR} */
  public double days() {
    return days;
  }

  /** @return payments per year, 0 for {@link #IRREGULAR} */
  public int paymentsPerYear() {
    return perYear;
  }
}
