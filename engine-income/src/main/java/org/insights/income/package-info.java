/**
 * Income verification (SPEC section 5): {@link org.insights.income.IncomeDetector} finds recurring
 * income streams, benefits included, with their cadence, monthly history, estimate and flags.
 */
package org.insights.income;
