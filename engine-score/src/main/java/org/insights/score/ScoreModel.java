package org.insights.score;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.insights.core.BadInputException;

/**
 * A logistic-regression scorecard over {@link Features}: standardised features, one coefficient
 * each, and a points scale a credit officer can read. Immutable and thread-safe.
 * <p>
 * {@code probabilityOfDefault = 1 / (1 + exp(-(intercept + sum coef_j * z_j)))} with
 * {@code z_j = (x_j - mean_j) / sd_j}. Scale: {@code factor = pdo / ln 2},
 * {@code offset = baseScore - factor * ln(baseOdds)}, {@code score = offset + factor * ln((1 - p) / p)}
 * rounded and clamped to {@code [minScore, maxScore]}: {@code baseScore} points at good:bad odds of
 * {@code baseOdds}, and every {@code pdo} points double the odds. A feature's points are
 * {@code -factor * coef_j * z_j}.
 *
 * @param version  the model's name and what it was trained on
 * @param names  feature names, in {@link Features#NAMES} order
 * @param means  training means
 * @param sds  training standard deviations (1 where a feature was constant)
 * @param coefficients  one per feature, on standardised values
 * @param intercept  the intercept
 * @param baseScore  points at the base odds
 * @param baseOdds  good:bad odds at the base score
 * @param pdo  points to double the odds
 * @param minScore  lowest score
 * @param maxScore  highest score
 */
public record ScoreModel(String version, List<String> names, double[] means, double[] sds, double[] coefficients,
    double intercept, double baseScore, double baseOdds, double pdo, int minScore, int maxScore) {

  /** Validates the shape. */
  public ScoreModel {
    names = List.copyOf(names);
    if (means.length != names.size() || sds.length != names.size() || coefficients.length != names.size()) {
      throw new IllegalArgumentException("model arrays must have one value per feature (" + names.size() + ")");
    }
    if (!names.equals(Features.NAMES)) {
      throw new IllegalArgumentException("model features " + names + " are not this engine's " + Features.NAMES);
    }
    means = means.clone();
    sds = sds.clone();
    coefficients = coefficients.clone();
  }

  /** @return the model shipped in the resources */
  public static ScoreModel loadDefault() {
    try (InputStream in = ScoreModel.class.getResourceAsStream("score-model.json")) {
      if (in == null) {
        throw new IllegalStateException("missing resource score-model.json");
      }
      return read(in);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * @param file  a model file written by {@link #write(OutputStream)}
   * @return the model
   * @throws BadInputException when the file is not a model
   */
  public static ScoreModel read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException | RuntimeException ex) {
      throw BadInputException.of("model", "expected a score model file but could not read it: "
          + ex.getClass().getSimpleName()).withSource(file.toString());
    }
  }

  static ScoreModel read(InputStream in) throws IOException {
    String version = null;
    List<String> names = new ArrayList<>();
    double[][] arrays = new double[3][];
    double[] scalars = new double[6];
    try (JsonParser p = new JsonFactory().createParser(in)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String f = p.currentName();
        JsonToken t = p.nextToken();
        switch (f) {
          case "version":
            version = p.getText();
            break;
          case "features":
            while (p.nextToken() != JsonToken.END_ARRAY) {
              names.add(p.getText());
            }
            break;
          case "means":
          case "sds":
          case "coefficients":
            List<Double> v = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
              v.add(p.getDoubleValue());
            }
            arrays[f.equals("means") ? 0 : f.equals("sds") ? 1 : 2] = v.stream().mapToDouble(Double::doubleValue)
                .toArray();
            break;
          case "intercept":
            scalars[0] = p.getDoubleValue();
            break;
          case "baseScore":
            scalars[1] = p.getDoubleValue();
            break;
          case "baseOdds":
            scalars[2] = p.getDoubleValue();
            break;
          case "pdo":
            scalars[3] = p.getDoubleValue();
            break;
          case "minScore":
            scalars[4] = p.getDoubleValue();
            break;
          case "maxScore":
            scalars[5] = p.getDoubleValue();
            break;
          default:
            if (t.isStructStart()) {
              p.skipChildren();
            }
        }
      }
    }
    return new ScoreModel(version, names, arrays[0], arrays[1], arrays[2], scalars[0], scalars[1], scalars[2],
        scalars[3], (int) scalars[4], (int) scalars[5]);
  }

  /**
   * @param out  receives the model as JSON
   * @throws IOException on write failure
   */
  public void write(OutputStream out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("version", version);
      g.writeArrayFieldStart("features");
      for (String n : names) {
        g.writeString(n);
      }
      g.writeEndArray();
      array(g, "means", means);
      array(g, "sds", sds);
      array(g, "coefficients", coefficients);
      g.writeNumberField("intercept", intercept);
      g.writeNumberField("baseScore", baseScore);
      g.writeNumberField("baseOdds", baseOdds);
      g.writeNumberField("pdo", pdo);
      g.writeNumberField("minScore", minScore);
      g.writeNumberField("maxScore", maxScore);
      g.writeEndObject();
    }
  }

  private static void array(JsonGenerator g, String name, double[] values) throws IOException {
    g.writeArrayFieldStart(name);
    for (double v : values) {
      g.writeNumber(v);
    }
    g.writeEndArray();
  }

  /** @param x  features @return the linear predictor (log-odds of default) */
  public double logit(double[] x) {
    double s = intercept;
    for (int j = 0; j < x.length; j++) {
      s += coefficients[j] * z(x, j);
    }
    return s;
  }

  /** @param x  features @param j  index @return the standardised value */
  public double z(double[] x, int j) {
    return (x[j] - means[j]) / sds[j];
  }

  /** @param x  features @return the probability of default */
  public double probabilityOfDefault(double[] x) {
    return 1 / (1 + Math.exp(-logit(x)));
  }

  /** @return points per unit of log-odds */
  public double factor() {
    return pdo / Math.log(2);
  }

  /** @param p  a probability of default @return the score on the model's scale */
  public int score(double p) {
    double q = Math.min(1 - 1e-12, Math.max(1e-12, p));
    double offset = baseScore - factor() * Math.log(baseOdds);
    long s = Math.round(offset + factor() * Math.log((1 - q) / q));
    return (int) Math.max(minScore, Math.min(maxScore, s));
  }
}
