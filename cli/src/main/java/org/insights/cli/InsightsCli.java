package org.insights.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code insights} command: one executable jar with a subcommand per endpoint (SPEC
 * section 9). Exit codes: 0 success, 2 bad input or bad options (message on stderr), 1 an internal
 * error or, for {@code batch} and {@code parity}, some accounts failed or agreed too little.
 */
@Command(name = "insights", mixinStandardHelpOptions = true, version = "insights 0.1.0",
    description = "Offline Atto-compatible insights on transactions you already hold.",
    subcommands = {ValidateCommand.class, HealthCommand.class, CategoriseCommand.class, IncomeCommand.class,
        AffordabilityCommand.class, AllCommand.class, BatchCommand.class,
        ParityCommand.class, ScoreCommand.class, ReportCommand.class})
public final class InsightsCli implements Runnable {

  /** Exit code for bad input. */
  public static final int EXIT_BAD_INPUT = 2;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  /**
   * Runs the command line and returns the exit code, writing to the given streams.
   *
   * @param out  standard output
   * @param err  standard error
   * @param args  the arguments
   * @return the exit code
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new InsightsCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.registerConverter(LocalDate.class, LocalDate::parse);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof org.insights.core.BadInputException) {
        commandLine.getErr().println(ex.getMessage());
        commandLine.getErr().flush();
        return EXIT_BAD_INPUT;
      }
      throw ex;
    });
    cl.setParameterExceptionHandler((ex, args1) -> {
      ex.getCommandLine().getErr().println(ex.getMessage());
      ex.getCommandLine().usage(ex.getCommandLine().getErr());
      return EXIT_BAD_INPUT;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Entry point.
   *
   * @param args  the arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out,
        java.nio.charset.StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err,
        java.nio.charset.StandardCharsets.UTF_8), true);
    System.exit(execute(out, err, args));
  }
}
