/**
 * Consumer and business financial health (SPEC section 7): {@link org.insights.health.HealthScorer}
 * walks end-of-day balances back from the current balance and measures five windows.
 */
package org.insights.health;
