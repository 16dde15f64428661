package org.insights.income;

/** Which day of the month a monthly stream pays on. */
public enum MonthlyRule {
  /** A fixed day of the month, moved to a working day. */
  FIXED_DAY,
  /** The last working day of the month. */
  LAST_WORKING_DAY,
  /** The n-th (or last) given weekday of the month. */
  NTH_WEEKDAY,
  /** Not a monthly stream. */
  NONE
}
