package org.insights.categoriser;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.insights.core.AccountInfo;
import org.insights.core.RecordedEnrichment;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoJsonReader;
import org.insights.testdata.CsvLines;
import org.insights.testdata.Scenario;
import org.insights.testdata.ScenarioGenerator;
import org.insights.testdata.GeneratorLabels;
import org.insights.testdata.ScenarioSpec;
import org.insights.testdata.SharedData;
import org.insights.testdata.Truth;

/**
 * The categoriser's evaluation report: generator hold-out accuracy and calibration, parity with
 * the recorded Atto response, merchant names and MCC agreement on the Wells Fargo card lines, and
 * coverage on the Oxford card descriptors. Tests assert on it; {@link #main} prints it:
 * {@code mvn -q -pl engine-categoriser -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.insights.categoriser.CategoriserEvaluation}.
 */
public final class CategoriserEvaluation {

  /** Generator seeds at and above this are never used for anything but evaluation. */
  static final long HOLDOUT_SEED = 9_000_000L;

  private static final Categoriser C = Categoriser.DEFAULT;
  private static final CategoriserOptions OPTIONS = CategoriserOptions.defaults();

  private CategoriserEvaluation() {
  }

  /** Hold-out figures. */
  record Holdout(int rows, double categoryAccuracy, double typeAccuracy, double expectedCalibrationError,
      Map<String, double[]> perCategory) {
  }

  static Holdout holdout(int accounts) {
    int rows = 0;
    int right = 0;
    int typeRight = 0;
    double[] binConf = new double[10];
    double[] binRight = new double[10];
    int[] binCount = new int[10];
    Map<String, double[]> per = new java.util.TreeMap<>();
    for (int k = 0; k < accounts; k++) {
      Scenario s = ScenarioGenerator.generate(HOLDOUT_SEED + k, k % 2 == 0 ? ScenarioSpec.uk() : ScenarioSpec.us());
      TransactionBatch b = s.batch();
      Categorisation c = C.categorise(b, OPTIONS);
      for (int i = 0; i < b.size(); i++) {
        Truth.Label label = s.truth().transactions().get(b.transactionId(i));
        Category got = c.category(i);
        boolean ok = GeneratorLabels.accepted(label.category()).contains(got.key());
        rows++;
        right += ok ? 1 : 0;
        typeRight += got.affordabilityType().equals(label.affordabilityType()) ? 1 : 0;
        double conf = c.categoryConfidence(i);
        int bin = Math.min(9, (int) (conf * 10));
        binConf[bin] += conf;
        binRight[bin] += ok ? 1 : 0;
        binCount[bin]++;
        double[] p = per.computeIfAbsent(label.category(), x -> new double[2]);
        p[0]++;
        p[1] += ok ? 1 : 0;
      }
    }
    double ece = 0;
    for (int bin = 0; bin < 10; bin++) {
      if (binCount[bin] > 0) {
        ece += Math.abs(binConf[bin] - binRight[bin]) / rows;
      }
    }
    return new Holdout(rows, (double) right / rows, (double) typeRight / rows, ece, per);
  }

  /** Parity figures with the recorded Atto response. */
  record Parity(int highConfidenceRows, double categoryAgreement, int merchantRows, double merchantAgreement,
      double belowFloorShare, double classAgreement, double[] coverage) {
  }

  static Parity recorded() {
    Path file = SharedData.find("recorded/apollo-carter.json");
    if (file == null) {
      return null;
    }
    TransactionBatch b = AttoJsonReader.DEFAULT.read(file).accounts().get(0);
    Categorisation c = C.categorise(b, OPTIONS);
    RecordedEnrichment r = b.recordedEnrichment();
    int high = 0;
    int agree = 0;
    int merchants = 0;
    int merchantAgree = 0;
    int below = 0;
    int classAgree = 0;
    for (int i = 0; i < b.size(); i++) {
      classAgree += r.classId(i) == c.classId(i) ? 1 : 0;
      if (r.categoryConfidence(i) >= 0.9) {
        high++;
        agree += r.categoryId(i) == c.categoryId(i) ? 1 : 0;
      }
      if (r.predictedMerchantName(i) != null) {
        merchants++;
        merchantAgree += MerchantNames.sameName(r.predictedMerchantName(i), c.merchantName(i)) ? 1 : 0;
      }
      below += c.categoryConfidence(i) < 0.44 ? 1 : 0;
    }
    return new Parity(high, (double) agree / high, merchants, (double) merchantAgree / merchants,
        (double) below / b.size(), (double) classAgree / b.size(), coverage(c));
  }

  /**
   * Wells Fargo figures. The MCC agreement is measured twice: from the description alone (the
   * file's MCC withheld: how well the words say what was bought), and with the file's MCC supplied
   * as the transaction's {@code merchantDetails.merchantCategoryCode}, as a card processor's feed
   * carries it (how the categoriser weighs an MCC against what the words say).
   */
  /**
   * The Wells Fargo figures. {@code oneSpace...}: the same lines with every run of spaces made one, as
   * most banks' exports print a card line (JOES CAFE AUSTIN TX): where the merchant ends is then read
   * from the words, not from the fixed-width columns.
   */
  record WellsFargo(int rows, double merchantAgreement, int mccRows, double mccCategoryAgreement,
      int debitMccRows, double debitMccCategoryAgreement, double mccSuppliedAgreement,
      double oneSpaceMerchantAgreement, double oneSpaceMccCategoryAgreement, ModelRows model) {
  }

  /**
   * The rows with an MCC whose category the model decided (no rule): how many, their mean
   * confidence, and how often that category is the MCC's. The MCC's category is a noisy label (a
   * deli is often 5499, convenience), so the agreement is a lower bound on how often the model is
   * right, and the mean confidence less the agreement an upper bound on how optimistic it is.
   */
  record ModelRows(int rows, double meanConfidence, double mccAgreement) {
  }

  static WellsFargo wellsFargo() throws IOException {
    Path file = SharedData.find("us-wellsfargo-cac2022-test/CAC-2022-Test-Data-Set-New.csv");
    if (file == null) {
      return null;
    }
    List<List<String>> rows = CsvLines.read(file, StandardCharsets.UTF_8);
    List<String> h = rows.get(0);
    int desc = h.indexOf("trans_desc");
    int mcc = h.indexOf("merchant_cat_code");
    int dc = h.indexOf("db_cr_cd");
    int brand = h.indexOf("coalesced_brand");
    int amount = h.indexOf("amt");
    int[] codes = new int[rows.size() - 1];
    TransactionBatch.Builder plain = TransactionBatch.builder(AccountInfo.of("wf", "USD", "US"), rows.size());
    TransactionBatch.Builder withMcc = TransactionBatch.builder(AccountInfo.of("wf", "USD", "US"), rows.size());
    TransactionBatch.Builder oneSpace = TransactionBatch.builder(AccountInfo.of("wf", "USD", "US"), rows.size());
    for (int i = 1; i < rows.size(); i++) {
      List<String> f = rows.get(i);
      boolean credit = "C".equals(f.get(dc));
      long minor = Math.max(1, minorUnits(f.get(amount)));
      String code = f.get(mcc).trim();
      codes[i - 1] = code.matches("\\d{1,4}(\\.0)?") ? Integer.parseInt(code.replace(".0", "")) : -1;
      plain.add("r" + i, credit ? minor : -minor, 19_000, true, f.get(desc));
      oneSpace.add("r" + i, credit ? minor : -minor, 19_000, true, f.get(desc).trim().replaceAll(" {2,}", " "));
      int row = withMcc.add("r" + i, credit ? minor : -minor, 19_000, true, f.get(desc));
      if (codes[i - 1] >= 0) {
        withMcc.merchant(row, null, codes[i - 1]);
      }
    }
    Categorisation c = C.categorise(plain.build(), OPTIONS);
    Categorisation supplied = C.categorise(withMcc.build(), OPTIONS);
    Categorisation spaced = C.categorise(oneSpace.build(), OPTIONS);
    org.insights.categoriser.impl.RuleSetAccess mccTable = new org.insights.categoriser.impl.RuleSetAccess();
    int merchantAgree = 0;
    int mccRows = 0;
    int mccAgree = 0;
    int suppliedAgree = 0;
    int debitRows = 0;
    int debitAgree = 0;
    int oneSpaceMerchantAgree = 0;
    int oneSpaceMccAgree = 0;
    int modelRows = 0;
    double modelConfidence = 0;
    int modelAgree = 0;
    for (int i = 0; i < codes.length; i++) {
      List<String> f = rows.get(i + 1);
      merchantAgree += MerchantNames.sameName(f.get(brand), c.merchantName(i)) ? 1 : 0;
      oneSpaceMerchantAgree += MerchantNames.sameName(f.get(brand), spaced.merchantName(i)) ? 1 : 0;
      int expected = codes[i] < 0 ? -1 : mccTable.categoryForMcc(codes[i]);
      if (expected >= 0) {
        mccRows++;
        mccAgree += expected == c.categoryId(i) ? 1 : 0;
        suppliedAgree += expected == supplied.categoryId(i) ? 1 : 0;
        oneSpaceMccAgree += expected == spaced.categoryId(i) ? 1 : 0;
        if (c.source(i) == org.insights.categoriser.impl.RuleMatcher.SOURCE_MODEL) {
          modelRows++;
          modelConfidence += c.categoryConfidence(i);
          modelAgree += expected == c.categoryId(i) ? 1 : 0;
        }
        // Credits are returns: the categoriser calls them refunds, which no MCC's category is.
        if (!"C".equals(f.get(dc))) {
          debitRows++;
          debitAgree += expected == c.categoryId(i) ? 1 : 0;
        }
      }
    }
    return new WellsFargo(codes.length, (double) merchantAgree / codes.length, mccRows,
        (double) mccAgree / Math.max(1, mccRows), debitRows, (double) debitAgree / Math.max(1, debitRows),
        (double) suppliedAgree / Math.max(1, mccRows), (double) oneSpaceMerchantAgree / codes.length,
        (double) oneSpaceMccAgree / Math.max(1, mccRows),
        new ModelRows(modelRows, modelConfidence / Math.max(1, modelRows),
            (double) modelAgree / Math.max(1, modelRows)));
  }

  /** @return a decimal amount such as {@code 1,234.50} in minor units, 0 when it is not a number */
  private static long minorUnits(String text) {
    try {
      return new java.math.BigDecimal(text.replace(",", "").replace("£", "").trim()).movePointRight(2)
          .setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
    } catch (NumberFormatException | ArithmeticException ex) {
      return 0;
    }
  }

  /** Share of Oxford card descriptors below confidence 0.44, and the coverage curve. */
  static double[] oxford() throws IOException {
    Path dir = SharedData.find("uk-oxford-procurement-card");
    if (dir == null) {
      return null;
    }
    TransactionBatch.Builder bb = TransactionBatch.builder(AccountInfo.of("ox", "GBP", "GB"));
    int n = 0;
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        List<List<String>> rows = CsvLines.read(f, Charset.forName("windows-1252"));
        List<String> h = rows.get(0);
        int col = h.indexOf("MCH.MERCHANT NAME");
        int value = h.indexOf("FIN.TRANSACTION AMOUNT");
        if (col < 0) {
          col = h.indexOf("Merchant");
          value = h.indexOf("Value");
        }
        for (int i = 1; i < rows.size(); i++) {
          List<String> row = rows.get(i);
          if (col < row.size()) {
            long minor = value >= 0 && value < row.size() ? minorUnits(row.get(value)) : 100;
            // Card spend is a debit; a negative value on the card (a refund) is a credit.
            bb.add("o" + (n++), minor == 0 ? -100 : -minor, 17_000, true, row.get(col));
          }
        }
      }
    }
    TransactionBatch b = bb.build();
    Categorisation c = C.categorise(b, OPTIONS);
    int below = 0;
    for (int i = 0; i < b.size(); i++) {
      below += c.categoryConfidence(i) < 0.44 ? 1 : 0;
    }
    double[] out = new double[12];
    out[0] = (double) below / b.size();
    System.arraycopy(coverage(c), 0, out, 1, 11);
    return out;
  }

  /** @return for t = 0 to 10, the share of rows with confidence at least t / 10 */
  static double[] coverage(Categorisation c) {
    double[] curve = new double[11];
    for (int i = 0; i < c.size(); i++) {
      for (int t = 0; t <= 10; t++) {
        curve[t] += c.categoryConfidence(i) >= t / 10.0 ? 1 : 0;
      }
    }
    for (int t = 0; t <= 10; t++) {
      curve[t] /= c.size();
    }
    return curve;
  }

  private static void printCoverage(double[] curve) {
    for (int t = 0; t <= 10; t++) {
      System.out.printf(Locale.ROOT, " %.1f:%.3f", t / 10.0, curve[t]);
    }
    System.out.println();
  }

  /**
   * Prints the report.
   *
   * @param args  ignored
   * @throws IOException when a data file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Holdout h = holdout(200);
    System.out.printf(Locale.ROOT, "generator hold-out: %d rows, category accuracy %.4f, affordabilityType accuracy"
        + " %.4f, ECE %.4f%n", h.rows(), h.categoryAccuracy(), h.typeAccuracy(), h.expectedCalibrationError());
    h.perCategory().forEach((k, v) -> {
      if (v[1] / v[0] < 0.97) {
        System.out.printf(Locale.ROOT, "  %-24s %6.0f rows  accuracy %.3f%n", k, v[0], v[1] / v[0]);
      }
    });
    Parity p = recorded();
    if (p != null) {
      System.out.printf(Locale.ROOT, "recorded parity: category agreement %.4f on %d rows with Atto confidence >= 0.9;"
          + " merchant name agreement %.4f on %d rows; %.4f of rows below 0.44; class agreement %.4f on all rows%n",
          p.categoryAgreement(), p.highConfidenceRows(), p.merchantAgreement(), p.merchantRows(), p.belowFloorShare(),
          p.classAgreement());
      System.out.print("  recorded coverage (share with confidence >= t):");
      printCoverage(p.coverage());
    }
    WellsFargo w = wellsFargo();
    if (w != null) {
      System.out.printf(Locale.ROOT, "wells fargo: merchant agreement %.4f on %d rows; MCC category agreement from the"
          + " description alone %.4f on %d rows (%.4f on the %d debits); with the MCC supplied %.4f%n",
          w.merchantAgreement(), w.rows(), w.mccCategoryAgreement(), w.mccRows(), w.debitMccCategoryAgreement(),
          w.debitMccRows(), w.mccSuppliedAgreement());
      System.out.printf(Locale.ROOT, "wells fargo, one space between words: merchant agreement %.4f; MCC category"
          + " agreement from the description alone %.4f%n", w.oneSpaceMerchantAgreement(),
          w.oneSpaceMccCategoryAgreement());
      System.out.printf(Locale.ROOT, "wells fargo, the %d rows with an MCC the model decided: mean confidence %.4f,"
          + " MCC category agreement %.4f%n", w.model().rows(), w.model().meanConfidence(), w.model().mccAgreement());
    }
    double[] o = oxford();
    if (o != null) {
      System.out.printf(Locale.ROOT, "oxford: %.4f of rows below 0.44; coverage (share with confidence >= t):", o[0]);
      printCoverage(java.util.Arrays.copyOfRange(o, 1, 12));
    }
  }
}
