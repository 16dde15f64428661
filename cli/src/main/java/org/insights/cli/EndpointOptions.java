package org.insights.cli;

import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and options every endpoint subcommand takes (a picocli mixin). */
final class EndpointOptions {

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "A JSON file, a directory of them, or - (stdin).")
  List<String> inputs;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Reference date (default: requestDateTime, "
      + "else the latest bookingDate).")
  LocalDate asOf;

  @Option(names = "--pretty", description = "Indent the JSON.")
  boolean pretty;
}
