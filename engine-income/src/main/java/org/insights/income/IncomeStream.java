package org.insights.income;

import java.time.LocalDate;
import java.util.List;

/**
 * One recurring income stream. Amounts are minor units of the account currency. Immutable.
 *
 * @param name  the clean payer name (for benefits, the benefit's name)
 * @param payerKey  the normalised counterparty the credits were grouped by
 * @param categoryId  the category most of its credits carry
 * @param isBenefit  a state benefit (returned whatever its amounts, never ranked)
 * @param isSalary  employment income
 * @param rank  1, 2 or 3 for the ranked non-benefit streams, 0 for benefits
 * @param cadence  how often it pays
 * @param monthlyRule  for monthly streams, which day of the month
 * @param typicalPayment  the typical recent payment
 * @param estimatedIncome  expected income per calendar month (0 when the stream has stopped)
 * @param active  it paid recently enough to be expected to go on
 * @param monthlyIncome  month1..month11 income (index 0 is month1); 0 before the data period
 * @param totalAmount  the sum of its credits in month1..month11 (the ranking key)
 * @param flags  the checks behind the confidence score
 * @param lastPayment  the date of its latest credit
 * @param nextExpectedPayment  the date the next credit is expected, or null when irregular
 * @param transactionIds  the ids of its credits, in date order
 */
public record IncomeStream(String name, String payerKey, int categoryId, boolean isBenefit, boolean isSalary, int rank,
    Cadence cadence, MonthlyRule monthlyRule, long typicalPayment, long estimatedIncome, boolean active,
    long[] monthlyIncome, long totalAmount, IncomeFlags flags, LocalDate lastPayment, LocalDate nextExpectedPayment,
    List<String> transactionIds) {

  /** Copies the arrays and lists. */
  public IncomeStream {
    monthlyIncome = monthlyIncome.clone();
    transactionIds = List.copyOf(transactionIds);
  }

  /** @return the number of credits in the stream ({@code numberOfDeposits}) */
  public int numberOfDeposits() {
    return transactionIds.size();
  }

  /** @return the confidence score, 0..1 */
  public double confidenceScore() {
    return flags.confidenceScore();
  }

  /** @param k  1..11 @return income of month k */
  public long month(int k) {
    return monthlyIncome[k - 1];
  }

  /** @return the monthly income column (month1 first), a copy */
  @Override
  public long[] monthlyIncome() {
    return monthlyIncome.clone();
  }

  IncomeStream withRank(int r) {
    return new IncomeStream(name, payerKey, categoryId, isBenefit, isSalary, r, cadence, monthlyRule, typicalPayment,
        estimatedIncome, active, monthlyIncome, totalAmount, flags, lastPayment, nextExpectedPayment, transactionIds);
  }
}
