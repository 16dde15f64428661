package org.insights.score;

import java.time.LocalDate;
import java.util.List;

/**
 * Atto Score's answer for one account: a score or the 422 error. Immutable.
 *
 * @param accountId  the account
 * @param error  the first failed validation, or null when scored
 * @param attoScore  the score
 * @param probabilityOfDefault  0..1
 * @param dateGenerated  the reference date (the engine never reads the clock)
 * @param version  the model's version
 * @param minScore  the scale's lowest score
 * @param maxScore  the scale's highest score
 * @param features  the feature vector, {@link Features#NAMES} order
 * @param reasons  the three features that pulled the score down most
 */
public record ScoreResult(String accountId, ScoreError error, int attoScore, double probabilityOfDefault,
    LocalDate dateGenerated, String version, int minScore, int maxScore, double[] features, List<Reason> reasons) {

  /**
   * One reason code.
   *
   * @param feature  the feature's name
   * @param value  its value for this account
   * @param points  the points it cost against an average account
   */
  public record Reason(String feature, double value, double points) {
  }

  /** Copies the arrays. */
  public ScoreResult {
    features = features == null ? null : features.clone();
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  /** @return true when a score was generated */
  public boolean scored() {
    return error == null;
  }
}
