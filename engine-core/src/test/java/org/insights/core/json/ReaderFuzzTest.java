package org.insights.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import org.insights.core.BadInputException;

/**
 * Coverage-guided fuzzing of every reader with Jazzer. The first byte picks the format (raw input,
 * Data API v1 account, v2 page, and the enrich-transactions, income-verification and affordability
 * BYOD bodies); the rest goes where that format's transactions go. The only outcomes allowed are a
 * result or {@link BadInputException}: any other exception, a hang or running out of memory is a
 * crash, which Jazzer saves under {@code ReaderFuzzTestInputs/read/} as a regression input.
 * <p>
 * {@code mvn verify} fuzzes for 300 s, about 50 s for each of the six formats (surefire sets
 * {@code JAZZER_FUZZ=1} in this module); with {@code -Dinsights.fuzz=} (empty) only the seeds and
 * saved crashes run. Longer runs: see SECURITY.md.
 */
class ReaderFuzzTest {

  /** The description marker: its '\u00a7' can never survive into a message, which shows such characters as '?'. */
  private static final String MARKER = "TESCO\u00a7PRIVATE";

  private static final String TX = "{\"transactionId\":\"t0\",\"description\":\"" + MARKER + "\",\"amount\":1.5,"
      + "\"creditDebitIndicator\":\"Debit\",\"status\":\"Booked\",\"bookingDate\":\"2023-01-05\"},";

  @FuzzTest(maxDuration = "300s")
  void read(byte[] data) {
    if (data.length == 0) {
      return;
    }
    String body = new String(Arrays.copyOfRange(data, 1, data.length), UTF_8);
    String json;
    switch (Math.floorMod(data[0], 6)) {
      case 1:
        json = "{\"requestDateTime\":\"2023-02-01T00:00:00Z\",\"countryCode\":\"GB\",\"accounts\":[{\"accountId\":\"a\","
            + "\"currencyCode\":\"GBP\",\"accountType\":\"Personal\",\"balances\":{\"current\":{\"amount\":10,"
            + "\"creditDebitIndicator\":\"Credit\"}},\"transactions\":[" + TX + body + "]}]}";
        break;
      case 2:
        json = "{\"links\":{},\"data\":[" + TX + body + "],\"meta\":{\"accountId\":\"a\",\"currencyCode\":\"GBP\"}}";
        break;
      case 3:
        json = "{\"referenceId\":\"r\",\"countryCode\":\"GB\",\"currencyCode\":\"GBP\",\"transactions\":[" + TX + body
            + "]}";
        break;
      case 4:
        json = "{\"accountId\":\"a\",\"countryCode\":\"GB\",\"currencyCode\":\"GBP\",\"includeFlags\":true,"
            + "\"excludeBenefits\":false,\"transactions\":[" + TX + body + "]}";
        break;
      case 5:
        json = "{\"accountId\":\"a\",\"countryCode\":\"US\",\"includeFlexibleCosts\":false,\"transactions\":[" + TX
            + body + "]}";
        break;
      default:
        json = body;
    }
    try {
      AttoJsonReader.DEFAULT.read(json.getBytes(UTF_8));
    } catch (BadInputException expected) {
      // The documented outcome for bad input; its message must never carry the description.
      // The transactionId is named on purpose (SPEC section 8); nothing else may carry the marker.
      String id = expected.transactionId();
      String message = id == null ? expected.getMessage() : expected.getMessage().replace("'" + id + "'", "");
      if (message.contains(MARKER)) {
        throw new AssertionError("a bad-input message quoted a description: " + expected.getMessage());
      }
    }
  }
}
