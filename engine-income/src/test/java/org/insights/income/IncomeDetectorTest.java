package org.insights.income;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.insights.categoriser.Categoriser;
import org.insights.categoriser.CategoriserOptions;
import org.insights.core.AccountInfo;
import org.insights.core.TransactionBatch;
import org.insights.core.calendar.Calendars;
import org.junit.jupiter.api.Test;

class IncomeDetectorTest {

  private static final AccountInfo GB = AccountInfo.of("a", "GBP", "GB")
      .withBalances(OptionalLong.of(0), OptionalLong.empty()).withType("Personal", "CurrentAccount");
  private static final LocalDate AS_OF = LocalDate.of(2023, 7, 10);

  /** Rows as {description, amount minor, date}. */
  private static IncomeVerification detect(IncomeOptions options, Object... rows) {
    return detect(GB, options, rows);
  }

  private static IncomeVerification detect(AccountInfo account, IncomeOptions options, Object... rows) {
    TransactionBatch.Builder b = TransactionBatch.builder(account);
    for (int k = 0; k < rows.length; k += 3) {
      b.add("t" + k, (Long) rows[k + 1], (int) ((LocalDate) rows[k + 2]).toEpochDay(), true, (String) rows[k]);
    }
    TransactionBatch batch = b.build();
    return IncomeDetector.DEFAULT.detect(batch, Categoriser.DEFAULT.categorise(batch, CategoriserOptions.defaults()),
        options, AS_OF);
  }

  private static Object[] every(String description, long amount, LocalDate first, int days, int count) {
    Object[] rows = new Object[count * 3];
    for (int k = 0; k < count; k++) {
      rows[3 * k] = description;
      rows[3 * k + 1] = amount;
      rows[3 * k + 2] = first.plusDays((long) days * k);
    }
    return rows;
  }

  private static Object[] concat(Object[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray();
  }

  @Test
  void test_detect_specExamplesWeeklyAndFourWeekly() {
    IncomeVerification v = detect(IncomeOptions.defaults(), concat(
        every("BGC ACME LTD WAGES", 10_000L, LocalDate.of(2023, 1, 6), 7, 26),
        every("BGC NORTHWIND LTD SALARY", 100_000L, LocalDate.of(2023, 1, 12), 28, 7)));
    IncomeStream weekly = v.streams().stream().filter(s -> s.cadence() == Cadence.WEEKLY).findFirst().get();
    IncomeStream fourWeekly = v.streams().stream().filter(s -> s.cadence() == Cadence.FOUR_WEEKLY).findFirst().get();
    // SPEC section 5: a four-weekly stream of 1,000 is 1,083.33 a month, a weekly one of 100 is 433.33.
    assertThat(fourWeekly.estimatedIncome()).isEqualTo(108_333L);
    assertThat(weekly.estimatedIncome()).isEqualTo(43_333L);
    assertThat(fourWeekly.rank()).isEqualTo(1);
    assertThat(weekly.rank()).isEqualTo(2);
    assertThat(v.summaryEstimatedIncome()).isEqualTo(108_333L + 43_333L);
    assertThat(weekly.numberOfDeposits()).isEqualTo(26);
    assertThat(fourWeekly.isSalary()).isTrue();
  }

  @Test
  void test_detect_lastWorkingDayWithBonusAndNextDate() {
    Object[] rows = new Object[0];
    for (int m = 1; m <= 6; m++) {
      YearMonth ym = YearMonth.of(2023, m);
      LocalDate pay = LocalDate.ofEpochDay(Calendars.ENGLAND_AND_WALES.lastWorkingDay(ym));
      rows = concat(rows, new Object[] {"ACME LTD SALARY", 250_000L, pay});
    }
    rows = concat(rows, new Object[] {"ACME LTD SALARY", 120_000L, LocalDate.of(2023, 3, 15)}); // a bonus
    IncomeVerification v = detect(IncomeOptions.defaults(), rows);
    assertThat(v.streams()).hasSize(1);
    IncomeStream s = v.streams().get(0);
    assertThat(s.cadence()).isEqualTo(Cadence.MONTHLY);
    assertThat(s.monthlyRule()).isEqualTo(MonthlyRule.LAST_WORKING_DAY);
    assertThat(s.estimatedIncome()).isEqualTo(250_000L);
    assertThat(s.numberOfDeposits()).isEqualTo(7);
    // month1 is June 2023 (asOf is in July); March holds the bonus too.
    assertThat(v.months().get(0)).isEqualTo(YearMonth.of(2023, 6));
    assertThat(s.month(1)).isEqualTo(250_000L);
    assertThat(s.month(4)).isEqualTo(370_000L);
    // Next: the last working day of July 2023, Monday the 31st.
    assertThat(s.nextExpectedPayment()).isEqualTo(LocalDate.of(2023, 7, 31));
    // January, where the data begins, counts; December 2022 lies wholly before the data period.
    assertThat(v.monthCovered()[5]).isTrue();
    assertThat(s.month(6)).isEqualTo(250_000L);
    assertThat(v.monthCovered()[6]).isFalse();
    assertThat(s.month(7)).isZero();
  }

  @Test
  void test_detect_employerChangeTwoStreamsOldOneStopped() {
    IncomeVerification v = detect(IncomeOptions.defaults(), concat(
        every("BGC KESTREL LOGISTICS SALARY", 200_000L, LocalDate.of(2022, 9, 28), 28, 6),
        every("BGC HALCYON RETAIL PLC SALARY", 230_000L, LocalDate.of(2023, 3, 20), 28, 4)));
    List<String> names = v.streams().stream().map(IncomeStream::name).collect(Collectors.toList());
    assertThat(names).containsExactlyInAnyOrder("Kestrel Logistics", "Halcyon Retail");
    IncomeStream old = v.streams().stream().filter(s -> s.name().startsWith("Kestrel")).findFirst().get();
    assertThat(old.active()).isFalse();
    assertThat(old.estimatedIncome()).isZero();
    assertThat(v.summaryEstimatedIncome()).isEqualTo(230_000L * 13 / 12 + 1); // 2,491.67 rounded half-up
  }

  @Test
  void test_detect_aShopsStaffPaidByBankTransferHaveAnIncome() {
    // A supermarket pays its staff by BGC under its company name: not the shop's card refunds,
    // which come back on the card's own line (and stay out of income).
    IncomeVerification v = detect(IncomeOptions.defaults(), concat(
        every("BGC TESCO STORES LTD", 180_000L, LocalDate.of(2023, 1, 13), 28, 7),
        every("VIS TESCO STORES 3107 LONDON", 4_500L, LocalDate.of(2023, 2, 1), 30, 4)));
    assertThat(v.streams()).hasSize(1);
    assertThat(v.streams().get(0).numberOfDeposits()).isEqualTo(7);
    assertThat(v.streams().get(0).cadence()).isEqualTo(Cadence.FOUR_WEEKLY);
  }

  @Test
  void test_detect_aShopsStaffPaidUnderItsLegalNameAloneHaveAnIncome() {
    // App banks show a BACS credit as the payer's name alone: a supermarket's company paying 1,800.00
    // every four weeks is an employer, not the shop refunding a card.
    IncomeVerification v = detect(IncomeOptions.defaults(), concat(
        every("TESCO STORES LTD", 180_000L, LocalDate.of(2023, 1, 13), 28, 7),
        every("TESCO STORES LTD", 1_299L, LocalDate.of(2023, 2, 1), 30, 4)));
    assertThat(v.streams()).hasSize(1);
    assertThat(v.streams().get(0).numberOfDeposits()).isEqualTo(7);
  }

  @Test
  void test_detect_expensesFromTheSamePayerAreNotIncome() {
    IncomeVerification v = detect(IncomeOptions.defaults(), concat(
        every("COMPANY X SALARY", 300_000L, LocalDate.of(2023, 1, 25), 30, 6),
        every("COMPANY X EXPENSES", 45_000L, LocalDate.of(2023, 1, 10), 41, 4)));
    assertThat(v.streams()).hasSize(1);
    assertThat(v.streams().get(0).numberOfDeposits()).isEqualTo(6);
    assertThat(v.streams().get(0).transactionIds()).allMatch(id -> Integer.parseInt(id.substring(1)) < 18);
  }

  @Test
  void test_detect_smallCreditsAndBenefits() {
    Object[] rows = concat(
        every("PAYPAL TRANSFER FROM J DOE", 4_000L, LocalDate.of(2023, 1, 3), 14, 12),
        every("FPI TINY GIGS LTD", 5_000L, LocalDate.of(2023, 1, 4), 7, 20),
        every("HMRC CHILD BENEFIT", 2_400L, LocalDate.of(2023, 1, 2), 28, 7));
    IncomeVerification v = detect(IncomeOptions.defaults(), rows);
    // 50.00 is not above 50: no ranked stream; the benefit is returned whatever its amount.
    assertThat(v.streams()).hasSize(1);
    IncomeStream benefit = v.streams().get(0);
    assertThat(benefit.isBenefit()).isTrue();
    assertThat(benefit.rank()).isZero();
    assertThat(benefit.name()).isEqualTo("Child Benefit");
    assertThat(detect(IncomeOptions.defaults().withExcludeBenefits(true), rows).streams()).isEmpty();
  }

  @Test
  void test_detect_statuses() {
    assertThat(detect(IncomeOptions.defaults(), "TESCO STORES", -1_000L, LocalDate.of(2023, 5, 1)).status())
        .isEqualTo(IncomeVerification.NO_CREDITS);
    AccountInfo card = GB.withType("Personal", "CreditCard");
    assertThat(detect(card, IncomeOptions.defaults(), "ACME LTD SALARY", 100_000L, LocalDate.of(2023, 5, 1)).status())
        .isEqualTo(IncomeVerification.UNSUPPORTED);
    assertThat(detect(IncomeOptions.defaults(), "ACME LTD SALARY", 100_000L, LocalDate.of(2023, 5, 1)).status())
        .isEqualTo(IncomeVerification.PROCESSED);
  }

  @Test
  void test_cadence_gapsAndMissedPayment() {
    int d = 19_000;
    assertThat(IncomeDetector.cadence(new int[] {d, d + 7, d + 14, d + 28, d + 35})).isEqualTo(Cadence.WEEKLY);
    assertThat(IncomeDetector.cadence(new int[] {d, d + 14, d + 28, d + 42})).isEqualTo(Cadence.FORTNIGHTLY);
    assertThat(IncomeDetector.cadence(new int[] {d, d + 15, d + 31, d + 46, d + 62, d + 76}))
        .isEqualTo(Cadence.SEMI_MONTHLY);
    assertThat(IncomeDetector.cadence(new int[] {d, d + 31, d + 59, d + 90, d + 120})).isEqualTo(Cadence.MONTHLY);
    assertThat(IncomeDetector.cadence(new int[] {d, d + 28, d + 56, d + 84})).isEqualTo(Cadence.FOUR_WEEKLY);
    assertThat(IncomeDetector.cadence(new int[] {d, d + 91, d + 182, d + 274})).isEqualTo(Cadence.QUARTERLY);
    assertThat(IncomeDetector.cadence(new int[] {d, d + 3, d + 40, d + 41, d + 97})).isEqualTo(Cadence.IRREGULAR);
  }
}
