package org.insights.affordability;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.insights.categoriser.Categorisation;
import org.insights.categoriser.Categoriser;
import org.insights.categoriser.CategoriserOptions;
import org.insights.core.TransactionBatch;
import org.insights.income.IncomeDetector;
import org.insights.income.IncomeOptions;
import org.insights.income.IncomeVerification;
import org.insights.testdata.Scenario;
import org.insights.testdata.ScenarioGenerator;
import org.insights.testdata.ScenarioSpec;
import org.insights.testdata.Truth;

/**
 * The affordability evaluation on generator hold-out accounts (seeds from 9,000,000): per
 * transaction type accuracy, and each month's fixed, flexible, debt and income totals against the
 * planted ones. Tests assert on it; {@link #main} prints it:
 * {@code mvn -q -Pevaluate -pl engine-affordability -am test -DskipTests}.
 */
public final class AffordabilityEvaluation {

  static final long HOLDOUT_SEED = 9_000_000L;

  private AffordabilityEvaluation() {
  }

  /** Figures. */
  record Result(int transactions, double typeAccuracy, int months, double costsWithin3, double incomeWithin2) {
  }

  static Affordability assess(Scenario s, AffordabilityOptions options) {
    TransactionBatch b = s.batch();
    Categorisation c = Categoriser.DEFAULT.categorise(b, CategoriserOptions.defaults());
    IncomeVerification v = IncomeDetector.DEFAULT.detect(b, c, IncomeOptions.defaults(), s.asOf());
    return AffordabilityAssessor.DEFAULT.assess(b, c, v, options, s.asOf());
  }

  static Result evaluate(long firstSeed, int accounts) {
    int tx = 0;
    int typeRight = 0;
    int months = 0;
    int costsOk = 0;
    int incomeOk = 0;
    for (int k = 0; k < accounts; k++) {
      Scenario s = ScenarioGenerator.generate(firstSeed + k, k % 2 == 0 ? ScenarioSpec.uk() : ScenarioSpec.us());
      Affordability a = assess(s, AffordabilityOptions.defaults());
      TransactionBatch b = s.batch();
      Map<YearMonth, long[]> planted = new HashMap<>();
      for (int j = 0; j < a.transactionCount(); j++) {
        int row = a.row(j);
        Truth.Label label = s.truth().transactions().get(b.transactionId(row));
        tx++;
        typeRight += label.affordabilityType().equals(a.type(j).name()) ? 1 : 0;
        long[] p = planted.computeIfAbsent(YearMonth.from(b.bookingDate(row)), m -> new long[4]);
        long amount = b.amount(row);
        switch (label.affordabilityType()) {
          case "Income":
            p[0] += amount;
            break;
          case "Fixed":
            p[1] -= amount;
            break;
          case "Flexible":
            p[2] -= amount;
            break;
          case "Debt":
            p[3] -= amount;
            break;
          default:
            break;
        }
      }
      for (MonthFigures m : a.months()) {
        long[] p = planted.getOrDefault(m.month(), new long[4]);
        months++;
        boolean costs = within(m.fixedCosts(), p[1], 0.03) && within(m.flexibleCosts(), p[2], 0.03)
            && within(m.debtFees(), p[3], 0.03);
        costsOk += costs ? 1 : 0;
        incomeOk += within(m.calculatedIncome(), p[0], 0.02) ? 1 : 0;
      }
    }
    return new Result(tx, (double) typeRight / tx, months, (double) costsOk / months, (double) incomeOk / months);
  }

  private static boolean within(long got, long planted, double tolerance) {
    if (planted == 0) {
      return got == 0;
    }
    return Math.abs(got - planted) <= tolerance * Math.abs(planted);
  }

  /**
   * @param args  optional first seed (default: the hold-out)
   */
  public static void main(String[] args) {
    Result r = evaluate(args.length > 0 ? Long.parseLong(args[0]) : HOLDOUT_SEED, 300);
    System.out.printf(Locale.ROOT, "generator hold-out: %d transactions, affordabilityType accuracy %.4f; %d months,"
        + " fixed/flexible/debt all within 3%%: %.4f, calculatedIncome within 2%%: %.4f%n", r.transactions(),
        r.typeAccuracy(), r.months(), r.costsWithin3(), r.incomeWithin2());
  }
}
