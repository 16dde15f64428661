package org.insights.core;

import java.time.LocalDate;

/**
 * The reference date {@code asOf} at which every window ends, inclusive (SPEC section 3).
 * <p>
 * In order: the caller's explicit option; else the date part of the input's
 * {@code requestDateTime}; else the latest {@code bookingDate} of the account (booked or pending).
 * Static and thread-safe.
 */
public final class ReferenceDate {

  private ReferenceDate() {
  }

  /**
   * Resolves asOf for one account.
   *
   * @param explicit  the caller's explicit asOf, or null
   * @param requestDate  the date part of the input's {@code requestDateTime} (UTC), or null
   * @param batch  the account's transactions
   * @return the reference date
   * @throws BadInputException when no rule gives a date (no option, no request date, no transactions)
   */
  public static LocalDate resolve(LocalDate explicit, LocalDate requestDate, TransactionBatch batch) {
    if (explicit != null) {
      return explicit;
    }
    if (requestDate != null) {
      return requestDate;
    }
    if (batch.size() == 0) {
      throw BadInputException.of("asOf", "cannot determine the reference date of an account with no asOf option,"
          + " no requestDateTime and no transactions");
    }
    return LocalDate.ofEpochDay(batch.latestBookingDay());
  }

  /**
   * Returns the data period in days, {@code asOf - earliestBookingDate + 1}, or 0 when the
   * account has no transactions on or before asOf.
   *
   * @param batch  the transactions
   * @param asOf  the reference date
   * @return the number of days of data
   */
  public static int dataPeriodDays(TransactionBatch batch, LocalDate asOf) {
    int earliest = batch.earliestBookingDay();
    long as = asOf.toEpochDay();
    if (batch.size() == 0 || earliest > as) {
      return 0;
    }
    return (int) (as - earliest + 1);
  }
}
