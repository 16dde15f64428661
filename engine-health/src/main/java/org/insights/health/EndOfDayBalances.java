package org.insights.health;

import java.time.LocalDate;

/**
 * The daily end-of-day balance series, {@code EOD(d) = B - sum of net(x) for x > d}, from the
 * first day of booked data (or asOf when there is none) to asOf, as one primitive column.
 * Immutable.
 */
public final class EndOfDayBalances {

  private final int firstDay;
  private final long[] values;

  EndOfDayBalances(int firstDay, long[] values) {
    this.firstDay = firstDay;
    this.values = values;
  }

  /** @return the epoch day of the first value */
  public int firstDay() {
    return firstDay;
  }

  /** @return the epoch day of the last value (asOf) */
  public int lastDay() {
    return firstDay + values.length - 1;
  }

  /** @return the number of days */
  public int size() {
    return values.length;
  }

  /**
   * @param epochDay  a day from {@link #firstDay()} to {@link #lastDay()}
   * @return the balance at the end of that day, signed minor units
   */
  public long at(int epochDay) {
    if (epochDay < firstDay || epochDay > lastDay()) {
      throw new IllegalArgumentException("day " + LocalDate.ofEpochDay(epochDay) + " is outside "
          + LocalDate.ofEpochDay(firstDay) + ".." + LocalDate.ofEpochDay(lastDay()));
    }
    return values[epochDay - firstDay];
  }

  /** @return a copy of the values, one per day from {@link #firstDay()} */
  public long[] toArray() {
    return values.clone();
  }

  /** @return the internal values; must not be modified */
  public long[] toArrayUnsafe() {
    return values;
  }
}
