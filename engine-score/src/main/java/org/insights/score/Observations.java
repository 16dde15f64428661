package org.insights.score;

import java.time.LocalDate;
import java.util.OptionalLong;
import org.insights.core.AccountInfo;
import org.insights.core.TransactionBatch;

/**
 * An account as it stood at an observation date, for training on past outcomes: only the
 * transactions booked before the date, and the balance then, walked back from the current one
 * ({@code B - sum of booked net on or after the date}). Nothing after the observation date can
 * reach a feature. Static and thread-safe.
 */
public final class Observations {

  private Observations() {
  }

  /**
   * @param batch  the account as pulled, with its current balance
   * @param observationDate  the date of the decision (a loan's date); data from it on is dropped
   * @return the account at the end of the day before the observation date
   */
  public static TransactionBatch asOf(TransactionBatch batch, LocalDate observationDate) {
    int cut = (int) observationDate.toEpochDay();
    long later = 0;
    int kept = 0;
    for (int i = 0; i < batch.size(); i++) {
      if (batch.bookingDay(i) >= cut) {
        later += batch.isBooked(i) ? batch.amount(i) : 0;
      } else {
        kept++;
      }
    }
    AccountInfo a = batch.account();
    OptionalLong balance = a.currentBalance().isPresent() ? OptionalLong.of(a.currentBalance().getAsLong() - later)
        : OptionalLong.empty();
    TransactionBatch.Builder b = TransactionBatch.builder(a.withBalances(balance, OptionalLong.empty()), kept);
    for (int row : batch.dateOrderUnsafe()) {
      if (batch.bookingDay(row) < cut) {
        b.add(batch.transactionId(row), batch.amount(row), batch.bookingDay(row), batch.isBooked(row),
            batch.description(row));
      }
    }
    return b.build();
  }
}
