package org.insights.score;

import java.time.LocalDate;
import java.util.List;
import org.insights.affordability.Affordability;
import org.insights.categoriser.Categorisation;
import org.insights.core.TransactionBatch;
import org.insights.health.FinancialHealth;
import org.insights.health.WindowMetrics;
import org.insights.income.IncomeStream;
import org.insights.income.IncomeVerification;

/**
 * The score's named feature vector, computed from the other engines' results only. Amounts are
 * in major units of the account currency (the model standardises them). Static and thread-safe.
 * <ol>
 *   <li>{@code avgBalance90}: mean end-of-day balance over 90 days;
 *   <li>{@code minBalance90}: lowest end-of-day balance over 90 days;
 *   <li>{@code negativeDaysShare90}: share of the 90 days below zero (0..1);
 *   <li>{@code balanceConsistency90}: end-of-day balance consistency over 90 days (0..1);
 *   <li>{@code netFlowToIncome}: net flow per 30 days over 90 days, over monthly income;
 *   <li>{@code logIncome}: ln(1 + estimated monthly income);
 *   <li>{@code incomeStability}: stability of the largest income stream (0..1, 0 without one);
 *   <li>{@code debtShare}: debt repayments and fees over income (monthly averages, capped at 5);
 *   <li>{@code affordabilityToIncome}: estimated affordability over income (-5..5);
 *   <li>{@code gamblingShare}: gambling debits over all debits in 90 days;
 *   <li>{@code feeCount90}: overdraft charges, interest and bank fees in 90 days;
 *   <li>{@code cashShare90}: cash withdrawals over all debits in 90 days.
 * </ol>
 * Without income, ratios use a monthly income of 1, so they are large and the model reads them as
 * such; every value is finite.
 */
public final class Features {

  /** Feature names, in vector order. */
  public static final List<String> NAMES = List.of("avgBalance90", "minBalance90", "negativeDaysShare90",
      "balanceConsistency90", "netFlowToIncome", "logIncome", "incomeStability", "debtShare",
      "affordabilityToIncome", "gamblingShare", "feeCount90", "cashShare90");

  private Features() {
  }

  /**
   * @param batch  the account
   * @param categories  its categorisation
   * @param income  its income verification
   * @param affordability  its affordability
   * @param health  its financial health
   * @param asOf  the reference date
   * @return the feature vector, {@link #NAMES} order
   */
  public static double[] of(TransactionBatch batch, Categorisation categories, IncomeVerification income,
      Affordability affordability, FinancialHealth health, LocalDate asOf) {
    double unit = Math.pow(10, batch.account().minorUnitDigits());
    WindowMetrics w = health.window(90);
    double monthlyIncome = Math.max(1.0, income.summaryEstimatedIncome() / unit);
    double stability = 0;
    for (IncomeStream s : income.streams()) {
      if (s.rank() == 1 || stability == 0 && s.isBenefit()) {
        stability = s.flags().stabilityOverall();
      }
    }
    double debt = affordability.estimatedDebtFees().doubleValue();
    double afford = affordability.estimatedAffordability().doubleValue();
    int as = (int) asOf.toEpochDay();
    double debits = 0;
    double gambling = 0;
    double cash = 0;
    int fees = 0;
    for (int i = 0; i < batch.size(); i++) {
      int d = batch.bookingDay(i);
      if (!batch.isBooked(i) || d > as || d <= as - 90 || batch.amount(i) >= 0) {
        continue;
      }
      double a = -batch.amount(i) / unit;
      debits += a;
      String key = categories.category(i).key();
      if (key.equals("gambling")) {
        gambling += a;
      } else if (key.equals("cash_withdrawal")) {
        cash += a;
      } else if (key.equals("overdraft_charges") || key.equals("service_charges")) {
        fees++;
      }
    }
    return new double[] {
        w.endOfDayBalanceMean() / unit,
        w.endOfDayBalanceLow() / unit,
        w.daysInNegativeBalance() / (double) w.computedWindow(),
        w.endOfDayBalanceConsistency(),
        clamp(w.averageCreditsMinusDebits() / unit / monthlyIncome, -5, 5),
        Math.log1p(income.summaryEstimatedIncome() / unit),
        stability,
        clamp(debt / monthlyIncome, 0, 5),
        clamp(afford / monthlyIncome, -5, 5),
        debits == 0 ? 0 : gambling / debits,
        fees,
        debits == 0 ? 0 : cash / debits};
  }

  private static double clamp(double v, double lo, double hi) {
    return Double.isFinite(v) ? Math.max(lo, Math.min(hi, v)) : 0;
  }
}
