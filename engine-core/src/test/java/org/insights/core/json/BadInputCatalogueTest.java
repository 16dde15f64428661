package org.insights.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.insights.core.BadInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad-input case of SPEC section 8: one exception type, naming field, row, transactionId,
 * line and column, never quoting the description.
 */
class BadInputCatalogueTest {

  private static final String SECRET = "MR JOHN SECRETNAME";
  private static final String GOOD = "{\"transactionId\":\"ok-1\",\"description\":\"" + SECRET + "\","
      + "\"amount\":1.00,\"creditDebitIndicator\":\"Debit\",\"status\":\"Booked\",\"bookingDate\":\"2023-01-02\"}";

  /** A BYOD body whose second transaction (row 1) is {@code bad}. */
  private static String body(String bad) {
    return "{\"accountId\":\"A\",\"currencyCode\":\"GBP\",\"transactions\":[\n" + GOOD + ",\n" + bad + "]}";
  }

  private static String tx(String id, String amount, String indicator, String date) {
    return "{\"transactionId\":\"" + id + "\",\"description\":\"" + SECRET + "\",\"amount\":" + amount
        + ",\"creditDebitIndicator\":\"" + indicator + "\",\"status\":\"Booked\",\"bookingDate\":\"" + date + "\"}";
  }

  static Stream<Arguments> catalogue() {
    return Stream.of(
        // name, json, field, row, transactionId, line, message fragment
        Arguments.of("malformed JSON", "{\"accountId\":\"A\",\"transactions\":[" + GOOD + ",]}",
            "json", -1, null, 1L, "malformed JSON"),
        Arguments.of("truncated JSON", "{\"accountId\":\"A\",\"transactions\":[" + GOOD,
            "json", -1, null, 1L, "malformed JSON"),
        Arguments.of("missing amount", body("{\"transactionId\":\"t-2\",\"description\":\"" + SECRET
                + "\",\"creditDebitIndicator\":\"Debit\",\"bookingDate\":\"2023-01-03\"}"),
            "amount", 1, "t-2", 3L, "required field 'amount' is missing"),
        Arguments.of("missing transactionId", body("{\"amount\":1,\"creditDebitIndicator\":\"Debit\","
                + "\"bookingDate\":\"2023-01-03\"}"),
            "transactionId", 1, null, 3L, "required field 'transactionId' is missing"),
        Arguments.of("missing bookingDate", body("{\"transactionId\":\"t-2\",\"amount\":1,"
                + "\"creditDebitIndicator\":\"Debit\"}"),
            "bookingDate", 1, "t-2", 3L, "required field 'bookingDate' is missing"),
        Arguments.of("negative amount", body(tx("t-2", "-5.00", "Debit", "2023-01-03")),
            "amount", 1, "t-2", 3L, "expected a non-negative amount"),
        Arguments.of("non-numeric amount", body(tx("t-2", "\"12,50 EUR\"", "Debit", "2023-01-03")),
            "amount", 1, "t-2", 3L, "non-numeric string"),
        Arguments.of("boolean amount", body(tx("t-2", "true", "Debit", "2023-01-03")),
            "amount", 1, "t-2", 3L, "expected a non-negative number but found a boolean"),
        Arguments.of("too many decimals", body(tx("t-2", "1.005", "Debit", "2023-01-03")),
            "amount", 1, "t-2", 3L, "at most 2 decimal places for GBP"),
        Arguments.of("unknown indicator", body(tx("t-2", "1", "Refund", "2023-01-03")),
            "creditDebitIndicator", 1, "t-2", 3L, "expected 'Credit' or 'Debit' but found 'Refund'"),
        Arguments.of("unknown status", body("{\"transactionId\":\"t-2\",\"amount\":1,\"creditDebitIndicator\":"
                + "\"Debit\",\"status\":\"Cleared\",\"bookingDate\":\"2023-01-03\"}"),
            "status", 1, "t-2", 3L, "expected 'Booked' or 'Pending' but found 'Cleared'"),
        Arguments.of("unparsable date", body(tx("t-2", "1", "Debit", "03/01/2023")),
            "bookingDate", 1, "t-2", 3L, "expected a date as yyyy-MM-dd"),
        Arguments.of("impossible date", body(tx("t-2", "1", "Debit", "2023-02-30")),
            "bookingDate", 1, "t-2", 3L, "found '2023-02-30'"),
        Arguments.of("duplicate transactionId", body(tx("ok-1", "1", "Debit", "2023-01-03")),
            "transactionId", 1, "ok-1", 3L, "duplicate transactionId: already used by row 0"),
        Arguments.of("wrong currency", body("{\"transactionId\":\"t-2\",\"amount\":{\"amount\":1,\"currency\":\"EUR\"},"
                + "\"creditDebitIndicator\":\"Debit\",\"bookingDate\":\"2023-01-03\"}"),
            "currencyCode", 1, "t-2", 3L, "expected the account currency GBP but found EUR"),
        Arguments.of("empty transactions", "{\"accountId\":\"A\",\"currencyCode\":\"GBP\",\"transactions\":[]}",
            "transactions", -1, null, 1L, "expected at least one transaction"),
        Arguments.of("unknown currency", "{\"accountId\":\"A\",\"currencyCode\":\"XYZ1\",\"transactions\":["
                + GOOD + "]}",
            "currencyCode", -1, null, -1L, "expected an ISO 4217 currency code"),
        Arguments.of("not a document", "[1,2]", "json", -1, null, 1L, "expected a JSON object in the root array"),
        Arguments.of("empty input", "", "json", -1, null, -1L, "input is empty"),
        Arguments.of("nesting deeper than 64", "{\"extra\":" + "[".repeat(100) + "]".repeat(100) + "}",
            "json", -1, null, -1L, "input exceeds a reading limit"),
        Arguments.of("number longer than 64 characters", body(tx("t-2", "1" + "0".repeat(80), "Debit", "2023-01-03")),
            "json", -1, null, -1L, "input exceeds a reading limit"),
        Arguments.of("huge exponent (found by fuzzing)", body(tx("t-2", "1e222222222", "Debit", "2023-01-03")),
            "amount", 1, "t-2", 3L, "at most 18 significant digits"),
        Arguments.of("empty root array (found by fuzzing)", "[]", "json", -1, null, -1L,
            "expected at least one document"),
        Arguments.of("unknown document", "{\"foo\":[]}", "json", -1, null, 1L, "expected a document with one of"),
        Arguments.of("duplicate id across v2 pages",
            "{\"data\":[" + tx("p-1", "1", "Debit", "2023-01-03") + "],\"meta\":{\"accountId\":\"A\",\"currencyCode\":\"GBP\"}}\n"
                + "{\"data\":[" + tx("p-1", "2", "Debit", "2023-01-04") + "],\"meta\":{\"accountId\":\"A\"}}",
            "transactionId", 1, "p-1", 2L, "duplicate transactionId"),
        Arguments.of("description of wrong type", body("{\"transactionId\":\"t-2\",\"description\":{\"a\":1},"
                + "\"amount\":1,\"creditDebitIndicator\":\"Debit\",\"bookingDate\":\"2023-01-03\"}"),
            "description", 1, "t-2", 3L, "expected a string but found an object"),
        Arguments.of("data API account without currency", "{\"accounts\":[{\"accountId\":\"X\",\"transactions\":[]}]}",
            "accounts[].currencyCode", -1, null, 1L, "expected a currencyCode for the account"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void test_read_rejectsBadInput(String name, String json, String field, int row, String transactionId, long line,
      String fragment) {
    BadInputException ex = catchThrowableOfType(BadInputException.class,
        () -> AttoJsonReader.DEFAULT.read(json.getBytes(UTF_8)));
    assertThat(ex).as(name).isNotNull();
    assertThat(ex.field()).isEqualTo(field);
    assertThat(ex.row()).isEqualTo(row);
    assertThat(ex.transactionId()).isEqualTo(transactionId);
    if (line > 0) {
      assertThat(ex.line()).isEqualTo(line);
      assertThat(ex.column()).isPositive();
      assertThat(ex.getMessage()).contains("line " + line);
    }
    assertThat(ex.getMessage()).contains("field '" + field + "'").contains(fragment).doesNotContain(SECRET)
        .doesNotContain("SECRETNAME");
    if (transactionId != null) {
      assertThat(ex.getMessage()).contains("transactionId '" + transactionId + "'");
    }
  }
}
