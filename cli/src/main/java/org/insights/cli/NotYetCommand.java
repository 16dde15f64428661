package org.insights.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Subcommands of SPEC section 9 whose engines have not landed yet: they say so and exit 3. */
abstract class NotYetCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "ARGS", description = "Ignored until the engine lands.")
  List<String> args;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("insights " + spec.name() + ": not available in this build yet; "
        + "available now: validate, health, categorise, income, affordability, score, all, batch, parity");
    return InsightsCli.EXIT_NOT_AVAILABLE;
  }

  @Command(name = "report", description = "HTML account report (not in this build yet).")
  static final class Report extends NotYetCommand {
  }
}
