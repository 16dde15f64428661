package org.insights.health;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalLong;
import org.insights.core.AccountInfo;
import org.insights.core.Money;
import org.insights.core.json.AttoJsonWriter;

/**
 * Writes a {@link FinancialHealth} as the consumer or business financial-health response.
 * <p>
 * Shape (consumer and business alike; {@code accountDetails.accountType} tells them apart):
 * <pre>
 * {accountDetails: {accountId, accountType, accountSubType, currencyCode},
 *  balances: {current: {amount, creditDebitIndicator}, available: {...}},
 *  asOfDate, dataPeriodDays,
 *  windows: [{days, totalCreditsCount, totalCreditsAmount, totalDebitsCount, totalDebitsAmount,
 *             averageCreditsMinusDebits, endOfDayBalanceLowVal, endOfDayBalanceHighVal,
 *             endOfDayBalanceVariability, endOfDayBalanceConsistency,
 *             percentageOfDaysInNegativeBalance}, ... 30, 60, 90, 180, 360]}
 * </pre>
 * Amounts are rounded half-up to 2 decimals and ratios (consistency, percentage) to 4, at output
 * only. Stateless.
 */
public final class FinancialHealthJson {

  private FinancialHealthJson() {
  }

  /**
   * Writes one account's response object.
   *
   * @param g  the generator
   * @param h  the result
   * @throws IOException on write failure
   */
  public static void write(JsonGenerator g, FinancialHealth h) throws IOException {
    AccountInfo a = h.account();
    int digits = a.minorUnitDigits();
    g.writeStartObject();
    AttoJsonWriter.writeAccountDetails(g, a);
    g.writeObjectFieldStart("balances");
    balance(g, "current", a.currentBalance(), digits);
    balance(g, "available", a.availableBalance(), digits);
    g.writeEndObject();
    g.writeStringField("asOfDate", h.asOf().toString());
    g.writeNumberField("dataPeriodDays", h.dataPeriodDays());
    g.writeArrayFieldStart("windows");
    for (WindowMetrics w : h.windows()) {
      g.writeStartObject();
      g.writeNumberField("days", w.window());
      g.writeNumberField("totalCreditsCount", w.totalCreditsCount());
      AttoJsonWriter.writeMoney(g, "totalCreditsAmount", w.totalCreditsAmount(), digits);
      g.writeNumberField("totalDebitsCount", w.totalDebitsCount());
      AttoJsonWriter.writeMoney(g, "totalDebitsAmount", w.totalDebitsAmount(), digits);
      // (credits - debits) * 30 / W, exact in minor units, then rounded once.
      AttoJsonWriter.writeMoney(g, "averageCreditsMinusDebits",
          Money.divide((w.totalCreditsAmount() - w.totalDebitsAmount()) * 30, w.computedWindow(), digits, 2));
      AttoJsonWriter.writeMoney(g, "endOfDayBalanceLowVal", w.endOfDayBalanceLow(), digits);
      AttoJsonWriter.writeMoney(g, "endOfDayBalanceHighVal", w.endOfDayBalanceHigh(), digits);
      AttoJsonWriter.writeMoney(g, "endOfDayBalanceVariability",
          Money.minorToMajor(w.endOfDayBalanceVariability(), digits));
      AttoJsonWriter.writeRatio(g, "endOfDayBalanceConsistency", w.endOfDayBalanceConsistency());
      g.writeFieldName("percentageOfDaysInNegativeBalance");
      g.writeNumber(BigDecimal.valueOf(100L * w.daysInNegativeBalance())
          .divide(BigDecimal.valueOf(w.computedWindow()), 4, RoundingMode.HALF_UP));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void balance(JsonGenerator g, String name, OptionalLong v, int digits) throws IOException {
    if (v.isEmpty()) {
      g.writeNullField(name);
      return;
    }
    g.writeObjectFieldStart(name);
    AttoJsonWriter.writeMoney(g, "amount", Math.abs(v.getAsLong()), digits);
    g.writeStringField("creditDebitIndicator", v.getAsLong() < 0 ? "Debit" : "Credit");
    g.writeEndObject();
  }
}
