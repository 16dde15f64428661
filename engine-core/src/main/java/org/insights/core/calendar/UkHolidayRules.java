package org.insights.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The standing UK bank-holiday rules, used for years the shipped gov.uk feed does not cover.
 * <p>
 * They give the regular holidays only: one-off days proclaimed for a year (jubilees, royal
 * weddings and funerals, the 2020 move of the early May holiday) come from the feed. A fixed-date
 * holiday that falls on a weekend is replaced by the next weekday that is not already a holiday.
 */
public final class UkHolidayRules {

  /** The three UK bank-holiday divisions. */
  public enum Division {
    /** England and Wales. */
    ENGLAND_AND_WALES,
    /** Scotland. */
    SCOTLAND,
    /** Northern Ireland. */
    NORTHERN_IRELAND
  }

  private UkHolidayRules() {
  }

  /**
   * Returns the regular bank holidays of a division in a year, in date order.
   *
   * @param division  the division
   * @param year  the year
   * @return the holidays, substitutes applied
   */
  public static List<LocalDate> holidays(Division division, int year) {
    TreeSet<LocalDate> days = new TreeSet<>();
    LocalDate easter = easterSunday(year);
    days.add(easter.minusDays(2));
    if (division != Division.SCOTLAND) {
      days.add(easter.plusDays(1));
    }
    days.add(Calendars.nth(year, Month.MAY, DayOfWeek.MONDAY, 1));
    days.add(LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    if (division == Division.SCOTLAND) {
      days.add(Calendars.nth(year, Month.AUGUST, DayOfWeek.MONDAY, 1));
    } else {
      days.add(LocalDate.of(year, 8, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }
    List<LocalDate> fixed = new ArrayList<>();
    fixed.add(LocalDate.of(year, 1, 1));
    if (division == Division.SCOTLAND) {
      fixed.add(LocalDate.of(year, 1, 2));
      fixed.add(LocalDate.of(year, 11, 30));
    }
    if (division == Division.NORTHERN_IRELAND) {
      fixed.add(LocalDate.of(year, 3, 17));
      fixed.add(LocalDate.of(year, 7, 12));
    }
    fixed.add(LocalDate.of(year, 12, 25));
    fixed.add(LocalDate.of(year, 12, 26));
    fixed.sort(null);
    for (LocalDate d : fixed) {
      LocalDate day = d;
      while (isWeekend(day) || days.contains(day)) {
        day = day.plusDays(1);
      }
      days.add(day);
    }
    return new ArrayList<>(days);
  }

  private static boolean isWeekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /**
   * Returns Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).
   *
   * @param year  the year
   * @return Easter Sunday
   */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
