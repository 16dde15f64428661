package org.insights.testdata;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import org.insights.core.Money;
import org.insights.core.json.AttoJsonWriter;

/** Writes a {@link Truth} as JSON, amounts in major units with the currency's decimals. */
final class TruthJson {

  private TruthJson() {
  }

  static byte[] write(Truth t, int digits) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = AttoJsonWriter.PRETTY.generator(out)) {
      g.writeStartObject();
      g.writeStringField("accountId", t.accountId());
      g.writeStringField("asOf", t.asOf().toString());
      g.writeArrayFieldStart("incomeStreams");
      for (Truth.Stream s : t.streams()) {
        g.writeStartObject();
        g.writeStringField("streamId", s.streamId());
        g.writeStringField("payer", s.payer());
        g.writeStringField("kind", s.kind().name());
        g.writeStringField("cadence", s.cadence().name());
        g.writeBooleanField("isBenefit", s.isBenefit());
        g.writeBooleanField("isSalary", s.isSalary());
        g.writeFieldName("monthlyAmount");
        g.writeNumber(Money.format(s.monthlyAmountMinor(), digits));
        g.writeArrayFieldStart("transactionIds");
        for (String id : s.transactionIds()) {
          g.writeString(id);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("transactions");
      for (Map.Entry<String, Truth.Label> e : t.transactions().entrySet()) {
        g.writeStartObject();
        g.writeStringField("transactionId", e.getKey());
        g.writeStringField("category", e.getValue().category());
        g.writeStringField("affordabilityType", e.getValue().affordabilityType());
        g.writeStringField("streamId", e.getValue().streamId());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("endOfDayBalances");
      g.writeStringField("firstDay", LocalDate.ofEpochDay(t.firstDay()).toString());
      g.writeArrayFieldStart("values");
      for (long v : t.endOfDayBalances()) {
        g.writeNumber(Money.format(v, digits));
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out.toByteArray();
  }
}
