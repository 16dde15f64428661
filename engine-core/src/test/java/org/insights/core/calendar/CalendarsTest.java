package org.insights.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.insights.core.SharedFiles;
import org.junit.jupiter.api.Test;

class CalendarsTest {

  private static final Path FEED = SharedFiles.data("uk-bank-holidays/uk_bank_holidays_2012-2027.csv");

  /** One-off proclaimed days and moved holidays, which the standing rules cannot know. */
  private static final Set<LocalDate> SPECIAL = Set.of(
      LocalDate.of(2012, 6, 4), LocalDate.of(2012, 6, 5), LocalDate.of(2012, 5, 28), // 2012 jubilee, spring moved
      LocalDate.of(2020, 5, 8), LocalDate.of(2020, 5, 4), // VE day replaced early May
      LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3), LocalDate.of(2022, 5, 30), // 2022 jubilee, spring moved
      LocalDate.of(2022, 9, 19), LocalDate.of(2023, 5, 8));

  private static long day(int y, int m, int d) {
    return LocalDate.of(y, m, d).toEpochDay();
  }

  @Test
  void test_ukRules_agreeWithGovUkFeed() throws IOException {
    assumeThat(FEED).as("../shared/data is absent").isNotNull();
    List<String[]> rows = Files.readAllLines(FEED).stream().skip(1).map(l -> l.split(",", 3))
        .collect(Collectors.toList());
    String[] names = {"england-and-wales", "scotland", "northern-ireland"};
    for (int k = 0; k < 3; k++) {
      UkHolidayRules.Division division = UkHolidayRules.Division.values()[k];
      for (int year = 2015; year <= 2027; year++) {
        int y = year;
        String name = names[k];
        Set<LocalDate> feed = rows.stream().filter(r -> r[0].equals(name)).map(r -> LocalDate.parse(r[1]))
            .filter(d -> d.getYear() == y && !SPECIAL.contains(d)).collect(Collectors.toCollection(TreeSet::new));
        Set<LocalDate> rules = UkHolidayRules.holidays(division, year).stream().filter(d -> !SPECIAL.contains(d))
            .collect(Collectors.toCollection(TreeSet::new));
        assertThat(rules).as(name + " " + year).isEqualTo(feed);
      }
    }
  }

  @Test
  void test_englandAndWales_knownDays() {
    WorkingDayCalendar ew = Calendars.ENGLAND_AND_WALES;
    assertThat(ew.isWorkingDay((int) day(2022, 9, 19))).as("Queen's funeral").isFalse();
    assertThat(ew.isWorkingDay((int) day(2023, 5, 8))).as("coronation").isFalse();
    assertThat(ew.isWorkingDay((int) day(2023, 5, 9))).isTrue();
    assertThat(ew.isWorkingDay((int) day(2023, 5, 6))).as("Saturday").isFalse();
    // 2021-12-25 and 26 fell at a weekend: substitutes Monday 27 and Tuesday 28.
    assertThat(ew.isHoliday((int) day(2021, 12, 27))).isTrue();
    assertThat(ew.isHoliday((int) day(2021, 12, 28))).isTrue();
    // Last working day of August 2023: Thursday 31st; of December 2022: Friday 30th.
    assertThat(ew.lastWorkingDay(java.time.YearMonth.of(2023, 8))).isEqualTo(day(2023, 8, 31));
    assertThat(ew.lastWorkingDay(java.time.YearMonth.of(2022, 12))).isEqualTo(day(2022, 12, 30));
    // Good Friday 2010 is outside the feed: the rules give it.
    assertThat(ew.isHoliday((int) day(2010, 4, 2))).isTrue();
    assertThat(Calendars.SCOTLAND.isHoliday((int) day(2023, 8, 7))).as("Scottish summer holiday").isTrue();
    assertThat(Calendars.ENGLAND_AND_WALES.isHoliday((int) day(2023, 8, 7))).isFalse();
  }

  @Test
  void test_usFederal_knownDays() {
    WorkingDayCalendar us = Calendars.US_FEDERAL;
    assertThat(us.isHoliday((int) day(2023, 11, 23))).as("Thanksgiving 2023").isTrue();
    assertThat(us.isHoliday((int) day(2023, 1, 16))).as("MLK 2023").isTrue();
    assertThat(us.isHoliday((int) day(2023, 5, 29))).as("Memorial Day 2023").isTrue();
    assertThat(us.isHoliday((int) day(2021, 7, 5))).as("Independence Day observed 2021").isTrue();
    assertThat(us.isHoliday((int) day(2022, 12, 26))).as("Christmas observed 2022").isTrue();
    assertThat(us.isHoliday((int) day(2020, 6, 19))).as("Juneteenth before 2021").isFalse();
    assertThat(us.isHoliday((int) day(2023, 6, 19))).isTrue();
    // Saturday 2021-12-25: banks stay open on Friday 24th.
    assertThat(us.isWorkingDay((int) day(2021, 12, 24))).isTrue();
    assertThat(Calendars.forCountry("gb")).isSameAs(Calendars.ENGLAND_AND_WALES);
    assertThat(Calendars.forCountry("FR")).isSameAs(Calendars.WEEKENDS_ONLY);
  }

  @Test
  void test_onOrBefore_skipsWeekendAndHoliday() {
    // Monday 2023-05-08 was the coronation: a pay date of the 8th moves back to Friday 5th.
    assertThat(Calendars.ENGLAND_AND_WALES.onOrBefore((int) day(2023, 5, 8))).isEqualTo(day(2023, 5, 5));
    assertThat(Calendars.ENGLAND_AND_WALES.onOrAfter((int) day(2023, 5, 6))).isEqualTo(day(2023, 5, 9));
    assertThat(WorkingDayCalendar.dayOfWeek((int) day(2023, 5, 8))).isEqualTo(java.time.DayOfWeek.MONDAY);
  }
}
