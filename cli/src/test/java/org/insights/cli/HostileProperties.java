package org.insights.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.insights.affordability.Affordability;
import org.insights.affordability.MonthFigures;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoJsonReader;
import org.insights.core.json.AttoJsonWriter;
import org.insights.health.WindowMetrics;
import org.insights.income.IncomeStream;
import org.insights.score.ScoreOptions;
import org.insights.testdata.BatchArbitraries;

/**
 * Every engine on hostile batches returns a result, never NaN or infinity, and SPEC's invariants
 * hold; the JSON written reads back.
 */
class HostileProperties {

  @Provide
  Arbitrary<TransactionBatch> hostile() {
    return BatchArbitraries.hostile();
  }

  @Property(tries = 150)
  void everyEngineAnswersFinitely(@ForAll("hostile") TransactionBatch b,
      @ForAll @IntRange(min = -400, max = 400) int asOfShift) throws IOException {
    // asOf near the data, after it, or before all of it.
    int anchor = b.size() == 0 ? 19_000 : b.latestBookingDay();
    LocalDate asOf = LocalDate.ofEpochDay(Math.max(0, Math.min(47_481, anchor + asOfShift)));
    AccountPipeline.Options o = AccountPipeline.Options.defaults().withScoreOptions(ScoreOptions.permissive());
    AccountPipeline.Results r = AccountPipeline.run(b, asOf, o);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = AttoJsonWriter.DEFAULT.generator(out)) {
      AccountPipeline.write(g, r, o);
    }
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(json).doesNotContain("NaN").doesNotContain("Infinity");
    // Health: windows nest and percentages stay in range.
    for (int k = 1; k < r.health().windows().size(); k++) {
      WindowMetrics small = r.health().windows().get(k - 1);
      WindowMetrics big = r.health().windows().get(k);
      assertThat(big.totalCreditsAmount()).isGreaterThanOrEqualTo(small.totalCreditsAmount());
      assertThat(big.percentageOfDaysInNegativeBalance()).isBetween(0.0, 100.0);
      assertThat(Double.isFinite(big.endOfDayBalanceVariability())).isTrue();
    }
    // Affordability: each month adds up from its listed transactions.
    Affordability a = r.affordability();
    for (MonthFigures m : a.months()) {
      assertThat(m.affordability()).isEqualTo(m.calculatedIncome() - m.fixedCosts() - m.flexibleCosts()
          - m.debtFees());
      assertThat(m.fixedCosts()).isNotNegative();
    }
    // Income: amounts are never negative and the summary adds the streams.
    long sum = 0;
    for (IncomeStream s : r.income().streams()) {
      assertThat(s.estimatedIncome()).isNotNegative();
      assertThat(s.confidenceScore()).isBetween(0.0, 1.0);
      sum += s.estimatedIncome();
    }
    assertThat(r.income().summaryEstimatedIncome()).isEqualTo(sum);
    if (r.score().scored()) {
      assertThat(r.score().probabilityOfDefault()).isBetween(0.0, 1.0);
      assertThat(r.score().attoScore()).isBetween(r.score().minScore(), r.score().maxScore());
    }
    // Categorisation output reads back as Atto JSON.
    ByteArrayOutputStream accounts = new ByteArrayOutputStream();
    AttoJsonWriter.DEFAULT.writeAccounts(java.util.List.of(b), null, "GB", accounts);
    assertThat(AttoJsonReader.DEFAULT.read(accounts.toByteArray()).accounts().get(0)).isEqualTo(b);
  }
}
