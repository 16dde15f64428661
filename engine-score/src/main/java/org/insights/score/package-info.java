/**
 * Atto Score (issue 7): {@link org.insights.score.Scorer} validates an account as Atto does and
 * scores it with a transparent logistic scorecard over the other engines' figures.
 */
package org.insights.score;
