/**
 * Training time only: fits score models with Smile 2.6.0 on outcomes and evaluates them by
 * cross-validation ({@code bin/insights-train}).
 */
package org.insights.training.score;
