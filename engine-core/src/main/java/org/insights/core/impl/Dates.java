package org.insights.core.impl;

/**
 * Allocation-free parsing of the two booking-date forms of SPEC section 2 into UTC epoch days.
 * Anything else (a date-time with an offset, or a malformed value) returns {@link #INVALID} and is
 * left to the general parser, which converts offsets and reports errors.
 */
final class Dates {

  /** Returned when the fast path does not apply. */
  static final int INVALID = Integer.MIN_VALUE;

  private Dates() {
  }

  /**
   * Parses {@code yyyy-MM-dd}, or {@code yyyy-MM-ddTHH:mm:ss[.fraction][Z]} (UTC or no zone).
   *
   * @return the epoch day, or {@link #INVALID}
   */
  static int epochDay(char[] b, int off, int len) {
    if (len < 10 || b[off + 4] != '-' || b[off + 7] != '-') {
      return INVALID;
    }
    int y = num(b, off, 4);
    int m = num(b, off + 5, 2);
    int d = num(b, off + 8, 2);
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > monthLength(y, m)) {
      return INVALID;
    }
    if (len > 10 && !utcTime(b, off + 10, len - 10)) {
      return INVALID;
    }
    return daysFromCivil(y, m, d);
  }

  /** Accepts {@code THH:mm[:ss[.f+]]} optionally followed by {@code Z}. */
  private static boolean utcTime(char[] b, int off, int len) {
    int end = off + len;
    if (b[end - 1] == 'Z' || b[end - 1] == 'z') {
      end--;
    }
    int n = end - off;
    if (n < 6 || b[off] != 'T' || b[off + 3] != ':') {
      return false;
    }
    int hh = num(b, off + 1, 2);
    int mm = num(b, off + 4, 2);
    if (hh < 0 || hh > 23 || mm < 0 || mm > 59) {
      return false;
    }
    if (n == 6) {
      return true;
    }
    if (n < 9 || b[off + 6] != ':') {
      return false;
    }
    int ss = num(b, off + 7, 2);
    if (ss < 0 || ss > 59) {
      return false;
    }
    if (n == 9) {
      return true;
    }
    if (b[off + 9] != '.' || n == 10) {
      return false;
    }
    for (int i = off + 10; i < end; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return false;
      }
    }
    return true;
  }

  private static int num(char[] b, int off, int len) {
    int v = 0;
    for (int i = off; i < off + len; i++) {
      char c = b[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  static int monthLength(int y, int m) {
    switch (m) {
      case 2:
        return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
  static int daysFromCivil(int year, int m, int d) {
    int y = m <= 2 ? year - 1 : year;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }
}
