package org.insights.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.insights.affordability.Affordability;
import org.insights.affordability.AffordabilityAssessor;
import org.insights.affordability.AffordabilityOptions;
import org.insights.affordability.AffordabilityResponseJson;
import org.insights.categoriser.Categorisation;
import org.insights.categoriser.Categoriser;
import org.insights.categoriser.CategoriserOptions;
import org.insights.core.ReferenceDate;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoInput;
import org.insights.income.IncomeDetector;
import org.insights.income.IncomeOptions;
import org.insights.income.IncomeVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code insights affordability INPUT...}: the affordability response of every account with its
 * {@code affordabilityTransactions}, as one JSON array in input order. A BYOD body's own
 * {@code includeFlexibleCosts} and {@code excludeBenefits} apply unless the options say otherwise.
 */
@Command(name = "affordability", description = "Affordability of every account, with its audited transactions.")
final class AffordabilityCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  EndpointOptions common;

  @Option(names = "--include-flexible-costs", arity = "1", paramLabel = "true|false",
      description = "Subtract flexible costs (default true).")
  Boolean includeFlexibleCosts;

  @Option(names = "--exclude-benefits", description = "Leave benefits out of income.")
  Boolean excludeBenefits;

  @Override
  public Integer call() {
    List<Affordability> results = new ArrayList<>();
    for (CommandSupport.Account account : CommandSupport.accounts(common.inputs)) {
      AttoInput in = account.input();
      boolean flexible = includeFlexibleCosts != null ? includeFlexibleCosts
          : !Boolean.FALSE.equals(in.options().includeFlexibleCosts());
      boolean noBenefits = excludeBenefits != null ? excludeBenefits
          : Boolean.TRUE.equals(in.options().excludeBenefits());
      TransactionBatch b = account.batch();
      LocalDate date = ReferenceDate.resolve(common.asOf, in.requestDate(), b);
      Categorisation c = Categoriser.DEFAULT.categorise(b, CategoriserOptions.defaults());
      IncomeVerification v = IncomeDetector.DEFAULT.detect(b, c,
          IncomeOptions.defaults().withExcludeBenefits(noBenefits), date);
      results.add(AffordabilityAssessor.DEFAULT.assess(b, c, v,
          AffordabilityOptions.defaults().withIncludeFlexibleCosts(flexible), date));
    }
    CommandSupport.writeArray(spec, common.pretty, results, AffordabilityResponseJson::write);
    return 0;
  }
}
