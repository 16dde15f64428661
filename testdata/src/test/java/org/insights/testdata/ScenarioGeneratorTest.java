package org.insights.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoInput;
import org.insights.core.json.AttoJsonReader;
import org.junit.jupiter.api.Test;

class ScenarioGeneratorTest {

  private static final Set<String> TYPES = Set.of("Income", "Fixed", "Flexible", "Debt", "Other");

  @Test
  void test_generate_isDeterministic() {
    Scenario a = ScenarioGenerator.generate(42, ScenarioSpec.uk());
    Scenario b = ScenarioGenerator.generate(42, ScenarioSpec.uk());
    Scenario c = ScenarioGenerator.generate(43, ScenarioSpec.uk());
    assertThat(a.accountJson()).isEqualTo(b.accountJson());
    assertThat(a.truthJson()).isEqualTo(b.truthJson());
    assertThat(a.accountJson()).isNotEqualTo(c.accountJson());
  }

  @Test
  void test_generate_jsonReadsBackToTheSameBatch() {
    for (long seed = 0; seed < 20; seed++) {
      Scenario s = ScenarioGenerator.generate(seed, seed % 2 == 0 ? ScenarioSpec.uk() : ScenarioSpec.us());
      AttoInput input = AttoJsonReader.DEFAULT.read(s.accountJson());
      assertThat(input.accounts()).hasSize(1);
      assertThat(input.accounts().get(0)).isEqualTo(s.batch());
      assertThat(input.requestDate()).isEqualTo(s.asOf());
    }
  }

  @Test
  void test_truth_labelsEveryRowAndStreamsAreCredits() {
    for (long seed = 0; seed < 50; seed++) {
      Scenario s = ScenarioGenerator.generate(seed, seed % 2 == 0 ? ScenarioSpec.uk() : ScenarioSpec.us());
      TransactionBatch b = s.batch();
      Map<String, Integer> rows = new HashMap<>();
      for (int i = 0; i < b.size(); i++) {
        rows.put(b.transactionId(i), i);
        Truth.Label label = s.truth().transactions().get(b.transactionId(i));
        assertThat(label).isNotNull();
        assertThat(TYPES).contains(label.affordabilityType());
        assertThat(b.bookingDay(i)).isLessThanOrEqualTo((int) s.asOf().toEpochDay());
      }
      assertThat(s.truth().transactions()).hasSize(b.size());
      assertThat(s.truth().streams()).isNotEmpty();
      for (Truth.Stream stream : s.truth().streams()) {
        for (String id : stream.transactionIds()) {
          int row = rows.get(id);
          assertThat(b.amount(row)).isPositive();
          assertThat(s.truth().transactions().get(id).streamId()).isEqualTo(stream.streamId());
        }
      }
    }
  }

  @Test
  void test_truth_endOfDayBalancesMatchABackwardWalk() {
    for (long seed = 0; seed < 30; seed++) {
      Scenario s = ScenarioGenerator.generate(seed, ScenarioSpec.uk());
      TransactionBatch b = s.batch();
      long current = b.account().currentBalance().getAsLong();
      int asOf = (int) s.asOf().toEpochDay();
      // Backward walk, the obvious way: balance at end of day d = current minus booked net after d.
      for (int d = s.truth().firstDay(); d <= asOf; d += 7) {
        long after = 0;
        for (int i = 0; i < b.size(); i++) {
          if (b.isBooked(i) && b.bookingDay(i) > d) {
            after += b.amount(i);
          }
        }
        assertThat(current - after).as("seed %d day %d", seed, d).isEqualTo(s.truth().endOfDayBalance(d));
      }
      long pending = 0;
      for (int i = 0; i < b.size(); i++) {
        pending += b.isBooked(i) ? 0 : b.amount(i);
      }
      assertThat(b.account().availableBalance().getAsLong()).isEqualTo(current + pending);
    }
  }

  @Test
  void test_generate_coversEveryCadenceAndPendingRows() {
    Set<Truth.Cadence> seen = new java.util.HashSet<>();
    int pending = 0;
    for (long seed = 0; seed < 200; seed++) {
      Scenario s = ScenarioGenerator.generate(seed, seed % 2 == 0 ? ScenarioSpec.uk() : ScenarioSpec.us());
      s.truth().streams().forEach(st -> seen.add(st.cadence()));
      pending += s.batch().size() - s.batch().bookedCount();
    }
    assertThat(seen).containsAll(Arrays.asList(Truth.Cadence.WEEKLY, Truth.Cadence.FORTNIGHTLY,
        Truth.Cadence.FOUR_WEEKLY, Truth.Cadence.SEMI_MONTHLY, Truth.Cadence.MONTHLY_FIXED_DAY,
        Truth.Cadence.MONTHLY_LAST_WORKING_DAY, Truth.Cadence.MONTHLY_NTH_WEEKDAY));
    assertThat(pending).isPositive();
  }

  @Test
  void test_sized_hitsTheRequestedSize() {
    for (long seed : new long[] {7, 11}) {
      Scenario s = ScenarioGenerator.generate(seed, ScenarioSpec.sized("GB", 5000));
      assertThat(s.batch().size()).isBetween(4750, 5250);
      int span = s.batch().latestBookingDay() - s.batch().earliestBookingDay() + 1;
      assertThat(span).isBetween(380, 420);
    }
  }
}
