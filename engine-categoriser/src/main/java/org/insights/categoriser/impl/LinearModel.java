package org.insights.categoriser.impl;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * A multinomial logistic regression over {@link Features}, held as primitive weight arrays:
 * inference in plain Java. The weights are trained offline (module {@code categoriser-training},
 * with Smile) and shipped as the gzip resource {@code model.bin}. Immutable and thread-safe.
 * <p>
 * Layout: {@code int magic, int dimension, int classes, int[classes] categoryIds,
 * float[classes][dimension + 1] weights} (the last column is the intercept); class scores are
 * {@code w . x + b} with binary features and the probabilities their softmax.
 */
public final class LinearModel {

  /** File magic: "ICM1". */
  public static final int MAGIC = 0x49434d31;

  private final int dimension;
  private final int[] categoryIds;
  /**
   * Feature-major, {@code [feature * classes + c]}, intercepts at feature {@code dimension}: a
   * row's few features each read one short contiguous run of class weights instead of one cache
   * miss per class in a 4 MB array.
   */
  private final float[] byFeature;

  /**
   * @param dimension  feature dimension
   * @param categoryIds  the category id of each class
   * @param weights  class-major weights with the intercept last in each row
   */
  public LinearModel(int dimension, int[] categoryIds, float[] weights) {
    if (weights.length != categoryIds.length * (dimension + 1)) {
      throw new IllegalArgumentException("weights have " + weights.length + " values, expected "
          + categoryIds.length * (dimension + 1));
    }
    this.dimension = dimension;
    this.categoryIds = categoryIds.clone();
    int k = categoryIds.length;
    int row = dimension + 1;
    this.byFeature = new float[weights.length];
    for (int c = 0; c < k; c++) {
      for (int f = 0; f < row; f++) {
        byFeature[f * k + c] = weights[c * row + f];
      }
    }
  }

  /** @return the model shipped in the resources, or null when there is none */
  public static LinearModel loadDefault() {
    try (InputStream in = LinearModel.class.getResourceAsStream("/org/insights/categoriser/model.bin")) {
      if (in == null) {
        return null;
      }
      return read(new GZIPInputStream(in, 1 << 16));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * @param in  the model bytes (not gzipped)
   * @return the model
   * @throws IOException on a read failure or a bad file
   */
  public static LinearModel read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
    if (d.readInt() != MAGIC) {
      throw new IOException("not a categoriser model");
    }
    int dim = d.readInt();
    int k = d.readInt();
    int[] ids = new int[k];
    for (int c = 0; c < k; c++) {
      ids[c] = d.readInt();
    }
    float[] w = new float[k * (dim + 1)];
    for (int i = 0; i < w.length; i++) {
      w[i] = d.readFloat();
    }
    return new LinearModel(dim, ids, w);
  }

  /**
   * @param out  receives the model bytes (the caller gzips)
   * @throws IOException on write failure
   */
  public void write(OutputStream out) throws IOException {
    DataOutputStream d = new DataOutputStream(out);
    d.writeInt(MAGIC);
    d.writeInt(dimension);
    d.writeInt(categoryIds.length);
    for (int id : categoryIds) {
      d.writeInt(id);
    }
    int k = categoryIds.length;
    for (int c = 0; c < k; c++) {
      for (int f = 0; f <= dimension; f++) {
        d.writeFloat(byFeature[f * k + c]); // the file is class-major
      }
    }
    d.flush();
  }

  /** @return the number of classes */
  public int classes() {
    return categoryIds.length;
  }

  /** @param c  a class index @return its category id */
  public int categoryId(int c) {
    return categoryIds[c];
  }

  /**
   * Scores features and returns the best class, writing its probability to {@code probability[0]}.
   *
   * @param features  sorted distinct feature indices
   * @param count  how many
   * @param scratch  at least {@link #classes()} long
   * @param probability  receives the winning probability at index 0
   * @return the winning class index
   */
  public int predict(int[] features, int count, double[] scratch, float[] probability) {
    return predict(features, count, scratch, probability, null);
  }

  /**
   * As {@link #predict(int[], int, double[], float[])}, choosing only among the classes
   * {@code excluded} does not mark; the probability written is still the class's share of the full
   * softmax, so a class chosen because a likelier one was excluded carries its own lower probability.
   *
   * @param excluded  per class, true when it may not be chosen; null for none
   * @return the winning class index among those allowed
   */
  public int predict(int[] features, int count, double[] scratch, float[] probability, boolean[] excluded) {
    int k = categoryIds.length;
    int intercepts = dimension * k;
    for (int c = 0; c < k; c++) {
      scratch[c] = byFeature[intercepts + c];
    }
    // Per class the sum runs in the same order as w . x + b, feature by feature.
    for (int f = 0; f < count; f++) {
      int base = features[f] * k;
      for (int c = 0; c < k; c++) {
        scratch[c] += byFeature[base + c];
      }
    }
    double max = Double.NEGATIVE_INFINITY;
    int best = -1;
    double top = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < k; c++) {
      max = Math.max(max, scratch[c]);
      if (scratch[c] > top && (excluded == null || !excluded[c])) {
        top = scratch[c];
        best = c;
      }
    }
    double sum = 0;
    for (int c = 0; c < k; c++) {
      double d = scratch[c] - max;
      // exp(-40) is 4e-18 of the winner's term: below what a float probability can show.
      sum += d > -40 ? Math.exp(d) : 0;
    }
    probability[0] = best < 0 ? 0f : (float) (Math.exp(top - max) / sum);
    return Math.max(best, 0);
  }
}
