package org.insights.score;

/**
 * Atto Score's HTTP 422 body: {@code {code, description, details, correlationId}}, with the first
 * failed validation. Immutable.
 *
 * @param code  always {@code atto_score_not_generated}
 * @param description  what failed, in Atto's words
 * @param details  the rule and the values found
 * @param correlationId  a UUID derived from account id and asOf, so that runs are reproducible
 */
public record ScoreError(String code, String description, String details, String correlationId) {

  /** Atto's error code. */
  public static final String CODE = "atto_score_not_generated";
}
