/**
 * JMH benchmarks, one idea each, with a seeded generator for setup; run
 * {@code java -jar benchmarks/target/benchmarks.jar -prof gc -rf json}. Also {@code MillionTransactions}, a
 * memory measurement of library mode.
 */
package org.insights.benchmarks;
