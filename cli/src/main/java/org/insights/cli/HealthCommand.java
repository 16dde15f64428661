package org.insights.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.insights.core.BadInputException;
import org.insights.core.ReferenceDate;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoInput;
import org.insights.core.json.AttoJsonReader;
import org.insights.core.json.AttoJsonWriter;
import org.insights.health.FinancialHealth;
import org.insights.health.FinancialHealthJson;
import org.insights.health.HealthScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code insights health INPUT...}: the consumer or business financial-health response of every
 * account, as one JSON array in input order. The first bad input stops the run with exit 2 and
 * nothing on stdout.
 */
@Command(name = "health", description = "Consumer and business financial health of every account (JSON array).")
final class HealthCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "A JSON file, a directory of them, or - (stdin).")
  List<String> inputs;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Reference date (default: requestDateTime, "
      + "else the latest bookingDate).")
  LocalDate asOf;

  @Option(names = "--pretty", description = "Indent the JSON.")
  boolean pretty;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    // Everything is computed before anything is written, so bad input leaves stdout empty.
    List<FinancialHealth> results = new ArrayList<>();
    for (String input : InputFiles.expand(inputs)) {
      AttoInput in;
      try {
        in = input.equals(InputFiles.STDIN) ? AttoJsonReader.DEFAULT.read(System.in)
            : AttoJsonReader.DEFAULT.read(Paths.get(input));
        for (TransactionBatch b : in.accounts()) {
          LocalDate date = ReferenceDate.resolve(asOf, in.requestDate(), b);
          results.add(HealthScorer.DEFAULT.measure(b, date));
        }
      } catch (BadInputException ex) {
        throw ex.source() == null ? ex.withSource(input.equals(InputFiles.STDIN) ? "stdin" : input) : ex;
      }
    }
    AttoJsonWriter writer = pretty ? AttoJsonWriter.PRETTY : AttoJsonWriter.DEFAULT;
    try (JsonGenerator g = writer.generator(spec.commandLine().getOut())) {
      g.writeStartArray();
      for (FinancialHealth h : results) {
        FinancialHealthJson.write(g, h);
      }
      g.writeEndArray();
      g.writeRaw('\n');
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return 0;
  }
}
