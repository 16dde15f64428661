package org.insights.testdata;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a generated scenario planted: every income stream with its payments, every
 * transaction's category and SFS {@code affordabilityType}, and the true end-of-day balances.
 * Engines are evaluated against it. Immutable.
 *
 * @param accountId  the account id
 * @param asOf  the reference date (the document's requestDateTime)
 * @param streams  the planted income streams (benefits included)
 * @param transactions  per transaction id, its planted label
 * @param firstDay  epoch day of the first end-of-day balance
 * @param endOfDayBalances  the booked balance at the end of each day from {@code firstDay} to asOf, minor units
 */
public record Truth(String accountId, LocalDate asOf, List<Stream> streams, Map<String, Label> transactions,
    int firstDay, long[] endOfDayBalances) {

  /** The planted cadences of SPEC section 5. */
  public enum Cadence {
    /** Every 7 days. */
    WEEKLY,
    /** Every 14 days. */
    FORTNIGHTLY,
    /** Every 28 days. */
    FOUR_WEEKLY,
    /** Twice a month: the 15th and the last day, moved back to a working day. */
    SEMI_MONTHLY,
    /** A fixed day of each month, moved back to a working day. */
    MONTHLY_FIXED_DAY,
    /** The last working day of each month. */
    MONTHLY_LAST_WORKING_DAY,
    /** The n-th given weekday of each month (such as the last Friday). */
    MONTHLY_NTH_WEEKDAY,
    /** Every three months. */
    QUARTERLY
  }

  /** The kind of a planted income stream. */
  public enum Kind {
    /** Employment income. */
    SALARY,
    /** A state benefit. */
    BENEFIT,
    /** A state or private pension. */
    PENSION,
    /** Gig-economy payouts of variable amounts. */
    GIG
  }

  /**
   * One planted income stream.
   *
   * @param streamId  the stream's id within the scenario
   * @param payer  the clean payer name
   * @param kind  the kind
   * @param cadence  the cadence
   * @param isBenefit  true for state benefits (returned with rank null)
   * @param isSalary  true for employment income
   * @param monthlyAmountMinor  the planted income per calendar month at the latest rate, minor units
   * @param transactionIds  the ids of its payments, in date order
   */
  public record Stream(String streamId, String payer, Kind kind, Cadence cadence, boolean isBenefit,
      boolean isSalary, long monthlyAmountMinor, List<String> transactionIds) {
  }

  /**
   * The planted label of one transaction.
   *
   * @param category  the generator's category key, such as {@code groceries} or {@code rent}
   * @param affordabilityType  {@code Income}, {@code Fixed}, {@code Flexible}, {@code Debt} or {@code Other}
   * @param streamId  the income stream it belongs to, or null
   */
  public record Label(String category, String affordabilityType, String streamId) {
  }

  /**
   * @param epochDay  a day between {@code firstDay} and asOf
   * @return the planted end-of-day balance, minor units
   */
  public long endOfDayBalance(int epochDay) {
    return endOfDayBalances[epochDay - firstDay];
  }
}
