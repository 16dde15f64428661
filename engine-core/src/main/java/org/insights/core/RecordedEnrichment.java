package org.insights.core;

import java.util.Arrays;
import java.util.Objects;

/**
 * Atto's own {@code enrichedData} as found in an input file, one entry per transaction row.
 * <p>
 * The engine never uses it to compute anything; it exists so that parity checks can compare
 * the engine's categories with what live Atto returned, and so that writing a batch back out
 * loses nothing. Rows without recorded enrichment report {@link #hasEnrichment(int)} false.
 * Immutable and thread-safe.
 */
public final class RecordedEnrichment {

  /** Marker for an absent integer id. */
  public static final int ABSENT = Integer.MIN_VALUE;

  private final int[] categoryIds;
  private final String[] categoryNames;
  private final double[] categoryConfidences;
  private final int[] classIds;
  private final String[] classNames;
  private final double[] classConfidences;
  private final String[] predictedMerchantNames;
  private final boolean[] present;

  RecordedEnrichment(int[] categoryIds, String[] categoryNames, double[] categoryConfidences, int[] classIds,
      String[] classNames, double[] classConfidences, String[] predictedMerchantNames, boolean[] present) {
    this.categoryIds = categoryIds;
    this.categoryNames = categoryNames;
    this.categoryConfidences = categoryConfidences;
    this.classIds = classIds;
    this.classNames = classNames;
    this.classConfidences = classConfidences;
    this.predictedMerchantNames = predictedMerchantNames;
    this.present = present;
  }

  /** @param row  the row @return true when the input carried {@code enrichedData} for the row */
  public boolean hasEnrichment(int row) {
    return present[row];
  }

  /** @param row  the row @return the recorded category id, or {@link #ABSENT} */
  public int categoryId(int row) {
    return categoryIds[row];
  }

  /** @param row  the row @return the recorded category name, or null */
  public String categoryName(int row) {
    return categoryNames[row];
  }

  /** @param row  the row @return the recorded category confidence, or NaN when absent */
  public double categoryConfidence(int row) {
    return categoryConfidences[row];
  }

  /** @param row  the row @return the recorded class id, or {@link #ABSENT} */
  public int classId(int row) {
    return classIds[row];
  }

  /** @param row  the row @return the recorded class name, or null */
  public String className(int row) {
    return classNames[row];
  }

  /** @param row  the row @return the recorded class confidence, or NaN when absent */
  public double classConfidence(int row) {
    return classConfidences[row];
  }

  /** @param row  the row @return the recorded predicted merchant name, or null */
  public String predictedMerchantName(int row) {
    return predictedMerchantNames[row];
  }

  boolean rowEquals(int i, RecordedEnrichment o, int j) {
    return present[i] == o.present[j]
        && categoryIds[i] == o.categoryIds[j]
        && Objects.equals(categoryNames[i], o.categoryNames[j])
        && Double.compare(categoryConfidences[i], o.categoryConfidences[j]) == 0
        && classIds[i] == o.classIds[j]
        && Objects.equals(classNames[i], o.classNames[j])
        && Double.compare(classConfidences[i], o.classConfidences[j]) == 0
        && Objects.equals(predictedMerchantNames[i], o.predictedMerchantNames[j]);
  }

  /** Mutable row-wise accumulator used by {@link TransactionBatch.Builder}. */
  static final class Accumulator {
    private int[] categoryIds = new int[16];
    private String[] categoryNames = new String[16];
    private double[] categoryConfidences = new double[16];
    private int[] classIds = new int[16];
    private String[] classNames = new String[16];
    private double[] classConfidences = new double[16];
    private String[] merchants = new String[16];
    private boolean[] present = new boolean[16];
    private int size;

    void ensure(int rows) {
      if (rows <= present.length) {
        return;
      }
      int cap = Math.max(rows, present.length * 2);
      int old = present.length;
      categoryIds = Arrays.copyOf(categoryIds, cap);
      categoryNames = Arrays.copyOf(categoryNames, cap);
      categoryConfidences = Arrays.copyOf(categoryConfidences, cap);
      classIds = Arrays.copyOf(classIds, cap);
      classNames = Arrays.copyOf(classNames, cap);
      classConfidences = Arrays.copyOf(classConfidences, cap);
      merchants = Arrays.copyOf(merchants, cap);
      present = Arrays.copyOf(present, cap);
      fillAbsent(old, cap);
    }

    Accumulator() {
      fillAbsent(0, present.length);
    }

    private void fillAbsent(int from, int to) {
      Arrays.fill(categoryIds, from, to, ABSENT);
      Arrays.fill(classIds, from, to, ABSENT);
      Arrays.fill(categoryConfidences, from, to, Double.NaN);
      Arrays.fill(classConfidences, from, to, Double.NaN);
    }

    void set(int row, int categoryId, String categoryName, double categoryConfidence, int classId,
        String className, double classConfidence, String merchant) {
      ensure(row + 1);
      categoryIds[row] = categoryId;
      categoryNames[row] = categoryName;
      categoryConfidences[row] = categoryConfidence;
      classIds[row] = classId;
      classNames[row] = className;
      classConfidences[row] = classConfidence;
      merchants[row] = merchant;
      present[row] = true;
      size = Math.max(size, row + 1);
    }

    RecordedEnrichment build(int rows) {
      ensure(rows);
      return new RecordedEnrichment(Arrays.copyOf(categoryIds, rows), Arrays.copyOf(categoryNames, rows),
          Arrays.copyOf(categoryConfidences, rows), Arrays.copyOf(classIds, rows), Arrays.copyOf(classNames, rows),
          Arrays.copyOf(classConfidences, rows), Arrays.copyOf(merchants, rows), Arrays.copyOf(present, rows));
    }
  }
}
