package org.insights.affordability;

/** The SFS type of a transaction in the affordability view (SPEC section 6). */
public enum AffordabilityType {
  /** A credit of a returned income stream. */
  Income,
  /** Housing, council tax, utilities, care and health, transport, childcare, pensions, insurances. */
  Fixed,
  /** Communications and leisure, food and housekeeping, personal costs. */
  Flexible,
  /** Repayments of credit, and bank charges, overdraft fees and interest. */
  Debt,
  /** Everything not counted: transfers, savings, cash, refunds, holidays, gambling, other credits. */
  Other
}
