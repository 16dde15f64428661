package org.insights.affordability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.insights.core.AccountInfo;
import org.insights.core.Money;
import org.insights.core.TransactionBatch;

/**
 * The affordability of one account: the analysed months, most recent first, and every booked
 * transaction of those months with its type, so every figure can be audited. Amounts are minor
 * units; averages are exact decimals rounded once, half-up. Immutable.
 */
public final class Affordability {

  private final AccountInfo account;
  private final LocalDate asOf;
  private final boolean includeFlexibleCosts;
  private final List<MonthFigures> months;
  private final TransactionBatch batch;
  private final int[] rows;
  private final AffordabilityType[] types;
  private final String[] categoryNames;

  Affordability(AccountInfo account, LocalDate asOf, boolean includeFlexibleCosts, List<MonthFigures> months,
      TransactionBatch batch, int[] rows, AffordabilityType[] types, String[] categoryNames) {
    this.account = Objects.requireNonNull(account);
    this.asOf = asOf;
    this.includeFlexibleCosts = includeFlexibleCosts;
    this.months = List.copyOf(months);
    this.batch = batch;
    this.rows = rows;
    this.types = types;
    this.categoryNames = categoryNames;
  }

  /** @return the account */
  public AccountInfo account() {
    return account;
  }

  /** @return the reference date */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return whether flexible costs are subtracted */
  public boolean includeFlexibleCosts() {
    return includeFlexibleCosts;
  }

  /** @return the analysed months, most recent first (at most 12, none without a complete month of data) */
  public List<MonthFigures> months() {
    return months;
  }

  /** @return how many transactions are listed */
  public int transactionCount() {
    return rows.length;
  }

  /** @param k  index into the list @return the batch row of the k-th listed transaction */
  public int row(int k) {
    return rows[k];
  }

  /** @param k  index into the list @return its type */
  public AffordabilityType type(int k) {
    return types[k];
  }

  /** @param k  index into the list @return its category name */
  public String categoryName(int k) {
    return categoryNames[k];
  }

  /** @return the batch the listed rows refer to */
  public TransactionBatch batch() {
    return batch;
  }

  private BigDecimal average(java.util.function.ToLongFunction<MonthFigures> f) {
    if (months.isEmpty()) {
      return BigDecimal.ZERO.setScale(2);
    }
    long sum = 0;
    for (MonthFigures m : months) {
      sum += f.applyAsLong(m);
    }
    return Money.divide(sum, months.size(), account.minorUnitDigits(), 2);
  }

  /** @return the per-month average of calculated income over the analysed months */
  public BigDecimal estimatedIncome() {
    return average(MonthFigures::calculatedIncome);
  }

  /** @return the per-month average of fixed costs */
  public BigDecimal estimatedFixedCosts() {
    return average(MonthFigures::fixedCosts);
  }

  /** @return the per-month average of flexible costs */
  public BigDecimal estimatedFlexibleCosts() {
    return average(MonthFigures::flexibleCosts);
  }

  /** @return the per-month average of debt repayments and fees */
  public BigDecimal estimatedDebtFees() {
    return average(MonthFigures::debtFees);
  }

  /** @return the per-month average of affordability (equal to the estimates combined) */
  public BigDecimal estimatedAffordability() {
    return average(MonthFigures::affordability);
  }
}
