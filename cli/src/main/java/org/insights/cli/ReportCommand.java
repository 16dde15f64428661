package org.insights.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.insights.cli.report.ReportHtml;
import org.insights.core.ReferenceDate;
import org.insights.score.ScoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code insights report INPUT... --html OUT.html}: one self-contained HTML report of every
 * account (charts drawn as inline SVG, no script, no network at view time).
 */
@Command(name = "report", description = "A self-contained HTML report of every account.")
final class ReportCommand implements Callable<Integer> {

  @Mixin
  EndpointOptions common;

  @Option(names = "--html", required = true, paramLabel = "FILE", description = "Where to write the report.")
  Path html;

  @Override
  public Integer call() throws IOException {
    // The report shows the score where Atto's own rules allow it, and says why not elsewhere.
    AccountPipeline.Options options = AccountPipeline.Options.defaults().withScoreOptions(ScoreOptions.defaults());
    List<AccountPipeline.Results> results = new ArrayList<>();
    for (CommandSupport.Account a : CommandSupport.accounts(common.inputs)) {
      results.add(AccountPipeline.run(a.batch(), ReferenceDate.resolve(common.asOf, a.input().requestDate(), a.batch()),
          options));
    }
    try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
      ReportHtml.write(w, results);
    }
    return 0;
  }
}
