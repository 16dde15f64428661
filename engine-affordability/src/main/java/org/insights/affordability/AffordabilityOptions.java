package org.insights.affordability;

/**
 * Options of {@link AffordabilityAssessor}. Immutable.
 *
 * @param includeFlexibleCosts  subtract flexible costs from affordability (default true); flexible
 *     costs are reported either way
 */
public record AffordabilityOptions(boolean includeFlexibleCosts) {

  /** @return flexible costs included */
  public static AffordabilityOptions defaults() {
    return new AffordabilityOptions(true);
  }

  /** @param include  subtract flexible costs @return a copy */
  public AffordabilityOptions withIncludeFlexibleCosts(boolean include) {
    return new AffordabilityOptions(include);
  }
}
