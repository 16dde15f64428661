/**
 * Atto JSON in and out: {@link org.insights.core.json.AttoJsonReader} for every input format of
 * SPEC section 2 and {@link org.insights.core.json.AttoJsonWriter} for the response primitives.
 */
package org.insights.core.json;
