package org.insights.income;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.YearMonth;
import org.insights.core.AccountInfo;
import org.insights.core.json.AttoJsonWriter;

/**
 * Writes an {@link IncomeVerification} as Atto's income-verification response:
 * <pre>
 * {accountId, accountDetails: {accountId, accountType, accountSubType, currencyCode},
 *  incomeStreams: [{name, rank ("One".."Three" or null), isBenefit, isSalary, estimatedIncome,
 *                   numberOfDeposits, confidenceScore, month1: {income, month, year}, ... month11,
 *                   flags: {...} (with includeFlags)}],
 *  incomeStreamsSummary: {estimatedIncome, month1 ... month11},
 *  verifiedIncomeStatus}
 * </pre>
 * Amounts rounded half-up to 2 decimals, scores to 4. Stateless.
 */
public final class IncomeResponseJson {

  private static final String[] RANKS = {null, "One", "Two", "Three"};

  private IncomeResponseJson() {
  }

  /**
   * @param g  the generator
   * @param v  the result
   * @param includeFlags  write each stream's flags
   * @throws IOException on write failure
   */
  public static void write(JsonGenerator g, IncomeVerification v, boolean includeFlags) throws IOException {
    AccountInfo a = v.account();
    int digits = a.minorUnitDigits();
    g.writeStartObject();
    g.writeStringField("accountId", a.accountId());
    AttoJsonWriter.writeAccountDetails(g, a);
    g.writeArrayFieldStart("incomeStreams");
    for (IncomeStream s : v.streams()) {
      g.writeStartObject();
      g.writeStringField("name", s.name());
      g.writeStringField("rank", s.isBenefit() ? null : RANKS[s.rank()]);
      g.writeBooleanField("isBenefit", s.isBenefit());
      g.writeBooleanField("isSalary", s.isSalary());
      AttoJsonWriter.writeMoney(g, "estimatedIncome", s.estimatedIncome(), digits);
      g.writeNumberField("numberOfDeposits", s.numberOfDeposits());
      AttoJsonWriter.writeRatio(g, "confidenceScore", s.confidenceScore());
      months(g, v, s.monthlyIncome(), digits);
      if (includeFlags) {
        IncomeFlags f = s.flags();
        g.writeObjectFieldStart("flags");
        g.writeBooleanField("incomeForLast3Months", f.incomeForLast3Months());
        g.writeBooleanField("varianceTolerance5Percent", f.varianceTolerance5Percent());
        g.writeBooleanField("varianceTolerance10Percent", f.varianceTolerance10Percent());
        g.writeBooleanField("mostRecentCheckValue", f.mostRecentCheckValue());
        AttoJsonWriter.writeRatio(g, "stabilityOverall", f.stabilityOverall());
        AttoJsonWriter.writeRatio(g, "stability6Months", f.stability6Months());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("incomeStreamsSummary");
    AttoJsonWriter.writeMoney(g, "estimatedIncome", v.summaryEstimatedIncome(), digits);
    months(g, v, v.summaryMonthly(), digits);
    g.writeEndObject();
    g.writeStringField("verifiedIncomeStatus", v.status());
    g.writeEndObject();
  }

  private static void months(JsonGenerator g, IncomeVerification v, long[] income, int digits) throws IOException {
    for (int k = 0; k < v.months().size(); k++) {
      YearMonth m = v.months().get(k);
      g.writeObjectFieldStart("month" + (k + 1));
      AttoJsonWriter.writeMoney(g, "income", income[k], digits);
      g.writeNumberField("month", m.getMonthValue());
      g.writeNumberField("year", m.getYear());
      g.writeEndObject();
    }
  }
}
