package org.insights.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.insights.core.ReferenceDate;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoInput;
import org.insights.core.json.AttoJsonReader;
import org.insights.core.json.AttoJsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code insights all INPUT...}: one JSON array, one object per account, with every endpoint's
 * response (SPEC section 9). For whole portfolios use {@code insights batch}, which streams.
 */
@Command(name = "all", description = "Every endpoint's response for every account (JSON array).")
final class AllCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "A JSON file, a directory of them, or - (stdin).")
  List<String> inputs;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Reference date.")
  LocalDate asOf;

  @Option(names = "--pretty", description = "Indent the JSON.")
  boolean pretty;

  @Override
  public Integer call() {
    AccountPipeline.Options options = AccountPipeline.Options.defaults();
    List<AccountPipeline.Results> results = new ArrayList<>();
    for (String input : InputFiles.expand(inputs)) {
      AttoInput in = input.equals(InputFiles.STDIN) ? AttoJsonReader.DEFAULT.read(System.in)
          : AttoJsonReader.DEFAULT.read(Paths.get(input));
      for (TransactionBatch b : in.accounts()) {
        results.add(AccountPipeline.run(b, ReferenceDate.resolve(asOf, in.requestDate(), b), options));
      }
    }
    AttoJsonWriter writer = pretty ? AttoJsonWriter.PRETTY : AttoJsonWriter.DEFAULT;
    try (JsonGenerator g = writer.generator(spec.commandLine().getOut())) {
      g.writeStartArray();
      for (AccountPipeline.Results r : results) {
        AccountPipeline.write(g, r, options);
      }
      g.writeEndArray();
      g.writeRaw('\n');
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return 0;
  }
}
