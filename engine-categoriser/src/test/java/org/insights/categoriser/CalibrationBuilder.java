package org.insights.categoriser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.insights.categoriser.impl.RuleMatcher;
import org.insights.core.TransactionBatch;
import org.insights.testdata.Scenario;
import org.insights.testdata.ScenarioGenerator;
import org.insights.testdata.GeneratorLabels;
import org.insights.testdata.ScenarioSpec;
import org.insights.testdata.Truth;

/**
 * Builds {@code calibration.tsv}: runs the uncalibrated rules over generated training accounts
 * (seeds 0 to 1,999, far below {@link CategoriserEvaluation#HOLDOUT_SEED}) and records, per rule
 * source and raw strength, the share of rows it got right, smoothed as (right + 1) / (rows + 2).
 * The model's probabilities are the exception: the generated lines carry the dictionary's names,
 * which the model was trained on, so they would say it is always right. Its entries are copied from
 * {@code model-unseen.tsv} (test resources), which {@code TrainCategoriserModel} writes from refits
 * scored on the names each held out. Usage: {@code CalibrationBuilder OUT_TSV}; deterministic.
 */
public final class CalibrationBuilder {

  private CalibrationBuilder() {
  }

  /**
   * @param args  the output file
   * @throws IOException on write failure
   */
  public static void main(String[] args) throws IOException {
    Categoriser raw = Categoriser.uncalibrated();
    Map<String, long[]> stats = new TreeMap<>();
    for (long seed = 0; seed < 2000; seed++) {
      Scenario s = ScenarioGenerator.generate(seed, seed % 2 == 0 ? ScenarioSpec.uk() : ScenarioSpec.us());
      TransactionBatch b = s.batch();
      Categorisation c = raw.categorise(b, CategoriserOptions.defaults());
      for (int i = 0; i < b.size(); i++) {
        if (c.source(i) == RuleMatcher.SOURCE_MODEL) {
          continue;
        }
        Truth.Label label = s.truth().transactions().get(b.transactionId(i));
        boolean ok = GeneratorLabels.accepted(label.category()).contains(c.category(i).key());
        String key = c.source(i) + "\t" + String.format(Locale.ROOT, "%.2f", c.categoryConfidence(i));
        long[] st = stats.computeIfAbsent(key, k -> new long[2]);
        st[0]++;
        st[1] += ok ? 1 : 0;
      }
    }
    // One line per source and strength, in that order: "probability TAB rows".
    Map<String, String> table = new TreeMap<>();
    stats.forEach((key, st) -> table.put(key,
        String.format(Locale.ROOT, "%.4f\t%d", (st[1] + 1.0) / (st[0] + 2.0), st[0])));
    for (String[] f : modelUnseen()) {
      table.put(RuleMatcher.SOURCE_MODEL + "\t" + f[0], f[1] + "\t" + f[2]);
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Paths.get(args[0]), StandardCharsets.UTF_8))) {
      w.println("# Calibration of rule strengths, built by CalibrationBuilder from generated training accounts");
      w.println("# (seeds 0-1999); the model's (source 7) from names it never saw (model-unseen.tsv).");
      w.println("# Columns: source TAB raw strength TAB calibrated probability TAB rows.");
      table.forEach((key, value) -> w.println(key + "\t" + value));
    }
  }

  /**
   * @return the rows of {@code model-unseen.tsv} (test resources): strength, share right on names
   *     the model never saw, names scored
   * @throws IOException on a read failure
   */
  static List<String[]> modelUnseen() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = CalibrationBuilder.class.getResourceAsStream("model-unseen.tsv")) {
      if (in == null) {
        throw new IOException("model-unseen.tsv is missing: run TrainCategoriserModel");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.startsWith("#") && !line.isBlank()) {
          rows.add(line.split("\t"));
        }
      }
    }
    return rows;
  }
}
