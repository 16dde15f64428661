package org.insights.affordability;

import java.time.YearMonth;

/**
 * One analysed month, amounts in minor units (costs positive). Immutable.
 *
 * @param month  the calendar month
 * @param calculatedIncome  credits of the returned income streams booked in the month
 * @param fixedCosts  debits of Fixed categories
 * @param flexibleCosts  debits of Flexible categories
 * @param debtFees  debits of Debt categories
 * @param affordability  income - fixed - debt - (flexible when included)
 */
public record MonthFigures(YearMonth month, long calculatedIncome, long fixedCosts, long flexibleCosts, long debtFees,
    long affordability) {
}
