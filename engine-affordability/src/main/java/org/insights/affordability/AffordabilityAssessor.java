package org.insights.affordability;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.insights.categoriser.Categorisation;
import org.insights.categoriser.Category;
import org.insights.core.Months;
import org.insights.core.TransactionBatch;
import org.insights.income.IncomeStream;
import org.insights.income.IncomeVerification;

/**
 * Affordability (SPEC section 6): income against SFS fixed, flexible and debt costs, month by month.
 * <p>
 * <b>Months.</b> At most the 12 most recent complete calendar months before the month containing
 * asOf, and only those the data covers: a month counts when the earliest booked transaction is no
 * later than its 3rd day (data often starts with the first payment after a weekend). A partial
 * first month is left out rather than reported with part of its costs; an account with less than
 * one complete month gets no months and zero estimates.
 * <p>
 * <b>Types.</b> A credit that belongs to a returned income stream is {@code Income}; every other
 * credit is {@code Other} (refunds are not netted against their category, because a refund's
 * month rarely matches its purchase's). A debit takes its category's SFS type from the taxonomy
 * ({@code Fixed}, {@code Flexible}, {@code Debt}, {@code Other}); a debit of an income category is
 * {@code Other}. Months without income are reported with income 0; an account with no income at all
 * gets negative affordability.
 * <p>
 * <b>Estimates.</b> The per-month averages over the analysed months, exact and rounded once at
 * output; {@code estimatedAffordability} is the average monthly affordability, which by linearity
 * is also income minus the costs' estimates.
 * <p>
 * Stateless and thread-safe; use {@link #DEFAULT}.
 */
public final class AffordabilityAssessor {

  /** The assessor. */
  public static final AffordabilityAssessor DEFAULT = new AffordabilityAssessor();

  private static final int MONTHS = 12;
  private static final int GRACE_DAYS = 3;

  private AffordabilityAssessor() {
  }

  /**
   * Assesses one account.
   *
   * @param batch  the account's transactions
   * @param categories  their categorisation
   * @param income  the account's income verification (its returned streams are the income)
   * @param options  the options
   * @param asOf  the reference date
   * @return months and audited transactions
   */
  public Affordability assess(TransactionBatch batch, Categorisation categories, IncomeVerification income,
      AffordabilityOptions options, LocalDate asOf) {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(categories, "categories");
    Objects.requireNonNull(income, "income");
    Objects.requireNonNull(options, "options");
    int as = (int) asOf.toEpochDay();
    int first = Integer.MAX_VALUE;
    for (int row : batch.dateOrderUnsafe()) {
      if (batch.isBooked(row) && batch.bookingDay(row) <= as) {
        first = batch.bookingDay(row);
        break;
      }
    }
    List<YearMonth> analysed = new ArrayList<>();
    for (YearMonth m : Months.completeMonths(asOf, MONTHS)) {
      if (first != Integer.MAX_VALUE && first <= Months.firstDay(m) + GRACE_DAYS - 1) {
        analysed.add(m);
      }
    }
    java.util.Set<String> incomeIds = new java.util.HashSet<>();
    for (IncomeStream s : income.streams()) {
      incomeIds.addAll(s.transactionIds());
    }
    int n = analysed.size();
    long[] inc = new long[n];
    long[] fixed = new long[n];
    long[] flexible = new long[n];
    long[] debt = new long[n];
    int lastIdx = n == 0 ? -1 : Months.monthIndex(analysed.get(0));
    int lo = n == 0 ? 0 : Months.firstDay(analysed.get(n - 1));
    int hi = n == 0 ? -1 : Months.lastDay(analysed.get(0));
    int[] order = batch.dateOrderUnsafe();
    int count = 0;
    for (int row : order) {
      int d = batch.bookingDay(row);
      if (batch.isBooked(row) && d >= lo && d <= hi) {
        count++;
      }
    }
    int[] rows = new int[count];
    AffordabilityType[] types = new AffordabilityType[count];
    String[] names = new String[count];
    int k = 0;
    for (int row : order) {
      int d = batch.bookingDay(row);
      if (!batch.isBooked(row) || d < lo || d > hi) {
        continue;
      }
      int slot = lastIdx - Months.monthIndex(d);
      long amount = batch.amount(row);
      Category c = categories.category(row);
      AffordabilityType type;
      if (amount > 0) {
        type = incomeIds.contains(batch.transactionId(row)) ? AffordabilityType.Income : AffordabilityType.Other;
      } else {
        type = c.affordabilityType().equals("Income") ? AffordabilityType.Other
            : AffordabilityType.valueOf(c.affordabilityType());
      }
      switch (type) {
        case Income:
          inc[slot] += amount;
          break;
        case Fixed:
          fixed[slot] -= amount;
          break;
        case Flexible:
          flexible[slot] -= amount;
          break;
        case Debt:
          debt[slot] -= amount;
          break;
        default:
          break;
      }
      rows[k] = row;
      types[k] = type;
      names[k] = c.name();
      k++;
    }
    List<MonthFigures> months = new ArrayList<>(n);
    for (int m = 0; m < n; m++) {
      long afford = inc[m] - fixed[m] - debt[m] - (options.includeFlexibleCosts() ? flexible[m] : 0);
      months.add(new MonthFigures(analysed.get(m), inc[m], fixed[m], flexible[m], debt[m], afford));
    }
    return new Affordability(batch.account(), asOf, options.includeFlexibleCosts(), months, batch, rows, types, names);
  }
}
