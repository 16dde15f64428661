package org.insights.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.insights.core.ReferenceDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code insights all INPUT...}: one JSON array, one object per account, with every endpoint's
 * response (SPEC section 9). For whole portfolios use {@code insights batch}, which streams.
 */
@Command(name = "all", description = "Every endpoint's response for every account (JSON array).")
final class AllCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  EndpointOptions common;

  @Override
  public Integer call() {
    AccountPipeline.Options options = AccountPipeline.Options.defaults();
    List<AccountPipeline.Results> results = new ArrayList<>();
    for (CommandSupport.Account a : CommandSupport.accounts(common.inputs)) {
      results.add(AccountPipeline.run(a.batch(), ReferenceDate.resolve(common.asOf, a.input().requestDate(), a.batch()),
          options));
    }
    CommandSupport.writeArray(spec, common.pretty, results, (g, r) -> AccountPipeline.write(g, r, options));
    return 0;
  }
}
