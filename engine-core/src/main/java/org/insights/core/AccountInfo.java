package org.insights.core;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The account a batch of transactions belongs to.
 * <p>
 * Balances are signed minor units of the account currency ({@code Debit} balances are
 * negative) and are empty when the input carried none. Immutable.
 *
 * @param accountId  the account id, or the BYOD {@code accountId}/{@code referenceId}; never null
 * @param currencyCode  ISO 4217 code of the account
 * @param minorUnitDigits  the currency's minor-unit exponent (2 for GBP and USD)
 * @param countryCode  ISO 3166 alpha-2 country, or null when unknown
 * @param accountType  Atto's {@code accountType} ({@code Personal}, {@code Business}), or null
 * @param accountSubType  Atto's {@code accountSubType} ({@code CurrentAccount}, {@code CreditCard}...), or null
 * @param currentBalance  the current balance in signed minor units, if given
 * @param availableBalance  the available balance in signed minor units, if given
 */
public record AccountInfo(
    String accountId,
    String currencyCode,
    int minorUnitDigits,
    String countryCode,
    String accountType,
    String accountSubType,
    OptionalLong currentBalance,
    OptionalLong availableBalance) {

  /** Validates that the required members are present. */
  public AccountInfo {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(currencyCode, "currencyCode");
    Objects.requireNonNull(currentBalance, "currentBalance");
    Objects.requireNonNull(availableBalance, "availableBalance");
    if (minorUnitDigits < 0 || minorUnitDigits > 4) {
      throw new IllegalArgumentException("minorUnitDigits must be 0..4 but was " + minorUnitDigits);
    }
  }

  /**
   * Creates account metadata with the currency's standard exponent and no balances.
   *
   * @param accountId  the account id
   * @param currencyCode  the ISO 4217 code
   * @param countryCode  the country, or null
   * @return the account metadata
   */
  public static AccountInfo of(String accountId, String currencyCode, String countryCode) {
    return new AccountInfo(accountId, currencyCode, Money.minorUnitDigits(currencyCode), countryCode,
        null, null, OptionalLong.empty(), OptionalLong.empty());
  }

  /**
   * Returns a copy with the given balances.
   *
   * @param current  current balance, signed minor units, if known
   * @param available  available balance, signed minor units, if known
   * @return the copy
   */
  public AccountInfo withBalances(OptionalLong current, OptionalLong available) {
    return new AccountInfo(accountId, currencyCode, minorUnitDigits, countryCode, accountType, accountSubType,
        current, available);
  }

  /**
   * Returns a copy with the given account type and subtype.
   *
   * @param type  the account type, or null
   * @param subType  the account subtype, or null
   * @return the copy
   */
  public AccountInfo withType(String type, String subType) {
    return new AccountInfo(accountId, currencyCode, minorUnitDigits, countryCode, type, subType,
        currentBalance, availableBalance);
  }

  /** @return true when {@code accountType} is {@code Business} (case-insensitive) */
  public boolean isBusiness() {
    return "Business".equalsIgnoreCase(accountType);
  }
}
