/**
 * Transaction categorisation (SPEC section 4): {@link org.insights.categoriser.Categoriser} gives
 * every row an Atto-compatible category and class with a confidence and a clean merchant name,
 * over the {@link org.insights.categoriser.Taxonomy} whose extension ids never collide with Atto's.
 */
package org.insights.categoriser;
