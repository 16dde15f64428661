package org.insights.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.insights.core.AccountInfo;

/**
 * The financial-health result of one account (consumer or business): the five windows of SPEC
 * section 7 and the daily end-of-day balance series they are computed from. Immutable.
 *
 * @param account  the account, with the current balance the walk started from
 * @param asOf  the reference date
 * @param dataPeriodDays  {@code asOf - earliest booked date + 1}, 0 when nothing is booked by asOf
 * @param windows  the 30, 60, 90, 180 and 360-day windows, in that order
 * @param endOfDayBalances  the daily series from the first booked day to asOf
 */
public record FinancialHealth(AccountInfo account, LocalDate asOf, int dataPeriodDays, List<WindowMetrics> windows,
    EndOfDayBalances endOfDayBalances) {

  /** Copies the window list. */
  public FinancialHealth {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(asOf, "asOf");
    windows = List.copyOf(windows);
    Objects.requireNonNull(endOfDayBalances, "endOfDayBalances");
  }

  /**
   * @param days  30, 60, 90, 180 or 360
   * @return that window's metrics
   */
  public WindowMetrics window(int days) {
    for (WindowMetrics w : windows) {
      if (w.window() == days) {
        return w;
      }
    }
    throw new IllegalArgumentException("Argument 'days' must be one of 30, 60, 90, 180, 360 but has value " + days);
  }

  /** @return true when the account is a business account ({@code accountType: Business}) */
  public boolean isBusiness() {
    return account.isBusiness();
  }
}
