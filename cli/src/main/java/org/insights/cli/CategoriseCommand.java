package org.insights.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.insights.categoriser.Categorisation;
import org.insights.categoriser.Categoriser;
import org.insights.categoriser.CategoriserOptions;
import org.insights.categoriser.EnrichResponseJson;
import org.insights.core.BadInputException;
import org.insights.core.TransactionBatch;
import org.insights.core.json.InputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code insights categorise INPUT...}: the enrich-transactions response of every account, as one
 * JSON array in input order. A BYOD request of more than 5,000 transactions is refused, as Atto
 * refuses it, unless {@code --no-request-limit} is given.
 */
@Command(name = "categorise", description = "Categorise every transaction (enrich-transactions response, JSON array).")
final class CategoriseCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  EndpointOptions common;

  @Option(names = "--confidence-floor", paramLabel = "X", defaultValue = "0",
      description = "Categories with confidence below X (0..1) are returned as 0 Uncategorised.")
  double confidenceFloor;

  @Option(names = "--legacy-categorisation", description = "Deterministic rules only.")
  boolean legacy;

  @Option(names = "--no-request-limit", description = "Accept BYOD requests of more than 5,000 transactions.")
  boolean noLimit;

  @Override
  public Integer call() {
    CategoriserOptions options;
    try {
      options = CategoriserOptions.defaults().withConfidenceFloor(confidenceFloor).withLegacyCategorisation(legacy);
    } catch (IllegalArgumentException ex) {
      throw BadInputException.of("confidenceFloor", ex.getMessage());
    }
    List<Result> results = new ArrayList<>();
    for (CommandSupport.Account a : CommandSupport.accounts(common.inputs)) {
      TransactionBatch b = a.batch();
      if (!noLimit && a.input().format() == InputFormat.BYOD_REQUEST && b.size() > Categoriser.ATTO_REQUEST_LIMIT) {
        throw BadInputException.of("transactions", "the request holds " + b.size()
            + " transactions but at most " + Categoriser.ATTO_REQUEST_LIMIT + " are allowed per request")
            .withSource(a.source());
      }
      results.add(new Result(b, Categoriser.DEFAULT.categorise(b, options)));
    }
    CommandSupport.writeArray(spec, common.pretty, results,
        (g, r) -> EnrichResponseJson.write(g, r.batch(), r.categories()));
    return 0;
  }

  private record Result(TransactionBatch batch, Categorisation categories) {}
}
