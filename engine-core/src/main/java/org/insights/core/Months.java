package org.insights.core;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Calendar-month arithmetic shared by every engine.
 * <p>
 * {@code month1} is the last complete calendar month before the month that contains
 * {@code asOf}; {@code month2} the one before it, and so on (SPEC section 5). Days are UTC
 * epoch days. Static and thread-safe.
 */
public final class Months {

  private Months() {
  }

  /**
   * Returns {@code month k}: the k-th complete calendar month before the month containing asOf.
   *
   * @param asOf  the reference date
   * @param k  1 for month1, 2 for month2, ...
   * @return the month
   */
  public static YearMonth completeMonth(LocalDate asOf, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("Argument 'k' must be at least 1 but has value " + k);
    }
    return YearMonth.from(asOf).minusMonths(k);
  }

  /**
   * Returns the complete months before asOf's month, most recent first.
   *
   * @param asOf  the reference date
   * @param count  how many months
   * @return {@code [month1, month2, ..., month<count>]}
   */
  public static YearMonth[] completeMonths(LocalDate asOf, int count) {
    YearMonth[] months = new YearMonth[count];
    for (int k = 1; k <= count; k++) {
      months[k - 1] = completeMonth(asOf, k);
    }
    return months;
  }

  /** @param month  a month @return the epoch day of its first day */
  public static int firstDay(YearMonth month) {
    return (int) month.atDay(1).toEpochDay();
  }

  /** @param month  a month @return the epoch day of its last day */
  public static int lastDay(YearMonth month) {
    return (int) month.atEndOfMonth().toEpochDay();
  }

  /**
   * Returns the month index of an epoch day as {@code year * 12 + (month - 1)}, a dense integer
   * that hot loops use instead of {@link YearMonth} objects.
   *
   * @param epochDay  a UTC epoch day
   * @return the month index
   */
  public static int monthIndex(int epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    return d.getYear() * 12 + d.getMonthValue() - 1;
  }

  /** @param month  a month @return its dense month index ({@code year * 12 + month - 1}) */
  public static int monthIndex(YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue() - 1;
  }
}
