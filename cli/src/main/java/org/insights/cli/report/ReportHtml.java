package org.insights.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.insights.affordability.Affordability;
import org.insights.affordability.AffordabilityType;
import org.insights.affordability.MonthFigures;
import org.insights.cli.AccountPipeline;
import org.insights.core.Money;
import org.insights.core.TransactionBatch;
import org.insights.health.EndOfDayBalances;
import org.insights.health.WindowMetrics;
import org.insights.income.IncomeStream;
import org.insights.income.IncomeVerification;
import org.insights.score.ScoreResult;

/**
 * One self-contained HTML report for any number of accounts: inline CSS and SVG drawn here, no
 * script, no network at view time. Per account: the end-of-day balance line (days below zero
 * shaded and hatched, the 30, 90 and 360-day windows marked), monthly income stacked by stream
 * (benefits hatched), affordability by month, spending by category over 3 and 12 months, the
 * financial-health table and the score with its reason codes. Every chart has a text
 * alternative ({@code title}, {@code desc}) and a table with the same figures; series differ by
 * pattern and label as well as colour; every figure links to the list of transactions it is made
 * of. Readable at A4 width and printable. Figures carry {@code data-field}/{@code data-value} so
 * that tests can check them against the engines. Stateless.
 */
public final class ReportHtml {

  private static final int WIDTH = 700;
  private static final String[] STREAM_COLOURS = {"#1f4e79", "#2e7d32", "#8e24aa", "#c55a11", "#00838f"};

  private ReportHtml() {
  }

  /**
   * Writes the report.
   *
   * @param out  the target
   * @param accounts  every account's engine results
   * @throws IOException on write failure
   */
  public static void write(Writer out, List<AccountPipeline.Results> accounts) throws IOException {
    StringBuilder h = new StringBuilder(1 << 16);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Insights account report</title><style>").append(CSS).append("</style></head><body>\n")
        .append("<h1>Insights account report</h1>\n<p class=\"meta\">").append(accounts.size())
        .append(" account(s). Amounts in each account's currency. Every figure links to the transactions it is made"
            + " of.</p>\n")
        .append(PATTERNS);
    for (int k = 0; k < accounts.size(); k++) {
      account(h, k, accounts.get(k));
    }
    h.append("</body></html>\n");
    out.write(h.toString());
  }

  private static void account(StringBuilder h, int k, AccountPipeline.Results r) {
    TransactionBatch b = r.batch();
    int digits = b.account().minorUnitDigits();
    String a = "a" + k;
    h.append("<section class=\"account\" id=\"").append(a).append("\">\n<h2>Account ")
        .append(esc(b.account().accountId())).append("</h2>\n<p class=\"meta\">")
        .append(esc(b.account().currencyCode())).append(", ").append(b.size()).append(" transactions, asOf ")
        .append(r.asOf()).append(", ").append(esc(String.valueOf(b.account().accountType()))).append(' ')
        .append(esc(String.valueOf(b.account().accountSubType()))).append("</p>\n");
    balance(h, a, r, digits);
    income(h, a, r, digits);
    affordability(h, a, r, digits);
    spending(h, a, r, digits);
    health(h, a, r, digits);
    score(h, a, r);
    transactions(h, a, r, digits);
    h.append("</section>\n");
  }

  // ------------------------------------------------------------------ balance

  private static void balance(StringBuilder h, String a, AccountPipeline.Results r, int digits) {
    h.append("<h3>End-of-day balance</h3>\n");
    if (r.health() == null) {
      h.append("<p>No current balance: the balance cannot be walked back.</p>\n");
      return;
    }
    EndOfDayBalances eod = r.health().endOfDayBalances();
    long[] v = eod.toArrayUnsafe();
    long min = 0;
    long max = 0;
    int negative = 0;
    for (long x : v) {
      min = Math.min(min, x);
      max = Math.max(max, x);
      negative += x < 0 ? 1 : 0;
    }
    int height = 200;
    double span = Math.max(1, max - min);
    double dx = (double) WIDTH / Math.max(1, v.length - 1);
    double zeroY = height - (0 - min) / span * height;
    String title = "End-of-day balance from " + LocalDate.ofEpochDay(eod.firstDay()) + " to " + r.asOf();
    h.append("<figure><svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(height + 20)
        .append("\" role=\"img\" aria-labelledby=\"").append(a).append("-eod-t ").append(a).append("-eod-d\">")
        .append("<title id=\"").append(a).append("-eod-t\">").append(title).append("</title><desc id=\"").append(a)
        .append("-eod-d\">Lowest ").append(Money.format(min, digits)).append(", highest ")
        .append(Money.format(max, digits)).append(", ").append(negative).append(" of ").append(v.length)
        .append(" days below zero (shaded and hatched).</desc>");
    for (int d = 0; d < v.length; d++) {
      if (v[d] < 0) {
        double y = height - (v[d] - min) / span * height;
        h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
            + "fill=\"url(#hatch)\" class=\"neg\"/>", d * dx - dx / 2, zeroY, Math.max(dx, 1), y - zeroY));
      }
    }
    h.append(String.format(Locale.ROOT, "<line x1=\"0\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"zero\"/>", WIDTH,
        zeroY, zeroY));
    int as = (int) r.asOf().toEpochDay();
    for (int w : new int[] {30, 90, 360}) {
      int day = as - w + 1 - eod.firstDay();
      if (day >= 0) {
        double x = day * dx;
        h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"0\" y2=\"%d\" class=\"window\"/>"
            + "<text x=\"%.1f\" y=\"%d\" class=\"label\">%d days</text>", x, x, height, x + 2, height + 14, w));
      }
    }
    StringBuilder points = new StringBuilder();
    for (int d = 0; d < v.length; d++) {
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", d * dx, height - (v[d] - min) / span * height));
    }
    h.append("<polyline fill=\"none\" class=\"line\" points=\"").append(points).append("\"/>");
    h.append("</svg><figcaption>Lowest <span data-field=\"eodLow\" data-value=\"").append(Money.format(min, digits))
        .append("\">").append(Money.format(min, digits)).append("</span>, highest ").append(Money.format(max, digits))
        .append("; <span data-field=\"daysNegative\" data-value=\"").append(negative).append("\">").append(negative)
        .append("</span> days below zero. Dashed lines: the 30, 90 and 360-day windows.</figcaption></figure>\n");
  }

  // ------------------------------------------------------------------ income

  private static void income(StringBuilder h, String a, AccountPipeline.Results r, int digits) {
    IncomeVerification v = r.income();
    h.append("<h3>Income by month</h3>\n");
    List<IncomeStream> streams = v.streams();
    if (streams.isEmpty()) {
      h.append("<p>No income streams (").append(esc(v.status())).append(").</p>\n");
      return;
    }
    int n = v.months().size();
    long top = 1;
    for (int m = 0; m < n; m++) {
      top = Math.max(top, v.summaryMonthly()[m]);
    }
    int height = 180;
    double bw = (double) WIDTH / n;
    h.append("<figure><svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(height + 20)
        .append("\" role=\"img\" aria-labelledby=\"").append(a).append("-inc-t\"><title id=\"").append(a)
        .append("-inc-t\">Monthly income by stream, ").append(v.months().get(n - 1)).append(" to ")
        .append(v.months().get(0)).append("; the table below gives every figure</title>");
    for (int i = 0; i < n; i++) {
      int m = n - 1 - i; // oldest month on the left
      double y = height;
      for (int s = 0; s < streams.size(); s++) {
        long value = streams.get(s).month(m + 1);
        double bh = (double) value / top * height;
        y -= bh;
        String fill = streams.get(s).isBenefit() ? "url(#hatch-benefit)" : STREAM_COLOURS[s % STREAM_COLOURS.length];
        h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
            + "<title>%s %s: %s</title></rect>", i * bw + 4, y, bw - 8, bh, fill, esc(streams.get(s).name()),
            v.months().get(m), Money.format(value, digits)));
      }
      h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"label\">%s</text>", i * bw + 4,
          height + 14, v.months().get(m).toString().substring(2)));
    }
    h.append("</svg></figure>\n<table><caption>Income streams</caption><tr><th>Stream</th><th>Kind</th>"
        + "<th>Cadence</th><th>Estimated monthly income</th><th>Confidence</th><th>Deposits</th></tr>\n");
    for (int s = 0; s < streams.size(); s++) {
      IncomeStream st = streams.get(s);
      h.append("<tr><td><span class=\"key\" style=\"background:")
          .append(st.isBenefit() ? "#777" : STREAM_COLOURS[s % STREAM_COLOURS.length]).append("\"></span>")
          .append(esc(st.name())).append("</td><td>").append(st.isBenefit() ? "benefit (hatched)" : "rank " + st.rank()
              + (st.isSalary() ? ", salary" : "")).append("</td><td>").append(st.cadence().name().toLowerCase(
                  Locale.ROOT).replace('_', '-')).append("</td><td data-field=\"estimatedIncome\" data-value=\"")
          .append(Money.format(st.estimatedIncome(), digits)).append("\"><a href=\"#").append(a).append("-s").append(s)
          .append("\">").append(Money.format(st.estimatedIncome(), digits)).append("</a></td><td>")
          .append(String.format(Locale.ROOT, "%.2f", st.confidenceScore())).append("</td><td>")
          .append(st.numberOfDeposits()).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  // ------------------------------------------------------------------ affordability

  private static void affordability(StringBuilder h, String a, AccountPipeline.Results r, int digits) {
    Affordability af = r.affordability();
    h.append("<h3>Affordability by month</h3>\n");
    if (af.months().isEmpty()) {
      h.append("<p>No complete month of data.</p>\n");
      return;
    }
    List<MonthFigures> months = new ArrayList<>(af.months());
    java.util.Collections.reverse(months);
    long top = 1;
    for (MonthFigures m : months) {
      top = Math.max(top, Math.max(m.calculatedIncome(), Math.max(m.fixedCosts(), Math.max(m.flexibleCosts(),
          m.debtFees()))));
    }
    int height = 180;
    double gw = (double) WIDTH / months.size();
    double bw = (gw - 8) / 4;
    String[] fills = {"#2e7d32", "#1f4e79", "url(#dots)", "url(#cross)"};
    h.append("<figure><svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(height + 20)
        .append("\" role=\"img\" aria-labelledby=\"").append(a).append("-aff-t\"><title id=\"").append(a)
        .append("-aff-t\">Income against fixed, flexible and debt costs by month; the table below gives every figure"
            + "</title>");
    for (int i = 0; i < months.size(); i++) {
      MonthFigures m = months.get(i);
      long[] values = {m.calculatedIncome(), m.fixedCosts(), m.flexibleCosts(), m.debtFees()};
      for (int j = 0; j < 4; j++) {
        double bh = (double) values[j] / top * height;
        h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" "
            + "stroke=\"#333\" stroke-width=\"0.5\"/>", i * gw + 4 + j * bw, height - bh, bw, bh, fills[j]));
      }
      h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"label\">%s</text>", i * gw + 4,
          height + 14, m.month().toString().substring(2)));
    }
    h.append("</svg><figcaption>Bars per month, left to right: income (green), fixed (blue), flexible (dotted), "
        + "debt (cross-hatched).</figcaption></figure>\n<table><caption>Affordability (")
        .append(af.includeFlexibleCosts() ? "flexible costs included" : "flexible costs not subtracted")
        .append(")</caption><tr><th>Month</th><th>Income</th><th>Fixed</th><th>Flexible</th><th>Debt</th>"
            + "<th>Affordability</th></tr>\n");
    for (MonthFigures m : af.months()) {
      String id = a + "-m" + m.month();
      h.append("<tr><td>").append(m.month()).append("</td>");
      cell(h, id + "-Income", "calculatedIncome", m.calculatedIncome(), digits);
      cell(h, id + "-Fixed", "fixedCosts", m.fixedCosts(), digits);
      cell(h, id + "-Flexible", "flexibleCosts", m.flexibleCosts(), digits);
      cell(h, id + "-Debt", "debtFees", m.debtFees(), digits);
      h.append("<td data-field=\"affordability\" data-value=\"").append(Money.format(m.affordability(), digits))
          .append("\">").append(Money.format(m.affordability(), digits)).append("</td></tr>\n");
    }
    h.append("<tr><th>Average</th>");
    for (BigDecimal v : new BigDecimal[] {af.estimatedIncome(), af.estimatedFixedCosts(), af.estimatedFlexibleCosts(),
        af.estimatedDebtFees()}) {
      h.append("<td>").append(v.toPlainString()).append("</td>");
    }
    h.append("<td data-field=\"estimatedAffordability\" data-value=\"").append(af.estimatedAffordability()
        .toPlainString()).append("\">").append(af.estimatedAffordability().toPlainString()).append("</td></tr>\n")
        .append("</table>\n");
  }

  private static void cell(StringBuilder h, String id, String field, long value, int digits) {
    h.append("<td data-field=\"").append(field).append("\" data-value=\"").append(Money.format(value, digits))
        .append("\"><a href=\"#").append(id).append("\">").append(Money.format(value, digits)).append("</a></td>");
  }

  // ------------------------------------------------------------------ spending

  private static void spending(StringBuilder h, String a, AccountPipeline.Results r, int digits) {
    h.append("<h3>Spending by category</h3>\n<div class=\"two\">");
    for (int months : new int[] {3, 12}) {
      Map<String, Long> byCategory = spend(r, months);
      long top = byCategory.values().stream().mapToLong(Long::longValue).max().orElse(1);
      int rows = Math.min(10, byCategory.size());
      int height = Math.max(20, rows * 22);
      h.append("<figure><svg viewBox=\"0 0 340 ").append(height).append("\" role=\"img\" aria-labelledby=\"")
          .append(a).append("-sp").append(months).append("\"><title id=\"").append(a).append("-sp").append(months)
          .append("\">Top categories of spending over the last ").append(months).append(" complete months</title>");
      int i = 0;
      for (Map.Entry<String, Long> e : byCategory.entrySet()) {
        if (i == rows) {
          break;
        }
        double w = (double) e.getValue() / top * 120;
        h.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" class=\"label\">%s</text><rect x=\"150\" "
            + "y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"#1f4e79\"/><text x=\"%.1f\" y=\"%d\" class=\"label\">%s"
            + "</text>", i * 22 + 12, esc(e.getKey()), i * 22 + 1, w, 154 + w, i * 22 + 12,
            Money.format(e.getValue(), digits)));
        i++;
      }
      h.append("</svg><figcaption>Last ").append(months).append(" months: ");
      StringBuilder list = new StringBuilder();
      for (Map.Entry<String, Long> e : byCategory.entrySet()) {
        list.append(list.length() == 0 ? "" : "; ").append("<span data-field=\"spend").append(months)
            .append("\" data-category=\"").append(esc(e.getKey())).append("\" data-value=\"")
            .append(Money.format(e.getValue(), digits)).append("\">").append(esc(e.getKey())).append(' ')
            .append(Money.format(e.getValue(), digits)).append("</span>");
      }
      h.append(list).append(".</figcaption></figure>");
    }
    h.append("</div>\n");
  }

  /** Debits by category over the last {@code months} complete months, largest first. */
  static Map<String, Long> spend(AccountPipeline.Results r, int months) {
    TransactionBatch b = r.batch();
    YearMonth last = YearMonth.from(r.asOf()).minusMonths(1);
    YearMonth first = last.minusMonths(months - 1L);
    int lo = (int) first.atDay(1).toEpochDay();
    int hi = (int) last.atEndOfMonth().toEpochDay();
    Map<String, Long> sums = new TreeMap<>();
    for (int i = 0; i < b.size(); i++) {
      int d = b.bookingDay(i);
      if (b.isBooked(i) && b.amount(i) < 0 && d >= lo && d <= hi) {
        sums.merge(r.categories().category(i).name(), -b.amount(i), Long::sum);
      }
    }
    Map<String, Long> sorted = new LinkedHashMap<>();
    sums.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  // ------------------------------------------------------------------ health and score

  private static void health(StringBuilder h, String a, AccountPipeline.Results r, int digits) {
    h.append("<h3>Financial health</h3>\n");
    if (r.health() == null) {
      h.append("<p>Not available: the account has no current balance.</p>\n");
      return;
    }
    h.append("<table class=\"narrow\"><caption>End-of-day balances and flows by window (amounts in "
        + esc(r.batch().account().currencyCode()) + ")</caption><tr><th>Days</th><th>Credits</th><th>Credited</th>"
        + "<th>Debits</th><th>Debited</th><th>Net/30d</th><th>Lowest</th><th>Highest</th><th>Std dev</th>"
        + "<th>Consist.</th><th>Days &lt;0</th></tr>\n");
    for (WindowMetrics w : r.health().windows()) {
      h.append("<tr><td>").append(w.window()).append("</td><td>").append(w.totalCreditsCount())
          .append("</td><td data-field=\"credits").append(w.window()).append("\" data-value=\"")
          .append(Money.format(w.totalCreditsAmount(), digits)).append("\">")
          .append(Money.format(w.totalCreditsAmount(), digits)).append("</td><td>").append(w.totalDebitsCount())
          .append("</td><td>").append(Money.format(w.totalDebitsAmount(), digits)).append("</td><td>")
          .append(Money.divide((w.totalCreditsAmount() - w.totalDebitsAmount()) * 30, w.computedWindow(), digits, 2))
          .append("</td><td>").append(Money.format(w.endOfDayBalanceLow(), digits)).append("</td><td>")
          .append(Money.format(w.endOfDayBalanceHigh(), digits)).append("</td><td>")
          .append(Money.minorToMajor(w.endOfDayBalanceVariability(), digits).setScale(2,
              java.math.RoundingMode.HALF_UP)).append("</td><td>")
          .append(String.format(Locale.ROOT, "%.4f", w.endOfDayBalanceConsistency())).append("</td><td>")
          .append(w.daysInNegativeBalance()).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void score(StringBuilder h, String a, AccountPipeline.Results r) {
    ScoreResult s = r.score();
    h.append("<h3>Score</h3>\n");
    if (!s.scored()) {
      h.append("<p>Not generated: ").append(esc(s.error().description())).append(" (")
          .append(esc(s.error().details())).append(").</p>\n");
      return;
    }
    h.append("<p><strong data-field=\"attoScore\" data-value=\"").append(s.attoScore()).append("\">")
        .append(s.attoScore()).append("</strong> on ").append(s.minScore()).append("-").append(s.maxScore())
        .append(", probability of default ").append(String.format(Locale.ROOT, "%.4f", s.probabilityOfDefault()))
        .append(" (model ").append(esc(s.version())).append(").</p>\n<table><caption>Reason codes: what cost the most "
            + "points</caption><tr><th>Feature</th><th>Value</th><th>Points</th></tr>\n");
    for (ScoreResult.Reason reason : s.reasons()) {
      h.append("<tr><td>").append(esc(reason.feature())).append("</td><td>")
          .append(String.format(Locale.ROOT, "%.4f", reason.value())).append("</td><td>")
          .append(String.format(Locale.ROOT, "%.1f", reason.points())).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  // ------------------------------------------------------------------ transactions

  private static void transactions(StringBuilder h, String a, AccountPipeline.Results r, int digits) {
    TransactionBatch b = r.batch();
    h.append("<h3>Transactions behind the figures</h3>\n");
    List<IncomeStream> streams = r.income().streams();
    Map<String, Integer> rowById = new java.util.HashMap<>();
    for (int i = 0; i < b.size(); i++) {
      rowById.put(b.transactionId(i), i);
    }
    for (int s = 0; s < streams.size(); s++) {
      h.append("<details id=\"").append(a).append("-s").append(s).append("\"><summary>Income stream ")
          .append(esc(streams.get(s).name())).append(": ").append(streams.get(s).numberOfDeposits())
          .append(" credits</summary><ul>");
      for (String id : streams.get(s).transactionIds()) {
        row(h, b, rowById.get(id), digits);
      }
      h.append("</ul></details>\n");
    }
    Affordability af = r.affordability();
    Map<String, List<Integer>> groups = new TreeMap<>();
    for (int k = 0; k < af.transactionCount(); k++) {
      int row = af.row(k);
      AffordabilityType type = af.type(k);
      groups.computeIfAbsent(YearMonth.from(b.bookingDate(row)) + "-" + type.name(), x -> new ArrayList<>()).add(row);
    }
    for (Map.Entry<String, List<Integer>> e : groups.entrySet()) {
      h.append("<details id=\"").append(a).append("-m").append(e.getKey()).append("\"><summary>")
          .append(e.getKey().substring(0, 7)).append(' ').append(e.getKey().substring(8)).append(": ")
          .append(e.getValue().size()).append(" transactions</summary><ul>");
      for (int row : e.getValue()) {
        row(h, b, row, digits);
      }
      h.append("</ul></details>\n");
    }
  }

  private static void row(StringBuilder h, TransactionBatch b, int row, int digits) {
    h.append("<li>").append(b.bookingDate(row)).append(' ').append(esc(b.transactionId(row))).append(' ')
        .append(Money.format(b.amount(row), digits)).append(' ').append(esc(b.description(row))).append("</li>");
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '"':
          out.append("&quot;");
          break;
        default:
          out.append(c < 0x20 ? ' ' : c);
      }
    }
    return out.toString();
  }

  private static final String PATTERNS = "<svg width=\"0\" height=\"0\" aria-hidden=\"true\" style=\"position:absolute\">"
      + "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
      + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f4c7c3\"/><line x1=\"0\" y1=\"0\" "
      + "x2=\"0\" y2=\"6\" stroke=\"#b71c1c\" stroke-width=\"2\"/></pattern>"
      + "<pattern id=\"hatch-benefit\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
      + "patternTransform=\"rotate(-45)\"><rect width=\"6\" height=\"6\" fill=\"#ddd\"/><line x1=\"0\" y1=\"0\" "
      + "x2=\"0\" y2=\"6\" stroke=\"#555\" stroke-width=\"2\"/></pattern>"
      + "<pattern id=\"dots\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"><rect width=\"5\" height=\"5\" "
      + "fill=\"#fff3cd\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.2\" fill=\"#8a6d00\"/></pattern>"
      + "<pattern id=\"cross\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" "
      + "fill=\"#fde0dc\"/><path d=\"M0 0L6 6M6 0L0 6\" stroke=\"#b71c1c\" stroke-width=\"1\"/></pattern></defs></svg>\n";

  private static final String CSS = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
      + "max-width:190mm;margin:1em auto;padding:0 8px;color:#111;font-size:11pt;line-height:1.35}"
      + "h1{font-size:1.5em}h2{font-size:1.25em;border-bottom:2px solid #1f4e79;padding-bottom:2px}"
      + "h3{font-size:1.05em;margin:1.2em 0 .4em}.meta{color:#444}figure{margin:.4em 0}svg{width:100%;height:auto}"
      + ".line{stroke:#1f4e79;stroke-width:1.5}.zero{stroke:#333;stroke-width:1}"
      + ".window{stroke:#888;stroke-dasharray:4 3}.label{font-size:10px;fill:#222}"
      + "table{border-collapse:collapse;width:100%;font-size:9.5pt;margin:.3em 0}"
      + "th,td{border:1px solid #bbb;padding:2px 4px;text-align:right}th:first-child,td:first-child{text-align:left}"
      + "caption{text-align:left;font-weight:600;padding:2px 0}.key{display:inline-block;width:10px;height:10px;"
      + "margin-right:4px;border:1px solid #333}.two{display:flex;gap:12px}.two figure{flex:1}"
      + ".narrow{font-size:8.5pt}details{font-size:9pt}details ul{margin:.2em 0;padding-left:1.2em}a{color:#0b4f8a}"
      + "@media print{body{max-width:none;margin:0}.account{page-break-before:always}details{display:none}}"
      + "@page{size:A4;margin:12mm}";
}
