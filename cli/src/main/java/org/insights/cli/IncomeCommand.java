package org.insights.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.insights.categoriser.Categoriser;
import org.insights.categoriser.CategoriserOptions;
import org.insights.core.ReferenceDate;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoInput;
import org.insights.income.IncomeDetector;
import org.insights.income.IncomeOptions;
import org.insights.income.IncomeResponseJson;
import org.insights.income.IncomeVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code insights income INPUT...}: the income-verification response of every account, as one JSON
 * array in input order. A BYOD body's own {@code includeFlags} and {@code excludeBenefits} apply
 * unless the options say otherwise.
 */
@Command(name = "income", description = "Income verification of every account (JSON array).")
final class IncomeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  EndpointOptions common;

  @Option(names = "--include-flags", description = "Return each stream's flags.")
  Boolean includeFlags;

  @Option(names = "--exclude-benefits", description = "Drop benefit streams.")
  Boolean excludeBenefits;

  @Override
  public Integer call() {
    List<Result> results = new ArrayList<>();
    for (CommandSupport.Account a : CommandSupport.accounts(common.inputs)) {
      AttoInput in = a.input();
      boolean withFlags = includeFlags != null ? includeFlags : Boolean.TRUE.equals(in.options().includeFlags());
      boolean noBenefits = excludeBenefits != null ? excludeBenefits
          : Boolean.TRUE.equals(in.options().excludeBenefits());
      IncomeOptions options = IncomeOptions.defaults().withIncludeFlags(withFlags).withExcludeBenefits(noBenefits);
      TransactionBatch b = a.batch();
      LocalDate date = ReferenceDate.resolve(common.asOf, in.requestDate(), b);
      results.add(new Result(IncomeDetector.DEFAULT.detect(b,
          Categoriser.DEFAULT.categorise(b, CategoriserOptions.defaults()), options, date), withFlags));
    }
    CommandSupport.writeArray(spec, common.pretty, results,
        (g, r) -> IncomeResponseJson.write(g, r.income(), r.withFlags()));
    return 0;
  }

  private record Result(IncomeVerification income, boolean withFlags) {}
}
