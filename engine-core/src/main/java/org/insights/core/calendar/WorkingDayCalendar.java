package org.insights.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.BitSet;
import java.util.Objects;

/**
 * A working-day calendar: weekends plus the public holidays of one jurisdiction.
 * <p>
 * Days are UTC epoch days. Holidays are held as a bit set over 1970-01-01 to 2100-12-31; outside
 * that range only weekends are non-working. Immutable and thread-safe; obtain instances from
 * {@link Calendars}.
 */
public final class WorkingDayCalendar {

  static final int FIRST_DAY = (int) LocalDate.of(1970, 1, 1).toEpochDay();
  static final int LAST_DAY = (int) LocalDate.of(2100, 12, 31).toEpochDay();

  private final String name;
  private final BitSet holidays;

  WorkingDayCalendar(String name, BitSet holidays) {
    this.name = Objects.requireNonNull(name);
    this.holidays = (BitSet) holidays.clone();
  }

  /** @return the calendar's name, such as {@code england-and-wales} */
  public String name() {
    return name;
  }

  /**
   * @param epochDay  a UTC epoch day
   * @return true when the day is a public holiday of this calendar (weekends are not holidays)
   */
  public boolean isHoliday(int epochDay) {
    return epochDay >= FIRST_DAY && epochDay <= LAST_DAY && holidays.get(epochDay - FIRST_DAY);
  }

  /**
   * @param epochDay  a UTC epoch day
   * @return true when the day is neither a Saturday, a Sunday nor a holiday
   */
  public boolean isWorkingDay(int epochDay) {
    // 1970-01-01 was a Thursday: floorMod(day + 3, 7) is 0 on Monday .. 6 on Sunday.
    int dow = Math.floorMod(epochDay + 3, 7);
    return dow < 5 && !isHoliday(epochDay);
  }

  /**
   * @param epochDay  a UTC epoch day
   * @return the day itself when it is a working day, else the latest working day before it
   */
  public int onOrBefore(int epochDay) {
    int d = epochDay;
    while (!isWorkingDay(d)) {
      d--;
    }
    return d;
  }

  /**
   * @param epochDay  a UTC epoch day
   * @return the day itself when it is a working day, else the first working day after it
   */
  public int onOrAfter(int epochDay) {
    int d = epochDay;
    while (!isWorkingDay(d)) {
      d++;
    }
    return d;
  }

  /**
   * @param month  a calendar month
   * @return the epoch day of the month's last working day
   */
  public int lastWorkingDay(YearMonth month) {
    return onOrBefore((int) month.atEndOfMonth().toEpochDay());
  }

  /**
   * @param epochDay  a UTC epoch day
   * @return the day of the week
   */
  public static DayOfWeek dayOfWeek(int epochDay) {
    return DayOfWeek.of(Math.floorMod(epochDay + 3, 7) + 1);
  }

  @Override
  public String toString() {
    return "WorkingDayCalendar[" + name + "]";
  }
}
