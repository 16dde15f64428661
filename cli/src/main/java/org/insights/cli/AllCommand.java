package org.insights.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.insights.core.ReferenceDate;
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
    for (CommandSupport.Account a : CommandSupport.accounts(inputs)) {
      results.add(AccountPipeline.run(a.batch(), ReferenceDate.resolve(asOf, a.input().requestDate(), a.batch()),
          options));
    }
    CommandSupport.writeArray(spec, pretty, results, (g, r) -> AccountPipeline.write(g, r, options));
    return 0;
  }
}
