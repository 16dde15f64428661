package org.insights.categoriser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Maps a rule's raw strength to a calibrated probability: for each (rule source, strength) the
 * share of rows that rule got right on generated training accounts (seeds below the hold-out
 * range), smoothed. Built by {@code CalibrationBuilder} into the {@code calibration.tsv} resource.
 * Pairs the table has not seen, or saw on fewer than {@link #MIN_ROWS} rows, keep their raw strength.
 * Immutable and thread-safe.
 */
final class Calibration {

  /** No calibration: raw strengths pass through. */
  static final Calibration NONE = new Calibration(new float[0]);

  private static final int STEPS = 101;
  /** Entries learned from fewer generated rows than this are not used: the raw strength stands. */
  static final long MIN_ROWS = 200;

  private final float[] table; // [source * STEPS + round(strength * 100)], NaN when unseen

  private Calibration(float[] table) {
    this.table = table;
  }

  float calibrate(byte source, float strength) {
    int idx = source * STEPS + Math.round(strength * 100);
    if (idx < 0 || idx >= table.length) {
      return strength;
    }
    float p = table[idx];
    return Float.isNaN(p) ? strength : p;
  }

  static Calibration load() {
    try (InputStream in = Calibration.class.getResourceAsStream("calibration.tsv")) {
      if (in == null) {
        return NONE;
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * @param r  a table in the {@code calibration.tsv} layout: source, strength, share right, rows
   * @return the calibration
   * @throws IOException on a read failure
   */
  static Calibration read(BufferedReader r) throws IOException {
    float[] t = new float[8 * STEPS];
    Arrays.fill(t, Float.NaN);
    String line;
    while ((line = r.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      int source = Integer.parseInt(f[0]);
      int step = Math.round(Float.parseFloat(f[1]) * 100);
      if (f.length > 3 && Long.parseLong(f[3]) < MIN_ROWS) {
        continue; // a share from a handful of rows is noise (it sent the model's 0.27 to 0.01)
      }
      t[source * STEPS + step] = Float.parseFloat(f[2]);
    }
    return new Calibration(t);
  }
}
