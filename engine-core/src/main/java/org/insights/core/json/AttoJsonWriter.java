package org.insights.core.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.insights.core.AccountInfo;
import org.insights.core.Money;
import org.insights.core.RecordedEnrichment;
import org.insights.core.TransactionBatch;

/**
 * Writes Atto JSON with Jackson's streaming API: the Data API accounts document, and the
 * primitives every engine's response writer uses (money rounded half-up to 2 decimals at output,
 * ratios to 4, dates as Atto writes them).
 * <p>
 * Field names and order of the Data API document follow Atto's recorded response
 * ({@code accountId, currencyCode, accountType, accountSubType, balances, transactions}; each
 * transaction {@code transactionId, description, amount, creditDebitIndicator, status,
 * transactionCode, proprietaryTransactionCode, bookingDate, merchantDetails, enrichedData}).
 * Transaction amounts are echoed exactly, with the currency's decimal places; booking dates are
 * written as {@code yyyy-MM-ddT00:00:00Z}. Immutable and thread-safe.
 */
public final class AttoJsonWriter {

  /** The writer with pretty printing off. */
  public static final AttoJsonWriter DEFAULT = new AttoJsonWriter(false);
  /** The writer with pretty printing on, for people. */
  public static final AttoJsonWriter PRETTY = new AttoJsonWriter(true);

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private final boolean pretty;

  private AttoJsonWriter(boolean pretty) {
    this.pretty = pretty;
  }

  /**
   * Opens a generator over a stream; the caller closes the generator (the stream stays open).
   *
   * @param out  the target
   * @return a generator writing UTF-8
   */
  public JsonGenerator generator(OutputStream out) {
    try {
      JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      return g;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * Opens a generator over a character writer; the caller closes the generator (the writer stays
   * open).
   *
   * @param out  the target
   * @return a generator
   */
  public JsonGenerator generator(java.io.Writer out) {
    try {
      JsonGenerator g = FACTORY.createGenerator(out);
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      return g;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * Writes accounts as one Data API accounts document.
   *
   * @param accounts  the accounts
   * @param requestDate  the request date to write as {@code requestDateTime}, or null
   * @param countryCode  the document's {@code countryCode}, or null to take the first account's
   * @param out  the target, left open
   */
  public void writeAccounts(List<TransactionBatch> accounts, LocalDate requestDate, String countryCode,
      OutputStream out) {
    try (JsonGenerator g = generator(out)) {
      g.writeStartObject();
      String country = countryCode;
      if (country == null && !accounts.isEmpty()) {
        country = accounts.get(0).account().countryCode();
      }
      if (requestDate != null) {
        g.writeStringField("requestDateTime", requestDate + "T00:00:00Z");
      }
      if (country != null) {
        g.writeStringField("countryCode", country);
      }
      g.writeArrayFieldStart("accounts");
      for (TransactionBatch batch : accounts) {
        writeAccount(g, batch);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * Writes one account as a BYOD request body ({@code accountId, countryCode, currencyCode,
   * transactions}), the shape of the enrich-transactions, income-verification and affordability
   * requests.
   *
   * @param batch  the account
   * @param out  the target, left open
   */
  public void writeByodRequest(TransactionBatch batch, OutputStream out) {
    AccountInfo a = batch.account();
    try (JsonGenerator g = generator(out)) {
      g.writeStartObject();
      g.writeStringField("accountId", a.accountId());
      g.writeStringField("countryCode", a.countryCode());
      g.writeStringField("currencyCode", a.currencyCode());
      g.writeArrayFieldStart("transactions");
      for (int i = 0; i < batch.size(); i++) {
        writeTransaction(g, batch, i);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void writeAccount(JsonGenerator g, TransactionBatch b) throws IOException {
    AccountInfo a = b.account();
    int digits = a.minorUnitDigits();
    g.writeStartObject();
    g.writeStringField("accountId", a.accountId());
    g.writeStringField("currencyCode", a.currencyCode());
    if (a.countryCode() != null) {
      g.writeStringField("countryCode", a.countryCode());
    }
    g.writeStringField("accountType", a.accountType());
    g.writeStringField("accountSubType", a.accountSubType());
    g.writeObjectFieldStart("balances");
    writeBalance(g, "current", a.currentBalance(), digits);
    writeBalance(g, "available", a.availableBalance(), digits);
    g.writeEndObject();
    g.writeArrayFieldStart("transactions");
    for (int i = 0; i < b.size(); i++) {
      writeTransaction(g, b, i);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Writes the {@code accountDetails} object the Insights responses echo: id, type, subtype and
   * currency of the account.
   *
   * @param g  the generator, inside an object
   * @param a  the account
   * @throws IOException on write failure
   */
  public static void writeAccountDetails(JsonGenerator g, AccountInfo a) throws IOException {
    g.writeObjectFieldStart("accountDetails");
    g.writeStringField("accountId", a.accountId());
    g.writeStringField("accountType", a.accountType());
    g.writeStringField("accountSubType", a.accountSubType());
    g.writeStringField("currencyCode", a.currencyCode());
    g.writeEndObject();
  }

  private static void writeBalance(JsonGenerator g, String name, OptionalLong value, int digits) throws IOException {
    if (value.isEmpty()) {
      g.writeNullField(name);
      return;
    }
    long v = value.getAsLong();
    g.writeObjectFieldStart(name);
    g.writeFieldName("amount");
    g.writeNumber(Money.format(Math.abs(v), digits));
    g.writeStringField("creditDebitIndicator", v < 0 ? "Debit" : "Credit");
    g.writeEndObject();
  }

  /**
   * Writes one transaction as Atto does, without {@code enrichedData} unless recorded.
   *
   * @param g  the generator, inside an array
   * @param b  the batch
   * @param i  the row
   * @throws IOException on write failure
   */
  public static void writeTransaction(JsonGenerator g, TransactionBatch b, int i) throws IOException {
    int digits = b.account().minorUnitDigits();
    g.writeStartObject();
    writeTransactionFields(g, b, i, digits);
    RecordedEnrichment r = b.recordedEnrichment();
    if (r != null && r.hasEnrichment(i)) {
      g.writeObjectFieldStart("enrichedData");
      writeLabel(g, "category", r.categoryId(i), r.categoryName(i), r.categoryConfidence(i));
      writeLabel(g, "class", r.classId(i), r.className(i), r.classConfidence(i));
      g.writeStringField("predictedMerchantName", r.predictedMerchantName(i));
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /**
   * Writes the fields of one transaction as received (no enclosing object), for responses that
   * echo transactions and add their own members.
   *
   * @param g  the generator, inside an object
   * @param b  the batch
   * @param i  the row
   * @param digits  the currency's minor-unit digits
   * @throws IOException on write failure
   */
  public static void writeTransactionFields(JsonGenerator g, TransactionBatch b, int i, int digits)
      throws IOException {
    g.writeStringField("transactionId", b.transactionId(i));
    g.writeStringField("description", b.description(i));
    g.writeFieldName("amount");
    g.writeNumber(Money.format(Math.abs(b.amount(i)), digits));
    g.writeStringField("creditDebitIndicator", b.amount(i) > 0 ? "Credit" : "Debit");
    g.writeStringField("status", b.isBooked(i) ? "Booked" : "Pending");
    if (b.transactionCodeId(i) != TransactionBatch.NONE || b.transactionSubCodeId(i) != TransactionBatch.NONE) {
      g.writeObjectFieldStart("transactionCode");
      g.writeStringField("code", b.string(b.transactionCodeId(i)));
      g.writeStringField("subCode", b.string(b.transactionSubCodeId(i)));
      g.writeEndObject();
    } else {
      g.writeNullField("transactionCode");
    }
    g.writeStringField("proprietaryTransactionCode", b.string(b.proprietaryCodeId(i)));
    g.writeStringField("bookingDate", LocalDate.ofEpochDay(b.bookingDay(i)) + "T00:00:00Z");
    g.writeObjectFieldStart("merchantDetails");
    g.writeStringField("merchantName", b.string(b.merchantNameId(i)));
    int mcc = b.merchantCategoryCode(i);
    g.writeStringField("merchantCategoryCode", mcc == TransactionBatch.NONE ? null : String.format("%04d", mcc));
    g.writeEndObject();
  }

  private static void writeLabel(JsonGenerator g, String name, int id, String label, double confidence)
      throws IOException {
    if (id == RecordedEnrichment.ABSENT && label == null) {
      g.writeNullField(name);
      return;
    }
    g.writeObjectFieldStart(name);
    g.writeNumberField("id", id);
    g.writeStringField("name", label);
    if (Double.isNaN(confidence)) {
      g.writeNullField("confidence");
    } else {
      g.writeNumberField("confidence", confidence);
    }
    g.writeEndObject();
  }

  /**
   * Writes a money field from minor units, rounded half-up to 2 decimals (SPEC section 2).
   *
   * @param g  the generator
   * @param name  the field name
   * @param minor  signed minor units
   * @param digits  the currency's minor-unit digits
   * @throws IOException on write failure
   */
  public static void writeMoney(JsonGenerator g, String name, long minor, int digits) throws IOException {
    g.writeFieldName(name);
    g.writeNumber(BigDecimal.valueOf(minor, digits).setScale(2, RoundingMode.HALF_UP));
  }

  /**
   * Writes a money field from an exact decimal of the major unit, rounded half-up to 2 decimals.
   *
   * @param g  the generator
   * @param name  the field name
   * @param amount  the amount
   * @throws IOException on write failure
   */
  public static void writeMoney(JsonGenerator g, String name, BigDecimal amount) throws IOException {
    g.writeFieldName(name);
    g.writeNumber(amount.setScale(2, RoundingMode.HALF_UP));
  }

  /**
   * Writes a ratio rounded half-up to 4 decimals; NaN and infinity are refused.
   *
   * @param g  the generator
   * @param name  the field name
   * @param value  a finite value
   * @throws IOException on write failure
   */
  public static void writeRatio(JsonGenerator g, String name, double value) throws IOException {
    g.writeFieldName(name);
    g.writeNumber(Money.round(value, 4));
  }
}
