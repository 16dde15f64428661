package org.insights.income;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Options of {@link IncomeDetector}, validated on construction. Immutable.
 *
 * @param includeFlags  return each stream's flags in the JSON response (they are always computed)
 * @param excludeBenefits  drop benefit streams from the result
 * @param rankedMinimum  credits of this amount or less (major units) never count toward ranked,
 *     non-benefit streams; SPEC's 50
 */
public record IncomeOptions(boolean includeFlags, boolean excludeBenefits, BigDecimal rankedMinimum) {

  /** Validates the members. */
  public IncomeOptions {
    Objects.requireNonNull(rankedMinimum, "rankedMinimum");
    if (rankedMinimum.signum() < 0) {
      throw new IllegalArgumentException("Argument 'rankedMinimum' must not be negative but has value "
          + rankedMinimum);
    }
  }

  /** @return no flags, benefits kept, minimum 50 */
  public static IncomeOptions defaults() {
    return new IncomeOptions(false, false, BigDecimal.valueOf(50));
  }

  /** @param flags  include the flags @return a copy */
  public IncomeOptions withIncludeFlags(boolean flags) {
    return new IncomeOptions(flags, excludeBenefits, rankedMinimum);
  }

  /** @param exclude  drop benefits @return a copy */
  public IncomeOptions withExcludeBenefits(boolean exclude) {
    return new IncomeOptions(includeFlags, exclude, rankedMinimum);
  }
}
