package org.insights.categoriser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoJsonWriter;

/**
 * Writes the enrich-transactions response of one account: every transaction as it came in, in
 * input order, with Atto's {@code enrichedData} added:
 * <pre>
 * {accountId, transactions: [{transactionId, description, amount, creditDebitIndicator, status,
 *   transactionCode, proprietaryTransactionCode, bookingDate, merchantDetails,
 *   enrichedData: {category: {id, name, confidence}, class: {id, name, confidence},
 *                  predictedMerchantName}}]}
 * </pre>
 * Confidences are rounded half-up to 4 decimals. Stateless.
 */
public final class EnrichResponseJson {

  private EnrichResponseJson() {
  }

  /**
   * @param g  the generator
   * @param batch  the account
   * @param c  its categorisation
   * @throws IOException on write failure
   */
  public static void write(JsonGenerator g, TransactionBatch batch, Categorisation c) throws IOException {
    write(g, batch, c, true);
  }

  /**
   * As {@link #write(JsonGenerator, TransactionBatch, Categorisation)}; without transactions the
   * list is empty and {@code transactionsOmitted} is true (portfolio runs that keep only figures).
   *
   * @param g  the generator
   * @param batch  the account
   * @param c  its categorisation
   * @param withTransactions  write the transaction list
   * @throws IOException on write failure
   */
  public static void write(JsonGenerator g, TransactionBatch batch, Categorisation c, boolean withTransactions)
      throws IOException {
    int digits = batch.account().minorUnitDigits();
    g.writeStartObject();
    g.writeStringField("accountId", batch.account().accountId());
    if (!withTransactions) {
      g.writeBooleanField("transactionsOmitted", true);
    }
    g.writeArrayFieldStart("transactions");
    for (int i = 0; withTransactions && i < batch.size(); i++) {
      g.writeStartObject();
      AttoJsonWriter.writeTransactionFields(g, batch, i, digits);
      writeEnrichedData(g, c, i);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Writes the {@code enrichedData} member of one row.
   *
   * @param g  the generator, inside the transaction object
   * @param c  the categorisation
   * @param i  the row
   * @throws IOException on write failure
   */
  public static void writeEnrichedData(JsonGenerator g, Categorisation c, int i) throws IOException {
    g.writeObjectFieldStart("enrichedData");
    g.writeObjectFieldStart("category");
    g.writeNumberField("id", c.categoryId(i));
    g.writeStringField("name", c.category(i).name());
    AttoJsonWriter.writeRatio(g, "confidence", c.categoryConfidence(i));
    g.writeEndObject();
    g.writeObjectFieldStart("class");
    g.writeNumberField("id", c.classId(i));
    g.writeStringField("name", c.paymentClass(i).name());
    AttoJsonWriter.writeRatio(g, "confidence", c.classConfidence(i));
    g.writeEndObject();
    g.writeStringField("predictedMerchantName", c.merchantName(i));
    g.writeEndObject();
  }
}
