package org.insights.core.json;

/**
 * The options a BYOD request body carried, each null when the body did not say.
 *
 * @param includeFlags  {@code includeFlags}, or null
 * @param excludeBenefits  {@code excludeBenefits}, or null
 * @param includeFlexibleCosts  {@code includeFlexibleCosts}, or null
 */
public record RequestOptions(Boolean includeFlags, Boolean excludeBenefits, Boolean includeFlexibleCosts) {

  /** Options of an input that carried none. */
  public static final RequestOptions NONE = new RequestOptions(null, null, null);
}
