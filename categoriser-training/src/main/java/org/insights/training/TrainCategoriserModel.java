package org.insights.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.insights.categoriser.Descriptions;
import org.insights.categoriser.Taxonomy;
import org.insights.categoriser.impl.Features;
import org.insights.categoriser.impl.LinearModel;
import org.insights.categoriser.impl.RuleSetAccess;
import org.insights.core.TransactionBatch;
import org.insights.testdata.GeneratorLabels;
import org.insights.testdata.Scenario;
import org.insights.testdata.ScenarioGenerator;
import org.insights.testdata.ScenarioSpec;
import org.insights.testdata.Truth;
import smile.classification.PlattScaling;
import smile.classification.SparseLogisticRegression;
import smile.data.SparseDataset;
import smile.util.SparseArray;

/**
 * Fits the categoriser's multinomial logistic regression with Smile and writes
 * {@code engine-categoriser/src/main/resources/org/insights/categoriser/model.bin}.
 * <p>
 * Training data is only what the project generates or ships: the brand dictionary (NSI, BSD-3)
 * and the project's own merchant, cue and benefit lists from the categoriser's resources; the
 * merchant category code descriptions of {@code ../shared/data/mcc} (Unlicense) labelled through
 * the project's MCC table; and generated accounts from seeds 0-399 (the evaluation hold-out
 * starts at 9,000,000). Never the evaluation sets. Seeded and deterministic. Features are the
 * categoriser's own ({@link Features}): the merchant column's words and 4-grams, the direction, the
 * amount band (generated lines carry theirs; entries without an amount get a seeded random band, so
 * that a band alone says little) and the MCC (the MCC descriptions carry their code).
 * <p>
 * Usage: {@code mvn -Ptraining -pl categoriser-training -am package exec:java}
 * (optional arguments: the model file, then the unseen-names table for {@code CalibrationBuilder}).
 */
public final class TrainCategoriserModel {

  /** The L2 penalty; see the module README for how it was chosen (system property for trials). */
  private static final double LAMBDA = Double.parseDouble(System.getProperty("insights.lambda", "0.5"));
  /** Folds of the names-never-seen refits. */
  private static final int FOLDS = Integer.getInteger("insights.folds", 5);

  private TrainCategoriserModel() {
  }

  /** One training example before hashing. */
  private record Example(String text, boolean credit, int band, int mcc, int categoryId, Origin origin) {

    boolean dictionary() {
      return origin == Origin.DICTIONARY;
    }

    boolean generated() {
      return origin == Origin.GENERATED;
    }

    /** @return the text's words, columns joined, with a space either side (for whole-word containment) */
    String words() {
      return " " + text.replace('|', ' ').trim() + " ";
    }
  }

  /** Where an example comes from. */
  private enum Origin { DICTIONARY, CUE, MCC, GENERATED }

  /**
   * @param args  optional: the model file, then the unseen-names table
   * @throws IOException on read or write failure
   */
  public static void main(String[] args) throws IOException {
    Path out = Paths.get(args.length > 0 ? args[0]
        : "engine-categoriser/src/main/resources/org/insights/categoriser/model.bin");
    if (!Files.isDirectory(out.getParent())) {
      out = Paths.get("..").resolve(out);
    }
    Taxonomy t = Taxonomy.DEFAULT;
    Map<String, Example> examples = new LinkedHashMap<>();
    // 1. Dictionaries shipped in the categoriser.
    for (String[] row : resource("merchants-nsi.tsv")) {
      for (String p : row[0].split("\\|")) {
        add(examples, p, false, t.categoryByKey(row[2]).id(), Origin.DICTIONARY);
      }
    }
    for (String[] row : resource("merchants-own.tsv")) {
      for (String p : row[0].split("\\|")) {
        add(examples, p, false, t.categoryByKey(row[2]).id(), Origin.DICTIONARY);
      }
    }
    for (String[] row : resource("cues.tsv")) {
      if (!row[2].equals("-")) {
        boolean credit = row[1].equals("C");
        for (String p : row[0].split("\\|")) {
          add(examples, p, credit, t.categoryByKey(row[2]).id(), Origin.CUE);
        }
      }
    }
    // 2. MCC descriptions labelled through the project's MCC table.
    Path mcc = findShared("mcc/mcc_codes.csv");
    RuleSetAccess rules = new RuleSetAccess();
    if (mcc != null) {
      List<String> lines = Files.readAllLines(mcc, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
        int cat = rules.categoryForMcc(Integer.parseInt(f[0].trim()));
        if (cat >= 0) {
          int code = Integer.parseInt(f[0].trim());
          for (int field = 1; field <= 2; field++) {
            add(examples, f[field].replace("\"", ""), false, BANDS.nextInt(Features.AMOUNT_BANDS), code, cat,
                Origin.MCC);
          }
        }
      }
    } else {
      System.err.println("warning: ../shared/data/mcc not found; training without MCC descriptions");
    }
    // 3. Generated accounts (training seeds only).
    for (long seed = 0; seed < 400; seed++) {
      Scenario s = ScenarioGenerator.generate(seed, seed % 2 == 0 ? ScenarioSpec.uk() : ScenarioSpec.us());
      TransactionBatch b = s.batch();
      for (int i = 0; i < b.size(); i++) {
        Truth.Label label = s.truth().transactions().get(b.transactionId(i));
        String key = GeneratorLabels.accepted(label.category()).get(0);
        add(examples, b.description(i), b.amount(i) > 0, Features.amountBand(b.amount(i)), -1,
            t.categoryByKey(key).id(), Origin.GENERATED);
      }
    }
    List<Example> all = new ArrayList<>(examples.values());
    LinearModel linear = fit(all, true);
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16)) {
      linear.write(o);
    }
    System.err.println("wrote " + out + " (" + Files.size(out) + " bytes)");
    // 4. How often the model is right on names it never saw: refit without each fifth of the
    // dictionary's names in turn (and without the generated lines that carry them), score that
    // fifth, and map the model's probability to the share right. The categoriser decides by the
    // model only lines no rule named, which in a real file are mostly names it never saw; the
    // generated accounts' lines are not (their names are the dictionary's).
    Path unseen = Paths.get(args.length > 1 ? args[1]
        : "engine-categoriser/src/test/resources/org/insights/categoriser/model-unseen.tsv");
    if (args.length <= 1 && !Files.isDirectory(Paths.get("engine-categoriser"))) {
      unseen = Paths.get("..").resolve(unseen);
    }
    writeUnseenCalibration(all, unseen);
  }

  /**
   * Fits the model {@link #FOLDS} times, each time without one fold of the dictionary's names (a
   * fixed hash of the name decides) and without the generated lines that carry them, scores the
   * names held out, and writes, for each model probability 0.00 to 1.00, the Platt-scaled estimate
   * of the share right on them: {@code strength TAB share right TAB names scored}.
   */
  private static void writeUnseenCalibration(List<Example> all, Path file) throws IOException {
    List<Double> strengths = new ArrayList<>();
    List<Integer> rights = new ArrayList<>();
    int correct = 0;
    double logLoss = 0;
    for (int fold = 0; fold < FOLDS; fold++) {
      java.util.Set<String> held = new java.util.HashSet<>();
      for (Example e : all) {
        if (e.dictionary() && fold(e.text()) == fold) {
          held.add(e.words());
        }
      }
      List<Example> train = new ArrayList<>();
      List<Example> test = new ArrayList<>();
      for (Example e : all) {
        String words = e.words();
        if (e.dictionary() && held.contains(words)) {
          test.add(e);
        } else if (!e.generated() || held.stream().noneMatch(words::contains)) {
          train.add(e);
        }
        // A generated line that carries a held-out name is in neither: its other words would tell
        // the refit what the name is, and a name that is a common word (a held-out ONE) marks lines
        // of any kind, so those lines are no sample of names never seen.
      }
      LinearModel model = fit(train, false);
      int[] buffer = new int[Features.MAX_FEATURES];
      double[] scratch = new double[model.classes()];
      float[] p = new float[1];
      for (Example e : test) {
        int c = model.predict(buffer, features(e, buffer), scratch, p);
        int right = model.categoryId(c) == e.categoryId() ? 1 : 0;
        strengths.add((double) p[0]);
        rights.add(right);
        correct += right;
        logLoss -= Math.log(Math.max(1e-9, probabilityOf(model, scratch, e.categoryId())));
      }
    }
    double[] strength = strengths.stream().mapToDouble(Double::doubleValue).toArray();
    int[] right = rights.stream().mapToInt(Integer::intValue).toArray();
    // Platt's scaling over the probability's log-odds: a smooth, increasing map (an isotonic fit
    // was tried: its steps sent 0.10 to 0 and 0.65 to 0.53 but 0.70 to 0.90).
    double[] logit = new double[strength.length];
    for (int i = 0; i < logit.length; i++) {
      logit[i] = logit(strength[i]);
    }
    PlattScaling platt = PlattScaling.fit(logit, right);
    Files.createDirectories(file.getParent());
    try (java.io.PrintWriter w = new java.io.PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      w.println("# The categoriser model's probability against the share right on names it never saw, written");
      w.println("# by TrainCategoriserModel (each fifth of the dictionary's names held out of a refit that saw");
      w.println("# no line carrying them; Platt scaling of the log-odds).");
      w.println("# Columns: strength TAB share right TAB names scored.");
      for (int s = 0; s <= 100; s++) {
        w.printf(Locale.ROOT, "%.2f\t%.4f\t%d%n", s / 100.0, platt.scale(logit(s / 100.0)), strength.length);
      }
    }
    System.err.printf(Locale.ROOT, "names never seen: %d scored in %d folds, %.4f right, log-loss %.4f; wrote %s%n",
        strength.length, FOLDS, (double) correct / strength.length, logLoss / strength.length, file);
  }

  /** @return the softmax probability of a category from the scores {@code predict} left in scratch */
  private static double probabilityOf(LinearModel model, double[] scores, int categoryId) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : scores) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double mine = 0;
    for (int c = 0; c < model.classes(); c++) {
      double e = Math.exp(scores[c] - max);
      sum += e;
      mine += model.categoryId(c) == categoryId ? e : 0;
    }
    return mine / sum;
  }

  private static double logit(double p) {
    double q = Math.min(0.995, Math.max(0.005, p));
    return Math.log(q / (1 - q));
  }

  /** @return the fold of the names-never-seen refits a dictionary name is held out in */
  private static int fold(String text) {
    return Math.floorMod(text.hashCode() * 0x9E3779B9, FOLDS);
  }

  /**
   * Fits the multinomial logistic regression on the examples.
   *
   * @param check  whether to check the exported weights against Smile's predictions and print the
   *     training accuracy
   */
  private static LinearModel fit(List<Example> examples, boolean check) {
    // Classes: the categories present, in id order.
    TreeMap<Integer, Integer> classOf = new TreeMap<>();
    for (Example e : examples) {
      classOf.putIfAbsent(e.categoryId(), 0);
    }
    int[] ids = classOf.keySet().stream().mapToInt(Integer::intValue).toArray();
    for (int c = 0; c < ids.length; c++) {
      classOf.put(ids[c], c);
    }
    // Classes are not rebalanced: tried (cap 300, floor 60), it lowered agreement on real card data,
    // because the brand index's class sizes roughly follow how often people pay such merchants.
    List<SparseArray> xs = new ArrayList<>(examples.size());
    int[] ys = new int[examples.size()];
    int[] buffer = new int[Features.MAX_FEATURES];
    int k = 0;
    for (Example e : examples) {
      int n = features(e, buffer);
      SparseArray x = new SparseArray(n);
      for (int f = 0; f < n; f++) {
        x.append(buffer[f], 1.0);
      }
      xs.add(x);
      ys[k++] = classOf.get(e.categoryId());
    }
    System.err.printf(Locale.ROOT, "training on %d examples, %d classes, %d features, lambda %.3f%n", xs.size(),
        ids.length, Features.DIMENSION, LAMBDA);
    long start = System.nanoTime();
    SparseDataset data = SparseDataset.of(xs, Features.DIMENSION);
    SparseLogisticRegression.Multinomial model = SparseLogisticRegression.multinomial(data, ys, LAMBDA, 1e-5, 500);
    System.err.printf(Locale.ROOT, "fitted in %.1f s, log-likelihood %.1f%n", (System.nanoTime() - start) / 1e9,
        model.loglikelihood());
    double[][] w = model.coefficients();
    // Smile keeps k-1 rows (the last class is the reference, score 0) or k rows; both become k rows here.
    int dim = Features.DIMENSION;
    float[] weights = new float[ids.length * (dim + 1)];
    for (int c = 0; c < w.length && c < ids.length; c++) {
      for (int f = 0; f <= dim; f++) {
        weights[c * (dim + 1) + f] = (float) w[c][f];
      }
    }
    LinearModel linear = new LinearModel(dim, ids, weights);
    if (!check) {
      return linear;
    }
    // Check that the exported weights predict as Smile does.
    int agree = 0;
    double[] scratch = new double[ids.length];
    float[] p = new float[1];
    int checked = Math.min(5000, xs.size());
    for (k = 0; k < checked; k++) {
      int n = features(examples.get(k), buffer);
      agree += linear.predict(buffer, n, scratch, p) == model.predict(xs.get(k)) ? 1 : 0;
    }
    System.err.printf(Locale.ROOT, "export check: %d of %d predictions equal Smile's%n", agree, checked);
    if (agree < checked * 0.999) {
      throw new IllegalStateException("exported weights disagree with Smile: " + agree + " of " + checked);
    }
    int right = 0;
    for (int i = 0; i < xs.size(); i++) {
      right += model.predict(xs.get(i)) == ys[i] ? 1 : 0;
    }
    System.err.printf(Locale.ROOT, "training accuracy %.4f%n", (double) right / xs.size());
    return linear;
  }

  /** Amount bands for examples that have none, so that a band alone says little. Seeded. */
  private static final java.util.Random BANDS = new java.util.Random(20_261_122L);

  private static void add(Map<String, Example> examples, String text, boolean credit, int categoryId,
      Origin origin) {
    add(examples, text, credit, BANDS.nextInt(Features.AMOUNT_BANDS), -1, categoryId, origin);
  }

  private static void add(Map<String, Example> examples, String text, boolean credit, int band, int mcc,
      int categoryId, Origin origin) {
    String n = Descriptions.normaliseColumns(text);
    if (n.replace("|", "").isBlank()) {
      return;
    }
    examples.putIfAbsent(n + (credit ? "+" : "-") + band + "/" + mcc,
        new Example(n, credit, band, mcc, categoryId, origin));
  }

  /** The features of an example as the categoriser computes them: the merchant column only. */
  private static int features(Example e, int[] buffer) {
    int bar = e.text().indexOf('|');
    return Features.extract(e.text(), bar < 0 ? e.text().length() : bar, e.credit(), e.band(), e.mcc(), buffer);
  }

  private static List<String[]> resource(String name) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Taxonomy.class.getResourceAsStream(name);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    }
    return rows;
  }

  private static Path findShared(String relative) {
    return org.insights.testdata.SharedData.find(relative);
  }

}
