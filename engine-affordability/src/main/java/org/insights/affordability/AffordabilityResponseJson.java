package org.insights.affordability;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import org.insights.core.Money;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoJsonWriter;

/**
 * Writes an {@link Affordability} as the affordability response with its audit list:
 * <pre>
 * {accountId, includeFlexibleCosts, estimatedIncome, estimatedFixedCosts, estimatedFlexibleCosts,
 *  estimatedDebtFees, estimatedAffordability, avgCalculatedIncome, avgEstimatedAffordability,
 *  months: [{month, year, monthDateTime, calculatedIncome, fixedCosts, flexibleCosts, debtFees,
 *            affordability}],
 *  affordabilityTransactions: [{transactionId, amount, creditDebitIndicator, description,
 *                               bookingDate, categoryName, affordabilityType}]}
 * </pre>
 * Months most recent first; transactions in booking-date order. Stateless.
 */
public final class AffordabilityResponseJson {

  private AffordabilityResponseJson() {
  }

  /**
   * @param g  the generator
   * @param a  the result
   * @throws IOException on write failure
   */
  public static void write(JsonGenerator g, Affordability a) throws IOException {
    write(g, a, true);
  }

  /**
   * As {@link #write(JsonGenerator, Affordability)}; without transactions the audit list is empty
   * and {@code transactionsOmitted} is true.
   *
   * @param g  the generator
   * @param a  the result
   * @param withTransactions  write {@code affordabilityTransactions}
   * @throws IOException on write failure
   */
  public static void write(JsonGenerator g, Affordability a, boolean withTransactions) throws IOException {
    int digits = a.account().minorUnitDigits();
    g.writeStartObject();
    g.writeStringField("accountId", a.account().accountId());
    g.writeBooleanField("includeFlexibleCosts", a.includeFlexibleCosts());
    AttoJsonWriter.writeMoney(g, "estimatedIncome", a.estimatedIncome());
    AttoJsonWriter.writeMoney(g, "estimatedFixedCosts", a.estimatedFixedCosts());
    AttoJsonWriter.writeMoney(g, "estimatedFlexibleCosts", a.estimatedFlexibleCosts());
    AttoJsonWriter.writeMoney(g, "estimatedDebtFees", a.estimatedDebtFees());
    AttoJsonWriter.writeMoney(g, "estimatedAffordability", a.estimatedAffordability());
    AttoJsonWriter.writeMoney(g, "avgCalculatedIncome", a.estimatedIncome());
    AttoJsonWriter.writeMoney(g, "avgEstimatedAffordability", a.estimatedAffordability());
    g.writeArrayFieldStart("months");
    for (MonthFigures m : a.months()) {
      g.writeStartObject();
      g.writeNumberField("month", m.month().getMonthValue());
      g.writeNumberField("year", m.month().getYear());
      g.writeStringField("monthDateTime", m.month().atDay(1) + "T00:00:00Z");
      AttoJsonWriter.writeMoney(g, "calculatedIncome", m.calculatedIncome(), digits);
      AttoJsonWriter.writeMoney(g, "fixedCosts", m.fixedCosts(), digits);
      AttoJsonWriter.writeMoney(g, "flexibleCosts", m.flexibleCosts(), digits);
      AttoJsonWriter.writeMoney(g, "debtFees", m.debtFees(), digits);
      AttoJsonWriter.writeMoney(g, "affordability", m.affordability(), digits);
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!withTransactions) {
      g.writeBooleanField("transactionsOmitted", true);
    }
    g.writeArrayFieldStart("affordabilityTransactions");
    TransactionBatch b = a.batch();
    for (int k = 0; withTransactions && k < a.transactionCount(); k++) {
      int row = a.row(k);
      g.writeStartObject();
      g.writeStringField("transactionId", b.transactionId(row));
      g.writeFieldName("amount");
      g.writeNumber(Money.format(Math.abs(b.amount(row)), digits));
      g.writeStringField("creditDebitIndicator", b.amount(row) > 0 ? "Credit" : "Debit");
      g.writeStringField("description", b.description(row));
      g.writeStringField("bookingDate", LocalDate.ofEpochDay(b.bookingDay(row)) + "T00:00:00Z");
      g.writeStringField("categoryName", a.categoryName(k));
      g.writeStringField("affordabilityType", a.type(k).name());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
