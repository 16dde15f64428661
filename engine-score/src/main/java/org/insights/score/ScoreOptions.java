package org.insights.score;

/**
 * Which of Atto Score's validations apply, each switchable so that other currencies and account
 * types can be scored where the user chooses. Defaults are Atto's. Immutable.
 *
 * @param requireTransactions  the account has transactions
 * @param requireGbp  the account currency is GBP
 * @param requirePersonal  {@code accountType} is Personal
 * @param requireCurrentAccount  {@code accountSubType} is CurrentAccount
 * @param minHistoryDays  days from the earliest booking date to asOf (Atto: 90; 0 disables)
 * @param minRecentTransactions  transactions in the last 90 days (Atto: 50; 0 disables)
 * @param requireBookingDates  every transaction has a booking date
 * @param requireBalances  the current balance is present
 */
public record ScoreOptions(boolean requireTransactions, boolean requireGbp, boolean requirePersonal,
    boolean requireCurrentAccount, int minHistoryDays, int minRecentTransactions, boolean requireBookingDates,
    boolean requireBalances) {

  /** Validates the members. */
  public ScoreOptions {
    if (minHistoryDays < 0 || minRecentTransactions < 0) {
      throw new IllegalArgumentException("minimums must not be negative but were " + minHistoryDays + ", "
          + minRecentTransactions);
    }
  }

  /** @return Atto's validations */
  public static ScoreOptions defaults() {
    return new ScoreOptions(true, true, true, true, 90, 50, true, true);
  }

  /** @return only what any scoring needs: transactions, booking dates, a balance */
  public static ScoreOptions permissive() {
    return new ScoreOptions(true, false, false, false, 0, 0, true, true);
  }

  /** @param on  require GBP @return a copy */
  public ScoreOptions withRequireGbp(boolean on) {
    return new ScoreOptions(requireTransactions, on, requirePersonal, requireCurrentAccount, minHistoryDays,
        minRecentTransactions, requireBookingDates, requireBalances);
  }

  /** @param on  require a personal account @return a copy */
  public ScoreOptions withRequirePersonal(boolean on) {
    return new ScoreOptions(requireTransactions, requireGbp, on, requireCurrentAccount, minHistoryDays,
        minRecentTransactions, requireBookingDates, requireBalances);
  }

  /** @param on  require a current account @return a copy */
  public ScoreOptions withRequireCurrentAccount(boolean on) {
    return new ScoreOptions(requireTransactions, requireGbp, requirePersonal, on, minHistoryDays,
        minRecentTransactions, requireBookingDates, requireBalances);
  }

  /** @param days  minimum history, 0 to disable @return a copy */
  public ScoreOptions withMinHistoryDays(int days) {
    return new ScoreOptions(requireTransactions, requireGbp, requirePersonal, requireCurrentAccount, days,
        minRecentTransactions, requireBookingDates, requireBalances);
  }

  /** @param count  minimum transactions in the last 90 days, 0 to disable @return a copy */
  public ScoreOptions withMinRecentTransactions(int count) {
    return new ScoreOptions(requireTransactions, requireGbp, requirePersonal, requireCurrentAccount, minHistoryDays,
        count, requireBookingDates, requireBalances);
  }
}
