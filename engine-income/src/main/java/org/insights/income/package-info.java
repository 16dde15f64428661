/**
 * Income verification (SPEC section 5)
 */
package org.insights.income;
