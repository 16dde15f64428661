/**
 * The engine's foundation: the columnar {@link org.insights.core.TransactionBatch}, account
 * metadata, exact money, month arithmetic, the reference-date rule and the one bad-input
 * exception.
 */
package org.insights.core;
