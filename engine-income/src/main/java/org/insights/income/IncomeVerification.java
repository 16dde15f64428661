package org.insights.income;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.insights.core.AccountInfo;

/**
 * The income verification of one account. Amounts are minor units. Immutable.
 *
 * @param account  the account
 * @param asOf  the reference date
 * @param status  {@code Processed}, {@code NoCreditTransactions} or {@code UnsupportedAccountType}
 * @param months  month1..month11, most recent first
 * @param monthCovered  per month, whether it lies inside the data period
 * @param streams  ranked streams One, Two, Three, then benefit streams
 * @param summaryMonthly  the returned streams' income per month (month1 first)
 * @param summaryEstimatedIncome  the sum of the returned streams' estimated income
 */
public record IncomeVerification(AccountInfo account, LocalDate asOf, String status, List<YearMonth> months,
    boolean[] monthCovered, List<IncomeStream> streams, long[] summaryMonthly, long summaryEstimatedIncome) {

  /** Status of an analysed account. */
  public static final String PROCESSED = "Processed";
  /** Status of an account without booked credits. */
  public static final String NO_CREDITS = "NoCreditTransactions";
  /** Status of an account type the engine does not verify (credit cards). */
  public static final String UNSUPPORTED = "UnsupportedAccountType";

  /** Copies the lists and arrays. */
  public IncomeVerification {
    Objects.requireNonNull(account, "account");
    months = List.copyOf(months);
    monthCovered = monthCovered.clone();
    streams = List.copyOf(streams);
    summaryMonthly = summaryMonthly.clone();
  }
}
