package org.insights.categoriser;

/**
 * Options of {@link Categoriser}, validated on construction. Immutable.
 *
 * @param confidenceFloor  0..1; a category whose confidence is below it is returned as 0
 *     Uncategorised, keeping its confidence (SPEC section 4). Default 0.
 * @param useLegacyCategorisation  deterministic rules only: the trained model is not consulted for
 *     descriptions no rule recognises.
 */
public record CategoriserOptions(double confidenceFloor, boolean useLegacyCategorisation) {

  /** Validates the members. */
  public CategoriserOptions {
    if (!(confidenceFloor >= 0 && confidenceFloor <= 1)) {
      throw new IllegalArgumentException("Argument 'confidenceFloor' must be between 0 and 1 but has value "
          + confidenceFloor);
    }
  }

  /** @return floor 0, model and rules */
  public static CategoriserOptions defaults() {
    return new CategoriserOptions(0, false);
  }

  /**
   * @param floor  the confidence floor, 0..1
   * @return a copy with that floor
   */
  public CategoriserOptions withConfidenceFloor(double floor) {
    return new CategoriserOptions(floor, useLegacyCategorisation);
  }

  /**
   * @param legacy  true for rules only
   * @return a copy with that mode
   */
  public CategoriserOptions withLegacyCategorisation(boolean legacy) {
    return new CategoriserOptions(confidenceFloor, legacy);
  }
}
