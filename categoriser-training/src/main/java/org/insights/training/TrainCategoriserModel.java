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
 * (optional argument: the output file).
 */
public final class TrainCategoriserModel {

  private static final double LAMBDA = 0.05;

  private TrainCategoriserModel() {
  }

  /** One training example before hashing. */
  private record Example(String text, boolean credit, int band, int mcc, int categoryId) {
  }

  /**
   * @param args  optional output path
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
        add(examples, p, false, t.categoryByKey(row[2]).id());
      }
    }
    for (String[] row : resource("merchants-own.tsv")) {
      for (String p : row[0].split("\\|")) {
        add(examples, p, false, t.categoryByKey(row[2]).id());
      }
    }
    for (String[] row : resource("cues.tsv")) {
      if (!row[2].equals("-")) {
        boolean credit = row[1].equals("C");
        for (String p : row[0].split("\\|")) {
          add(examples, p, credit, t.categoryByKey(row[2]).id());
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
          add(examples, f[1].replace("\"", ""), false, BANDS.nextInt(Features.AMOUNT_BANDS), code, cat);
          add(examples, f[2].replace("\"", ""), false, BANDS.nextInt(Features.AMOUNT_BANDS), code, cat);
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
            t.categoryByKey(key).id());
      }
    }
    // Classes: the categories present, in id order.
    TreeMap<Integer, Integer> classOf = new TreeMap<>();
    for (Example e : examples.values()) {
      classOf.putIfAbsent(e.categoryId(), 0);
    }
    int[] ids = classOf.keySet().stream().mapToInt(Integer::intValue).toArray();
    for (int c = 0; c < ids.length; c++) {
      classOf.put(ids[c], c);
    }
    // Classes are not rebalanced: tried (cap 300, floor 60), it lowered agreement on real card data,
    // because the brand index's class sizes roughly follow how often people pay such merchants.
    List<Example> balanced = new ArrayList<>(examples.values());
    List<SparseArray> xs = new ArrayList<>(balanced.size());
    int[] ys = new int[balanced.size()];
    int[] buffer = new int[Features.MAX_FEATURES];
    int k = 0;
    for (Example e : balanced) {
      int n = features(e, buffer);
      SparseArray x = new SparseArray(n);
      for (int f = 0; f < n; f++) {
        x.append(buffer[f], 1.0);
      }
      xs.add(x);
      ys[k++] = classOf.get(e.categoryId());
    }
    System.err.printf(Locale.ROOT, "training on %d examples, %d classes, %d features%n", xs.size(), ids.length,
        Features.DIMENSION);
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
    // Check that the exported weights predict as Smile does.
    int agree = 0;
    double[] scratch = new double[ids.length];
    float[] p = new float[1];
    int checked = Math.min(5000, xs.size());
    k = 0;
    for (Example e : balanced) {
      if (k >= checked) {
        break;
      }
      int n = features(e, buffer);
      agree += linear.predict(buffer, n, scratch, p) == model.predict(xs.get(k)) ? 1 : 0;
      k++;
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
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16)) {
      linear.write(o);
    }
    System.err.println("wrote " + out + " (" + Files.size(out) + " bytes)");
  }

  /** Amount bands for examples that have none, so that a band alone says little. Seeded. */
  private static final java.util.Random BANDS = new java.util.Random(20_261_122L);

  private static void add(Map<String, Example> examples, String text, boolean credit, int categoryId) {
    add(examples, text, credit, BANDS.nextInt(Features.AMOUNT_BANDS), -1, categoryId);
  }

  private static void add(Map<String, Example> examples, String text, boolean credit, int band, int mcc,
      int categoryId) {
    String n = Descriptions.normaliseColumns(text);
    if (n.replace("|", "").isBlank()) {
      return;
    }
    examples.putIfAbsent(n + (credit ? "+" : "-") + band + "/" + mcc, new Example(n, credit, band, mcc, categoryId));
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
