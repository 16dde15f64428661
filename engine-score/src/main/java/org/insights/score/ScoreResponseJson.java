package org.insights.score;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.insights.core.json.AttoJsonWriter;

/**
 * Writes a {@link ScoreResult} as Atto Score's body {@code {accountId, attoScore,
 * probabilityOfDefault, dateGenerated, version, range: {minScore, maxScore}, reasonCodes}} or its
 * 422 body {@code {code, description, details, correlationId}}. {@code reasonCodes} (feature,
 * value, points) is the engine's addition. Stateless.
 */
public final class ScoreResponseJson {

  private ScoreResponseJson() {
  }

  /**
   * @param g  the generator
   * @param r  the result
   * @throws IOException on write failure
   */
  public static void write(JsonGenerator g, ScoreResult r) throws IOException {
    g.writeStartObject();
    if (!r.scored()) {
      g.writeStringField("code", r.error().code());
      g.writeStringField("description", r.error().description());
      g.writeStringField("details", r.error().details());
      g.writeStringField("correlationId", r.error().correlationId());
      g.writeEndObject();
      return;
    }
    g.writeStringField("accountId", r.accountId());
    g.writeNumberField("attoScore", r.attoScore());
    AttoJsonWriter.writeRatio(g, "probabilityOfDefault", r.probabilityOfDefault());
    g.writeStringField("dateGenerated", r.dateGenerated() + "T00:00:00Z");
    g.writeStringField("version", r.version());
    g.writeObjectFieldStart("range");
    g.writeNumberField("minScore", r.minScore());
    g.writeNumberField("maxScore", r.maxScore());
    g.writeEndObject();
    g.writeArrayFieldStart("reasonCodes");
    for (ScoreResult.Reason reason : r.reasons()) {
      g.writeStartObject();
      g.writeStringField("feature", reason.feature());
      AttoJsonWriter.writeRatio(g, "value", reason.value());
      AttoJsonWriter.writeRatio(g, "points", reason.points());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
