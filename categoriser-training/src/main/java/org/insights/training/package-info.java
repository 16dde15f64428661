/**
 * Training time only: fits the categoriser's linear model with Smile 2.6.0 and writes its resource.
 */
package org.insights.training;
