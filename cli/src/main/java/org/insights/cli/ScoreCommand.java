package org.insights.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.insights.core.ReferenceDate;
import org.insights.score.ScoreModel;
import org.insights.score.ScoreOptions;
import org.insights.score.ScoreResponseJson;
import org.insights.score.ScoreResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code insights score INPUT... [--model FILE]}: Atto Score's body, or its 422 error body, for
 * every account, as one JSON array. Atto's validations apply unless switched off.
 */
@Command(name = "score", description = "Atto Score (or its 422 error body) for every account (JSON array).")
final class ScoreCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  EndpointOptions common;

  @Option(names = "--model", paramLabel = "FILE", description = "A model from bin/insights-train score-train.")
  Path model;

  @Option(names = "--any-currency", description = "Score accounts in any currency, not only GBP.")
  boolean anyCurrency;

  @Option(names = "--any-account-type", description = "Score business accounts and accounts other than current.")
  boolean anyType;

  @Override
  public Integer call() {
    ScoreOptions scoreOptions = ScoreOptions.defaults().withRequireGbp(!anyCurrency)
        .withRequirePersonal(!anyType).withRequireCurrentAccount(!anyType);
    AccountPipeline.Options options = AccountPipeline.Options.defaults().withScoreOptions(scoreOptions);
    if (model != null) {
      options = options.withScoreModel(ScoreModel.read(model));
    }
    List<ScoreResult> results = new ArrayList<>();
    for (CommandSupport.Account a : CommandSupport.accounts(common.inputs)) {
      results.add(AccountPipeline.run(a.batch(), ReferenceDate.resolve(common.asOf, a.input().requestDate(), a.batch()),
          options).score());
    }
    CommandSupport.writeArray(spec, common.pretty, results, ScoreResponseJson::write);
    return 0;
  }
}
