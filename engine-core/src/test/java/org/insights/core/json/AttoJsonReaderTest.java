package org.insights.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.insights.core.ReferenceDate;
import org.insights.core.RecordedEnrichment;
import org.insights.core.SharedFiles;
import org.insights.core.TransactionBatch;
import org.junit.jupiter.api.Test;

class AttoJsonReaderTest {

  private static final Path RECORDED = SharedFiles.data("recorded/apollo-carter.json");

  private static final String BYOD = "{\"accountId\":\"acc-1\",\"countryCode\":\"GB\",\"includeFlags\":true,"
      + "\"excludeBenefits\":false,\"transactions\":["
      + "{\"transactionId\":\"t1\",\"description\":\"TESCO STORES 2041\",\"amount\":12.5,"
      + "\"creditDebitIndicator\":\"Debit\",\"status\":\"Booked\",\"bookingDate\":\"2023-01-05\"},"
      + "{\"transactionId\":\"t2\",\"description\":\"ACME LTD SALARY\",\"amount\":\"2000.00\","
      + "\"creditDebitIndicator\":\"Credit\",\"status\":\"Pending\",\"bookingDate\":\"2023-01-28T23:30:00-02:00\"}],"
      + "\"currencyCode\":\"GBP\"}";

  private static final String PAGE1 = "{\"links\":{\"next\":\"p2\"},\"data\":["
      + "{\"transactionId\":\"a\",\"description\":\"x\",\"amount\":1,\"creditDebitIndicator\":\"Credit\","
      + "\"status\":\"Booked\",\"bookingDate\":\"2023-02-01\"}],\"meta\":{\"accountId\":\"acc-9\","
      + "\"currencyCode\":\"EUR\"}}";
  private static final String PAGE2 = "{\"links\":{},\"data\":["
      + "{\"transactionId\":\"b\",\"description\":\"y\",\"amount\":2.25,\"creditDebitIndicator\":\"Debit\","
      + "\"status\":\"Booked\",\"bookingDate\":\"2023-01-01\"}],\"meta\":{\"accountId\":\"acc-9\"}}";

  @Test
  void test_read_recordedFile() {
    assumeThat(RECORDED).as("../shared/data is absent").isNotNull();
    AttoInput input = AttoJsonReader.DEFAULT.read(RECORDED);
    assertThat(input.format()).isEqualTo(InputFormat.DATA_API_ACCOUNTS);
    assertThat(input.accounts()).hasSize(1);
    TransactionBatch b = input.accounts().get(0);
    assertThat(b.size()).isEqualTo(1108);
    assertThat(b.bookedCount()).isEqualTo(1108);
    assertThat(b.account().accountId()).isEqualTo("60241708");
    assertThat(b.account().currencyCode()).isEqualTo("USD");
    assertThat(b.account().countryCode()).isEqualTo("US");
    assertThat(b.account().accountType()).isEqualTo("Personal");
    assertThat(b.account().currentBalance()).hasValue(100_025L);
    // First row of the file: 800.00 Debit on 2021-01-05, Atto's category 30016 Mortgage payment.
    assertThat(b.transactionId(0)).isEqualTo("2022670980");
    assertThat(b.amount(0)).isEqualTo(-80_000L);
    assertThat(b.bookingDate(0)).isEqualTo(LocalDate.of(2021, 1, 5));
    assertThat(b.string(b.transactionSubCodeId(0))).isEqualTo("HOME_LOAN_MORTGAGE");
    RecordedEnrichment r = b.recordedEnrichment();
    assertThat(r.categoryId(0)).isEqualTo(30016);
    assertThat(r.categoryName(0)).isEqualTo("Mortgage payment");
    assertThat(r.classId(0)).isEqualTo(11);
    // SOURCE.txt: the data runs 2020-01-23 to 2021-01-05; no requestDateTime, so asOf is the latest date.
    assertThat(b.bookingDate(b.dateOrderUnsafe()[0])).isEqualTo(LocalDate.of(2020, 1, 23));
    assertThat(ReferenceDate.resolve(null, input.requestDate(), b)).isEqualTo(LocalDate.of(2021, 1, 5));
  }

  @Test
  void test_write_roundTripsRecordedFile() {
    assumeThat(RECORDED).as("../shared/data is absent").isNotNull();
    AttoInput first = AttoJsonReader.DEFAULT.read(RECORDED);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AttoJsonWriter.DEFAULT.writeAccounts(first.accounts(), first.requestDate(), null, out);
    AttoInput second = AttoJsonReader.DEFAULT.read(out.toByteArray());
    assertThat(second.accounts()).hasSize(1);
    assertThat(second.accounts().get(0)).isEqualTo(first.accounts().get(0));
  }

  @Test
  void test_read_byodBody() {
    AttoInput input = AttoJsonReader.DEFAULT.read(BYOD.getBytes(UTF_8));
    assertThat(input.format()).isEqualTo(InputFormat.BYOD_REQUEST);
    assertThat(input.options()).isEqualTo(new RequestOptions(true, false, null));
    TransactionBatch b = input.accounts().get(0);
    assertThat(b.account().accountId()).isEqualTo("acc-1");
    assertThat(b.account().currencyCode()).isEqualTo("GBP");
    assertThat(b.amount(0)).isEqualTo(-1250L);
    assertThat(b.amount(1)).isEqualTo(200_000L);
    assertThat(b.isBooked(1)).isFalse();
    // 23:30 at UTC-2 is 01:30 UTC on the next day.
    assertThat(b.bookingDate(1)).isEqualTo(LocalDate.of(2023, 1, 29));
  }

  @Test
  void test_read_v2PagesConcatenate() {
    AttoInput input = AttoJsonReader.DEFAULT.read((PAGE1 + "\n" + PAGE2).getBytes(UTF_8));
    assertThat(input.format()).isEqualTo(InputFormat.DATA_API_TRANSACTION_PAGES);
    assertThat(input.accounts()).hasSize(1);
    TransactionBatch b = input.accounts().get(0);
    assertThat(b.account().accountId()).isEqualTo("acc-9");
    assertThat(b.account().currencyCode()).isEqualTo("EUR");
    assertThat(b.size()).isEqualTo(2);
    assertThat(b.amount(1)).isEqualTo(-225L);
    assertThat(b.transactionId(b.dateOrderUnsafe()[0])).isEqualTo("b");

    AttoInput asArray = AttoJsonReader.DEFAULT.read(("[" + PAGE1 + "," + PAGE2 + "]").getBytes(UTF_8));
    assertThat(asArray.accounts().get(0)).isEqualTo(b);
  }

  @Test
  void test_read_requestDateTimeSetsRequestDate() {
    String json = "{\"requestDateTime\":\"2023-03-01T10:15:30.123Z\",\"countryCode\":\"GB\",\"accounts\":["
        + "{\"accountId\":\"1\",\"currencyCode\":\"GBP\",\"balances\":{\"current\":{\"amount\":10.5,"
        + "\"creditDebitIndicator\":\"Debit\"},\"available\":null},\"transactions\":[]}]}";
    AttoInput input = AttoJsonReader.DEFAULT.read(json.getBytes(UTF_8));
    assertThat(input.requestDate()).isEqualTo(LocalDate.of(2023, 3, 1));
    TransactionBatch b = input.accounts().get(0);
    assertThat(b.size()).isZero();
    assertThat(b.account().currentBalance()).hasValue(-1050L);
    assertThat(b.account().availableBalance()).isEmpty();
    assertThat(b.account().countryCode()).isEqualTo("GB");
  }

  @Test
  void test_read_amountFormsAreExact() {
    String tpl = "{\"currencyCode\":\"GBP\",\"transactions\":[{\"transactionId\":\"t\",\"amount\":%s,"
        + "\"creditDebitIndicator\":\"Credit\",\"bookingDate\":\"2023-01-01\"}]}";
    assertThat(amountOf(String.format(tpl, "0.1"))).isEqualTo(10L);
    assertThat(amountOf(String.format(tpl, "800.000"))).isEqualTo(80_000L);
    assertThat(amountOf(String.format(tpl, "1.5E3"))).isEqualTo(150_000L);
    assertThat(amountOf(String.format(tpl, "\" 42.07 \""))).isEqualTo(4207L);
    assertThat(amountOf(String.format(tpl, "{\"amount\":\"3\",\"currency\":\"GBP\"}"))).isEqualTo(300L);
    assertThat(amountOf(String.format(tpl, "9999999999.99"))).isEqualTo(999_999_999_999L);
  }

  private static long amountOf(String json) {
    return AttoJsonReader.DEFAULT.read(json.getBytes(UTF_8)).accounts().get(0).amount(0);
  }
}
