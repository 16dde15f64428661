package org.insights.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MonthsTest {

  @Test
  void test_completeMonth_isBeforeAsOfMonth() {
    // asOf on the last day of a month still makes that month incomplete by SPEC's rule.
    assertThat(Months.completeMonth(LocalDate.of(2023, 3, 31), 1)).isEqualTo(YearMonth.of(2023, 2));
    assertThat(Months.completeMonth(LocalDate.of(2023, 1, 1), 1)).isEqualTo(YearMonth.of(2022, 12));
    assertThat(Months.completeMonths(LocalDate.of(2023, 1, 15), 11))
        .startsWith(YearMonth.of(2022, 12), YearMonth.of(2022, 11)).endsWith(YearMonth.of(2022, 2));
    assertThatThrownBy(() -> Months.completeMonth(LocalDate.of(2023, 1, 1), 0))
        .hasMessageContaining("'k' must be at least 1");
  }

  @Test
  void test_days_areMonthBounds() {
    assertThat(Months.firstDay(YearMonth.of(2024, 2))).isEqualTo(LocalDate.of(2024, 2, 1).toEpochDay());
    assertThat(Months.lastDay(YearMonth.of(2024, 2))).isEqualTo(LocalDate.of(2024, 2, 29).toEpochDay());
    assertThat(Months.monthIndex((int) LocalDate.of(2024, 2, 29).toEpochDay()))
        .isEqualTo(Months.monthIndex(YearMonth.of(2024, 2))).isEqualTo(2024 * 12 + 1);
  }

  @Test
  void test_referenceDate_ruleOrder() {
    AccountInfo a = AccountInfo.of("a", "GBP", "GB").withBalances(OptionalLong.of(0), OptionalLong.empty());
    TransactionBatch.Builder b = TransactionBatch.builder(a);
    b.add("1", 100, (int) LocalDate.of(2023, 1, 5).toEpochDay(), true, "x");
    b.add("2", -100, (int) LocalDate.of(2023, 2, 9).toEpochDay(), false, "y");
    TransactionBatch batch = b.build();
    LocalDate explicit = LocalDate.of(2023, 1, 31);
    LocalDate request = LocalDate.of(2023, 2, 1);
    assertThat(ReferenceDate.resolve(explicit, request, batch)).isEqualTo(explicit);
    assertThat(ReferenceDate.resolve(null, request, batch)).isEqualTo(request);
    assertThat(ReferenceDate.resolve(null, null, batch)).isEqualTo(LocalDate.of(2023, 2, 9));
    assertThat(ReferenceDate.dataPeriodDays(batch, LocalDate.of(2023, 1, 5))).isEqualTo(1);
    assertThat(ReferenceDate.dataPeriodDays(batch, LocalDate.of(2023, 1, 4))).isZero();
    TransactionBatch empty = TransactionBatch.builder(a).build();
    assertThatThrownBy(() -> ReferenceDate.resolve(null, null, empty)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("field 'asOf'");
  }
}
