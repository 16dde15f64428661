package org.insights.testdata;

/**
 * What kind of account to generate. Validated on construction; immutable.
 *
 * @param country  {@code GB} or {@code US}
 * @param minMonths  the shortest history in months, at least 1
 * @param maxMonths  the longest history in months, at least {@code minMonths}
 * @param purchasesPerDay  mean card purchases per day (more gives a bigger account)
 */
public record ScenarioSpec(String country, int minMonths, int maxMonths, double purchasesPerDay) {

  /** Validates the members. */
  public ScenarioSpec {
    if (!"GB".equals(country) && !"US".equals(country)) {
      throw new IllegalArgumentException("Argument 'country' must be GB or US but has value " + country);
    }
    if (minMonths < 1 || maxMonths < minMonths) {
      throw new IllegalArgumentException("months must satisfy 1 <= min <= max but were " + minMonths + ", "
          + maxMonths);
    }
    if (!(purchasesPerDay >= 0 && purchasesPerDay <= 100)) {
      throw new IllegalArgumentException("Argument 'purchasesPerDay' must be 0..100 but has value "
          + purchasesPerDay);
    }
  }

  /** @return a UK personal current account of 3 to 18 months with everyday spending */
  public static ScenarioSpec uk() {
    return new ScenarioSpec("GB", 3, 18, 1.6);
  }

  /** @return a US personal checking account of 3 to 18 months with everyday spending */
  public static ScenarioSpec us() {
    return new ScenarioSpec("US", 3, 18, 1.6);
  }

  /**
   * A heavy account of about {@code transactions} rows over about 13 months, for benchmarks.
   *
   * @param country  GB or US
   * @param transactions  the approximate number of rows wanted
   * @return the spec
   */
  public static ScenarioSpec sized(String country, int transactions) {
    // Streams and bills give about 200 rows over 13 months; card purchases fill the rest (~395 days).
    double perDay = Math.max(0, (transactions - 200) / 395.0);
    return new ScenarioSpec(country, 13, 13, perDay);
  }
}
