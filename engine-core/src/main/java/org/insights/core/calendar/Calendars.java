package org.insights.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.BitSet;
import java.util.Locale;

/**
 * The working-day calendars the engines use to recognise pay dates shifted for weekends and
 * bank holidays.
 * <p>
 * UK calendars come from the gov.uk bank-holiday feed shipped as a resource (Crown copyright,
 * Open Government Licence v3.0; England and Wales 2012-2027, Scotland and Northern Ireland
 * 2015-2027), which includes one-off days such as jubilees and the coronation. For years the
 * feed does not cover, the statutory rules are applied instead (see {@link UkHolidayRules}).
 * <p>
 * The US calendar applies the federal holiday rules of 5 U.S.C. 6103 as banks observe them
 * (the Federal Reserve schedule): a holiday on a Sunday moves to Monday, one on a Saturday is
 * not moved, because banks are closed on Saturday anyway and still open on the Friday before.
 * Juneteenth counts from 2021, Martin Luther King Jr. Day from 1986.
 * <p>
 * All calendars are immutable singletons.
 */
public final class Calendars {

  /** Saturdays and Sundays only. */
  public static final WorkingDayCalendar WEEKENDS_ONLY = new WorkingDayCalendar("weekends-only", new BitSet());
  /** England and Wales bank holidays. */
  public static final WorkingDayCalendar ENGLAND_AND_WALES;
  /** Scotland bank holidays. */
  public static final WorkingDayCalendar SCOTLAND;
  /** Northern Ireland bank holidays. */
  public static final WorkingDayCalendar NORTHERN_IRELAND;
  /** US federal holidays as observed by banks. */
  public static final WorkingDayCalendar US_FEDERAL = new WorkingDayCalendar("us-federal", usFederal());

  private static final String RESOURCE = "uk-bank-holidays.csv";

  static {
    BitSet ew = new BitSet();
    BitSet sc = new BitSet();
    BitSet ni = new BitSet();
    int[] firstYear = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
    int[] lastYear = {Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
    try (InputStream in = Calendars.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split(",", -1);
        LocalDate date = LocalDate.parse(parts[1].trim());
        int k = division(parts[0].trim());
        BitSet target = k == 0 ? ew : k == 1 ? sc : ni;
        target.set((int) date.toEpochDay() - WorkingDayCalendar.FIRST_DAY);
        firstYear[k] = Math.min(firstYear[k], date.getYear());
        lastYear[k] = Math.max(lastYear[k], date.getYear());
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    // Outside the feed's years, fall back to the statutory rules.
    for (int year = 1970; year <= 2100; year++) {
      for (int k = 0; k < 3; k++) {
        if (year < firstYear[k] || year > lastYear[k]) {
          BitSet target = k == 0 ? ew : k == 1 ? sc : ni;
          for (LocalDate d : UkHolidayRules.holidays(UkHolidayRules.Division.values()[k], year)) {
            target.set((int) d.toEpochDay() - WorkingDayCalendar.FIRST_DAY);
          }
        }
      }
    }
    ENGLAND_AND_WALES = new WorkingDayCalendar("england-and-wales", ew);
    SCOTLAND = new WorkingDayCalendar("scotland", sc);
    NORTHERN_IRELAND = new WorkingDayCalendar("northern-ireland", ni);
  }

  private Calendars() {
  }

  private static int division(String name) {
    switch (name) {
      case "england-and-wales":
        return 0;
      case "scotland":
        return 1;
      case "northern-ireland":
        return 2;
      default:
        throw new IllegalStateException("unknown division in " + RESOURCE + ": " + name);
    }
  }

  /**
   * Returns the calendar for an account's country: England and Wales for {@code GB} and
   * {@code UK}, US federal for {@code US}, weekends only otherwise (including null).
   *
   * @param countryCode  ISO 3166 alpha-2 code, or null
   * @return the calendar
   */
  public static WorkingDayCalendar forCountry(String countryCode) {
    if (countryCode == null) {
      return WEEKENDS_ONLY;
    }
    switch (countryCode.toUpperCase(Locale.ROOT)) {
      case "GB":
      case "UK":
        return ENGLAND_AND_WALES;
      case "US":
        return US_FEDERAL;
      default:
        return WEEKENDS_ONLY;
    }
  }

  private static BitSet usFederal() {
    BitSet set = new BitSet();
    for (int year = 1970; year <= 2100; year++) {
      mark(set, observedUs(LocalDate.of(year, 1, 1)));
      if (year >= 1986) {
        mark(set, nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3));
      }
      mark(set, nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
      mark(set, LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
      if (year >= 2021) {
        mark(set, observedUs(LocalDate.of(year, 6, 19)));
      }
      mark(set, observedUs(LocalDate.of(year, 7, 4)));
      mark(set, nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
      mark(set, nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2));
      mark(set, observedUs(LocalDate.of(year, 11, 11)));
      mark(set, nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));
      mark(set, observedUs(LocalDate.of(year, 12, 25)));
    }
    return set;
  }

  /** Sunday holidays move to Monday; Saturday holidays are not moved (returns null). */
  private static LocalDate observedUs(LocalDate d) {
    if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return d.plusDays(1);
    }
    return d.getDayOfWeek() == DayOfWeek.SATURDAY ? null : d;
  }

  static LocalDate nth(int year, Month month, DayOfWeek dow, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
  }

  private static void mark(BitSet set, LocalDate d) {
    if (d != null) {
      int idx = (int) d.toEpochDay() - WorkingDayCalendar.FIRST_DAY;
      if (idx >= 0 && d.toEpochDay() <= WorkingDayCalendar.LAST_DAY) {
        set.set(idx);
      }
    }
  }
}
