package org.insights.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.insights.core.BadInputException;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoInput;
import org.insights.core.json.AttoJsonReader;
import org.insights.core.json.AttoJsonWriter;
import picocli.CommandLine.Model.CommandSpec;

/** What the endpoint subcommands share: reading every account of the inputs, writing one JSON array. */
final class CommandSupport {

  /** One account with the input it came from. */
  record Account(String source, AttoInput input, TransactionBatch batch) {
  }

  /** Writes one item of the output array. */
  interface ItemWriter<T> {
    void write(JsonGenerator g, T item) throws IOException;
  }

  private CommandSupport() {
  }

  /**
   * Reads every account of the inputs (files, directories, {@code -}), in order; a bad input stops
   * with its {@link BadInputException}, naming the input.
   */
  static List<Account> accounts(List<String> inputs) {
    List<Account> out = new ArrayList<>();
    for (String input : InputFiles.expand(inputs)) {
      AttoInput in;
      try {
        in = input.equals(InputFiles.STDIN) ? AttoJsonReader.DEFAULT.read(System.in)
            : AttoJsonReader.DEFAULT.read(Paths.get(input));
      } catch (BadInputException ex) {
        throw ex.source() == null ? ex.withSource(input.equals(InputFiles.STDIN) ? "stdin" : input) : ex;
      }
      for (TransactionBatch b : in.accounts()) {
        out.add(new Account(input, in, b));
      }
    }
    return out;
  }

  /** Writes the items as one JSON array and a newline to the command's standard output. */
  static <T> void writeArray(CommandSpec spec, boolean pretty, List<T> items, ItemWriter<T> w) {
    AttoJsonWriter writer = pretty ? AttoJsonWriter.PRETTY : AttoJsonWriter.DEFAULT;
    try (JsonGenerator g = writer.generator(spec.commandLine().getOut())) {
      g.writeStartArray();
      for (T item : items) {
        w.write(g, item);
      }
      g.writeEndArray();
      g.writeRaw('\n');
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
