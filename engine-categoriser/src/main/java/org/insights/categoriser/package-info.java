/**
 * Transaction categorisation (SPEC section 4)
 */
package org.insights.categoriser;
