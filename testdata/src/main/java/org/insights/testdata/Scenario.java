package org.insights.testdata;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoJsonWriter;

/**
 * One generated account with its planted truth. Immutable.
 *
 * @param batch  the account's transactions, rows in the order they are written (newest first)
 * @param asOf  the reference date, written as the document's {@code requestDateTime}
 * @param truth  what was planted
 */
public record Scenario(TransactionBatch batch, LocalDate asOf, Truth truth) {

  /** @return the account as a Data API accounts document, UTF-8 JSON */
  public byte[] accountJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(batch.size() * 400 + 1024);
    AttoJsonWriter.PRETTY.writeAccounts(List.of(batch), asOf, batch.account().countryCode(), out);
    return out.toByteArray();
  }

  /** @return the planted truth as UTF-8 JSON */
  public byte[] truthJson() {
    return TruthJson.write(truth, batch.account().minorUnitDigits());
  }
}
