/**
 * The {@code insights} command line: one subcommand per endpoint, {@code all}, {@code batch},
 * {@code parity}, {@code report} and {@code validate}, and {@link org.insights.cli.AccountPipeline},
 * every engine on one account.
 */
package org.insights.cli;
