package org.insights.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Exact money arithmetic on signed {@code long} minor units.
 * <p>
 * Amounts are held in the minor unit of their currency (pence, cents) and only become decimals
 * at output, where they are rounded once, half-up. All methods are static and thread-safe.
 */
public final class Money {

  private Money() {
  }

  /**
   * Returns the number of minor-unit digits of an ISO 4217 currency (2 for GBP, 0 for JPY).
   * Currencies without a minor unit definition (such as XAU) are treated as having 2.
   *
   * @param currencyCode  the ISO 4217 code
   * @return the minor-unit exponent, 0 to 4
   * @throws BadInputException if the code is not an ISO 4217 currency
   */
  public static int minorUnitDigits(String currencyCode) {
    try {
      int digits = Currency.getInstance(currencyCode).getDefaultFractionDigits();
      return digits < 0 ? 2 : digits;
    } catch (IllegalArgumentException | NullPointerException ex) {
      throw BadInputException.of("currencyCode",
          "expected an ISO 4217 currency code but found '" + BadInputException.shown(currencyCode, "") + "'");
    }
  }

  /**
   * Converts minor units to an exact decimal amount.
   *
   * @param minor  the amount in minor units
   * @param digits  the currency's minor-unit exponent
   * @return the exact decimal amount
   */
  public static BigDecimal toDecimal(long minor, int digits) {
    return BigDecimal.valueOf(minor, digits);
  }

  /**
   * Formats minor units as a decimal string with exactly {@code digits} fraction digits
   * ({@code 1234, 2} gives {@code 12.34}); exact, no rounding.
   *
   * @param minor  the amount in minor units
   * @param digits  the currency's minor-unit exponent
   * @return the decimal string
   */
  public static String format(long minor, int digits) {
    return BigDecimal.valueOf(minor, digits).toPlainString();
  }

  /**
   * Rounds a quotient of minor units to {@code scale} decimal places of the major unit, half-up.
   * Used for averages such as a per-month estimate: {@code numerator / denominator} minor units.
   *
   * @param numeratorMinor  the dividend in minor units
   * @param denominator  the divisor, not zero
   * @param digits  the currency's minor-unit exponent
   * @param scale  the decimal places of the result
   * @return the rounded decimal
   */
  public static BigDecimal divide(long numeratorMinor, long denominator, int digits, int scale) {
    if (denominator == 0) {
      throw new ArithmeticException("division by zero");
    }
    return BigDecimal.valueOf(numeratorMinor, digits)
        .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
  }

  /**
   * Rounds a double half-up to {@code scale} places, going through its exact decimal expansion.
   * Infinite and NaN values are rejected, so they can never reach an output.
   *
   * @param value  a finite value
   * @param scale  decimal places
   * @return the rounded decimal
   */
  public static BigDecimal round(double value, int scale) {
    if (!Double.isFinite(value)) {
      throw new ArithmeticException("non-finite value " + value + " cannot be output");
    }
    return new BigDecimal(value).setScale(scale, RoundingMode.HALF_UP);
  }

  /**
   * Converts a finite double amount of minor units to an exact decimal of the major unit (its
   * full binary expansion, so the one rounding at output is the only rounding).
   *
   * @param minor  a finite amount in minor units, such as a standard deviation
   * @param digits  the currency's minor-unit exponent
   * @return the exact decimal amount
   */
  public static BigDecimal minorToMajor(double minor, int digits) {
    if (!Double.isFinite(minor)) {
      throw new ArithmeticException("non-finite value " + minor + " cannot be output");
    }
    return new BigDecimal(minor).movePointLeft(digits);
  }
}
