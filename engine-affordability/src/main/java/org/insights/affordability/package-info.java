/**
 * Affordability (SPEC section 6)
 */
package org.insights.affordability;
