package org.insights.core.json;

/** The wire formats of SPEC section 2 that {@link AttoJsonReader} recognises. */
public enum InputFormat {
  /** Data API account JSON: {@code {requestDateTime?, countryCode, accounts: [...]}}. */
  DATA_API_ACCOUNTS,
  /** Data API v2 transaction pages: {@code {links, data: [...], meta}}, several pages per account. */
  DATA_API_TRANSACTION_PAGES,
  /** A BYOD request body of enrich-transactions, income-verification or affordability. */
  BYOD_REQUEST
}
