/**
 * Affordability (SPEC section 6): {@link org.insights.affordability.AffordabilityAssessor} sets
 * income against SFS fixed, flexible and debt costs month by month and lists every transaction
 * behind the figures.
 */
package org.insights.affordability;
