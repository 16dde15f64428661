package org.insights.training.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.insights.affordability.Affordability;
import org.insights.affordability.AffordabilityAssessor;
import org.insights.affordability.AffordabilityOptions;
import org.insights.categoriser.Categorisation;
import org.insights.categoriser.Categoriser;
import org.insights.categoriser.CategoriserOptions;
import org.insights.core.BadInputException;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoJsonReader;
import org.insights.health.FinancialHealth;
import org.insights.health.HealthScorer;
import org.insights.income.IncomeDetector;
import org.insights.income.IncomeOptions;
import org.insights.income.IncomeVerification;
import org.insights.score.Features;
import org.insights.score.Observations;
import org.insights.score.ScoreModel;
import org.insights.testdata.BerkaConverter;
import smile.classification.LogisticRegression;

/**
 * Fits score models with Smile and evaluates them. Training time only.
 * <p>
 * {@code score-train ACCOUNTS OUTCOMES.csv OUT.json}: a lender's own model. ACCOUNTS is a file or
 * directory of account JSON (any input format); OUTCOMES.csv has {@code accountId,observationDate,
 * defaulted} (yes/no, true/false or 1/0). Each account is cut at its observation date
 * ({@link Observations#asOf}: nothing on or after it is seen), the engines run as of the day
 * before, and the features are fitted to the outcomes.
 * <p>
 * {@code berka [OUT.json]}: the shipped default model: the Berka loans of
 * {@code ../shared/data/berka} (the 354 loans of {@code ecac} with their pre-loan transactions,
 * and the loans granted inside the 1993-1994 transaction prefix), outcomes from {@code loan.asc}
 * (bad = B or D). Prints stratified 5-fold cross-validated AUC with a bootstrap 95% interval, the
 * one-feature baseline (average end-of-day balance over 90 days) and the calibration by decile,
 * then fits on all loans and writes the model.
 */
public final class TrainScoreModel {

  private static final double LAMBDA = 0.5;

  private TrainScoreModel() {
  }

  /** Features and outcomes. */
  record DataSet(List<double[]> x, List<Integer> y, List<String> ids) {
  }

  /**
   * @param args  {@code score-train ACCOUNTS OUTCOMES OUT} or {@code berka [OUT]}
   * @throws IOException on read or write failure
   */
  public static void main(String[] args) throws IOException {
    if (args.length >= 1 && args[0].equals("berka")) {
      DataSet d = berka();
      evaluate(d);
      Path out = Paths.get(args.length > 1 ? args[1]
          : "engine-score/src/main/resources/org/insights/score/score-model.json");
      if (!Files.isDirectory(out.getParent())) {
        out = Paths.get("..").resolve(out);
      }
      int bad = d.y().stream().mapToInt(Integer::intValue).sum();
      write(fit(d, "logistic-v1-berka-pkdd99 (" + d.y().size() + " loans, " + bad + " bad)"), out);
      return;
    }
    if (args.length == 4 && args[0].equals("score-train")) {
      DataSet d = lender(Paths.get(args[1]), Paths.get(args[2]));
      evaluate(d);
      write(fit(d, "logistic-v1-lender (" + d.y().size() + " outcomes)"), Paths.get(args[3]));
      return;
    }
    System.err.println("usage: insights-train score-train ACCOUNTS OUTCOMES.csv OUT.json | berka [OUT.json]");
    System.exit(2);
  }

  private static void write(ScoreModel m, Path out) throws IOException {
    try (OutputStream o = Files.newOutputStream(out)) {
      m.write(o);
    }
    System.err.println("wrote " + out);
  }

  /** Runs every engine on an account as of the day before its observation date. */
  static double[] features(TransactionBatch account, LocalDate observation) {
    TransactionBatch b = Observations.asOf(account, observation);
    LocalDate asOf = observation.minusDays(1);
    Categorisation c = Categoriser.DEFAULT.categorise(b, CategoriserOptions.defaults());
    IncomeVerification v = IncomeDetector.DEFAULT.detect(b, c, IncomeOptions.defaults(), asOf);
    Affordability a = AffordabilityAssessor.DEFAULT.assess(b, c, v, AffordabilityOptions.defaults(), asOf);
    FinancialHealth h = HealthScorer.DEFAULT.measure(b, asOf);
    return Features.of(b, c, v, a, h, asOf);
  }

  static DataSet berka() throws IOException {
    Path loans = find("berka/loan.asc");
    // ecac: the pre-loan transactions of the 354 loans of 1997-1998; prefix: full histories to
    // 1994-03-31, so only loans granted by then can be observed there.
    Map<String, TransactionBatch> ecac = new HashMap<>();
    for (BerkaConverter.Account a : BerkaConverter.read(find("berka/ecac/trans_test.csv"))) {
      ecac.put(a.batch().account().accountId(), a.batch());
    }
    Map<String, TransactionBatch> prefix = new HashMap<>();
    for (BerkaConverter.Account a : BerkaConverter.read(find("berka/trans_prefix_1993-01_to_1994-03.asc"))) {
      prefix.put(a.batch().account().accountId(), a.batch());
    }
    LocalDate prefixEnd = LocalDate.of(1994, 3, 31);
    List<double[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<String> lines = Files.readAllLines(loans, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.replace("\"", "").split(";");
      String d = f[2];
      LocalDate date = LocalDate.of(1900 + Integer.parseInt(d.substring(0, 2)), Integer.parseInt(d.substring(2, 4)),
          Integer.parseInt(d.substring(4, 6)));
      TransactionBatch b = ecac.get(f[1]);
      if (b == null && !date.isAfter(prefixEnd)) {
        b = prefix.get(f[1]);
      }
      if (b == null) {
        continue;
      }
      if (b.earliestBookingDay() >= date.toEpochDay() - 30) {
        continue; // less than a month of history before the loan
      }
      x.add(features(b, date));
      y.add(f[6].equals("B") || f[6].equals("D") ? 1 : 0);
      ids.add(f[0]);
    }
    System.err.printf(Locale.ROOT, "berka: %d loans with history, %d bad%n", y.size(),
        y.stream().mapToInt(Integer::intValue).sum());
    return new DataSet(x, y, ids);
  }

  static DataSet lender(Path accountsPath, Path outcomes) throws IOException {
    Map<String, TransactionBatch> accounts = new HashMap<>();
    List<Path> files;
    if (Files.isDirectory(accountsPath)) {
      try (Stream<Path> s = Files.walk(accountsPath)) {
        files = s.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonl")).sorted()
            .collect(Collectors.toList());
      }
    } else {
      files = List.of(accountsPath);
    }
    for (Path f : files) {
      for (TransactionBatch b : AttoJsonReader.DEFAULT.read(f).accounts()) {
        accounts.put(b.account().accountId(), b);
      }
    }
    List<double[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(outcomes, StandardCharsets.UTF_8)) {
      String line = r.readLine();
      int row = 0;
      while ((line = r.readLine()) != null) {
        row++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",");
        TransactionBatch b = accounts.get(f[0].trim());
        if (b == null) {
          throw BadInputException.of("accountId", row, null, "no account '" + f[0].trim() + "' among the inputs")
              .withSource(outcomes.toString());
        }
        String v = f[2].trim().toLowerCase(Locale.ROOT);
        x.add(features(b, LocalDate.parse(f[1].trim())));
        y.add(v.equals("yes") || v.equals("true") || v.equals("1") ? 1 : 0);
        ids.add(f[0].trim());
      }
    }
    return new DataSet(x, y, ids);
  }

  /** Standardises, fits with Smile, and packs a scorecard. */
  static ScoreModel fit(DataSet d, String version) {
    int p = Features.NAMES.size();
    double[] mean = new double[p];
    double[] sd = new double[p];
    for (double[] r : d.x()) {
      for (int j = 0; j < p; j++) {
        mean[j] += r[j] / d.x().size();
      }
    }
    for (double[] r : d.x()) {
      for (int j = 0; j < p; j++) {
        sd[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / d.x().size();
      }
    }
    for (int j = 0; j < p; j++) {
      sd[j] = sd[j] > 1e-12 ? Math.sqrt(sd[j]) : 1;
    }
    double[][] z = new double[d.x().size()][p];
    for (int i = 0; i < z.length; i++) {
      for (int j = 0; j < p; j++) {
        z[i][j] = (d.x().get(i)[j] - mean[j]) / sd[j];
      }
    }
    int[] y = d.y().stream().mapToInt(Integer::intValue).toArray();
    LogisticRegression.Binomial lr = LogisticRegression.binomial(z, y, LAMBDA, 1e-6, 1000);
    double[] w = lr.coefficients();
    double[] coef = Arrays.copyOf(w, p);
    ScoreModel model = new ScoreModel(version, Features.NAMES, mean, sd, coef, w[p], 600, 50, 20, 300, 850);
    // The exported scorecard must give Smile's probabilities.
    double[] post = new double[2];
    for (int i = 0; i < Math.min(50, z.length); i++) {
      lr.predict(z[i], post);
      double mine = model.probabilityOfDefault(d.x().get(i));
      if (Math.abs(mine - post[1]) > 1e-6) {
        throw new IllegalStateException("exported model disagrees with Smile: " + mine + " vs " + post[1]);
      }
    }
    return model;
  }

  /** Stratified 5-fold CV AUC with a bootstrap interval, the baseline, and calibration by decile. */
  static void evaluate(DataSet d) {
    int n = d.y().size();
    int[] fold = new int[n];
    Random random = new Random(20261122L);
    for (int label = 0; label <= 1; label++) {
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (d.y().get(i) == label) {
          idx.add(i);
        }
      }
      java.util.Collections.shuffle(idx, random);
      for (int k = 0; k < idx.size(); k++) {
        fold[idx.get(k)] = k % 5;
      }
    }
    double[] oof = new double[n];
    for (int f = 0; f < 5; f++) {
      List<double[]> tx = new ArrayList<>();
      List<Integer> ty = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (fold[i] != f) {
          tx.add(d.x().get(i));
          ty.add(d.y().get(i));
        }
      }
      ScoreModel m = fit(new DataSet(tx, ty, List.of()), "fold");
      for (int i = 0; i < n; i++) {
        if (fold[i] == f) {
          oof[i] = m.probabilityOfDefault(d.x().get(i));
        }
      }
    }
    int[] y = d.y().stream().mapToInt(Integer::intValue).toArray();
    double auc = auc(oof, y);
    double[] boot = new double[1000];
    for (int b = 0; b < boot.length; b++) {
      double[] s = new double[n];
      int[] t = new int[n];
      for (int i = 0; i < n; i++) {
        int k = random.nextInt(n);
        s[i] = oof[k];
        t[i] = y[k];
      }
      boot[b] = auc(s, t);
    }
    Arrays.sort(boot);
    double[] baseline = new double[n];
    for (int i = 0; i < n; i++) {
      baseline[i] = -d.x().get(i)[0];
    }
    System.out.printf(Locale.ROOT, "stratified 5-fold CV AUC %.4f (bootstrap 95%% %.4f-%.4f); baseline (avg balance 90"
        + " days) AUC %.4f; %d accounts, %d bad%n", auc, boot[25], boot[974], auc(baseline, y), n,
        Arrays.stream(y).sum());
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(oof[a], oof[b]));
    System.out.println("decile  accounts  mean predicted PD  observed default rate");
    for (int dec = 0; dec < 10; dec++) {
      int from = dec * n / 10;
      int to = (dec + 1) * n / 10;
      double pred = 0;
      double obs = 0;
      for (int k = from; k < to; k++) {
        pred += oof[order[k]];
        obs += y[order[k]];
      }
      System.out.printf(Locale.ROOT, "%6d  %8d  %17.4f  %21.4f%n", dec + 1, to - from, pred / (to - from),
          obs / (to - from));
    }
  }

  static double auc(double[] score, int[] y) {
    long pos = Arrays.stream(y).filter(v -> v == 1).count();
    long neg = y.length - pos;
    if (pos == 0 || neg == 0) {
      return 0.5;
    }
    Integer[] idx = new Integer[score.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(score[a], score[b]));
    double rankSum = 0;
    int i = 0;
    while (i < idx.length) {
      int j = i;
      while (j + 1 < idx.length && score[idx[j + 1]] == score[idx[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (y[idx[k]] == 1) {
          rankSum += rank;
        }
      }
      i = j + 1;
    }
    return (rankSum - pos * (pos + 1) / 2.0) / (pos * (double) neg);
  }

  private static Path find(String relative) {
    Path p = org.insights.testdata.SharedData.find(relative);
    if (p == null) {
      throw new IllegalStateException("../shared/data/" + relative + " not found");
    }
    return p;
  }

}
