package org.insights.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.insights.core.BadInputException;
import org.insights.core.ReferenceDate;
import org.insights.health.FinancialHealth;
import org.insights.health.FinancialHealthJson;
import org.insights.health.HealthScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code insights health INPUT...}: the consumer or business financial-health response of every
 * account, as one JSON array in input order. The first bad input stops the run with exit 2 and
 * nothing on stdout.
 */
@Command(name = "health", description = "Consumer and business financial health of every account (JSON array).")
final class HealthCommand implements Callable<Integer> {

  @Mixin
  EndpointOptions common;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    // Everything is computed before anything is written, so bad input leaves stdout empty.
    List<FinancialHealth> results = new ArrayList<>();
    for (CommandSupport.Account a : CommandSupport.accounts(common.inputs)) {
      try {
        LocalDate date = ReferenceDate.resolve(common.asOf, a.input().requestDate(), a.batch());
        results.add(HealthScorer.DEFAULT.measure(a.batch(), date));
      } catch (BadInputException ex) {
        throw ex.source() == null ? ex.withSource(a.source()) : ex;
      }
    }
    CommandSupport.writeArray(spec, common.pretty, results, FinancialHealthJson::write);
    return 0;
  }
}
