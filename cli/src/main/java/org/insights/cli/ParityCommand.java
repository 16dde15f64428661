package org.insights.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.insights.categoriser.MerchantNames;
import org.insights.core.RecordedEnrichment;
import org.insights.core.ReferenceDate;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoInput;
import org.insights.core.json.AttoJsonReader;
import org.insights.core.json.AttoJsonWriter;
import org.insights.health.FinancialHealthJson;
import org.insights.income.IncomeResponseJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code insights parity RECORDED...}: runs the engines on recorded Atto data and reports, field by
 * field, how often they agree with what Atto returned.
 * <p>
 * Categorisation: each transaction's recorded {@code enrichedData} (category id, class id,
 * {@code predictedMerchantName}, case, accents and punctuation ignored, one name containing the
 * other counting as agreement); category agreement is also given on the rows Atto scored at 0.9
 * or more. Other endpoints: recorded responses beside the file, named after it,
 * {@code NAME.income.json}, {@code NAME.affordability.json} and {@code NAME.health.json} (one
 * response or an array of them, matched by {@code accountId}); every numeric, boolean and text
 * leaf present in both the recorded and the engine's response is compared at the same JSON path:
 * amounts agree within 1% or 0.01, whole numbers exactly, text and booleans exactly. The table
 * goes to stdout, {@code --json FILE} writes it as JSON, and {@code --min-agreement X} makes the
 * exit code 1 when a field agrees on less than X of its rows.
 */
@Command(name = "parity", description = "Agreement of the engines with recorded Atto responses, field by field.")
final class ParityCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "RECORDED", description = "Recorded Data API files with enrichedData.")
  List<String> inputs;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON.")
  Path json;

  @Option(names = "--min-agreement", paramLabel = "X", description = "Exit 1 when a field agrees on less than X (0..1).")
  Double minAgreement;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Reference date.")
  LocalDate asOf;

  @Option(names = "--confidence-floor", paramLabel = "X", defaultValue = "0",
      description = "Categorise with this floor, as the recorded service was called (Atto's looks like 0.44).")
  double confidenceFloor;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Compared and agreed counts of one field. */
  private static final class Tally {
    long compared;
    long agreed;

    void add(boolean agree) {
      compared++;
      agreed += agree ? 1 : 0;
    }

    double share() {
      return compared == 0 ? 1.0 : (double) agreed / compared;
    }
  }

  @Override
  public Integer call() throws IOException {
    Map<String, Tally> fields = new LinkedHashMap<>();
    AccountPipeline.Options defaults = AccountPipeline.Options.defaults();
    AccountPipeline.Options options = new AccountPipeline.Options(
        defaults.categoriser().withConfidenceFloor(confidenceFloor), defaults.income(), defaults.affordability(), true);
    for (String input : InputFiles.expand(inputs)) {
      Path file = Paths.get(input);
      AttoInput in = AttoJsonReader.DEFAULT.read(file);
      for (TransactionBatch b : in.accounts()) {
        AccountPipeline.Results r = AccountPipeline.run(b, ReferenceDate.resolve(asOf, in.requestDate(), b), options);
        categories(b, r, fields);
        String base = file.getFileName().toString().replaceFirst("\\.json$", "");
        sidecar(file.resolveSibling(base + ".income.json"), b, "incomeVerification", fields,
            g -> IncomeResponseJson.write(g, r.income(), true));
        sidecar(file.resolveSibling(base + ".health.json"), b, "financialHealth", fields,
            g -> {
              if (r.health() != null) {
                FinancialHealthJson.write(g, r.health());
              } else {
                g.writeStartObject();
                g.writeEndObject();
              }
            });
        sidecar(file.resolveSibling(base + ".affordability.json"), b, "affordability", fields,
            g -> org.insights.affordability.AffordabilityResponseJson.write(g, r.affordability(), false));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%-56s %9s %9s %8s%n", "field", "compared", "agreed", "share");
    boolean pass = true;
    for (Map.Entry<String, Tally> e : fields.entrySet()) {
      Tally t = e.getValue();
      out.printf(Locale.ROOT, "%-56s %9d %9d %7.2f%%%n", e.getKey(), t.compared, t.agreed, 100 * t.share());
      pass &= minAgreement == null || t.share() >= minAgreement;
    }
    out.flush();
    if (json != null) {
      try (OutputStream o = Files.newOutputStream(json);
          JsonGenerator g = AttoJsonWriter.PRETTY.generator(o)) {
        g.writeStartObject();
        g.writeArrayFieldStart("fields");
        for (Map.Entry<String, Tally> e : fields.entrySet()) {
          g.writeStartObject();
          g.writeStringField("field", e.getKey());
          g.writeNumberField("compared", e.getValue().compared);
          g.writeNumberField("agreed", e.getValue().agreed);
          AttoJsonWriter.writeRatio(g, "share", e.getValue().share());
          g.writeEndObject();
        }
        g.writeEndArray();
        if (minAgreement != null) {
          g.writeNumberField("minAgreement", minAgreement);
        }
        g.writeBooleanField("passed", pass);
        g.writeEndObject();
      }
    }
    return pass ? 0 : 1;
  }

  private static void categories(TransactionBatch b, AccountPipeline.Results r, Map<String, Tally> fields) {
    RecordedEnrichment rec = b.recordedEnrichment();
    if (rec == null) {
      return;
    }
    for (int i = 0; i < b.size(); i++) {
      if (!rec.hasEnrichment(i)) {
        continue;
      }
      if (rec.categoryId(i) != RecordedEnrichment.ABSENT) {
        boolean agree = rec.categoryId(i) == r.categories().categoryId(i);
        tally(fields, "categorisation.category.id").add(agree);
        if (rec.categoryId(i) != 0) {
          tally(fields, "categorisation.category.id (rows Atto categorised)").add(agree);
        }
        if (rec.categoryConfidence(i) >= 0.9) {
          tally(fields, "categorisation.category.id (Atto confidence >= 0.9)").add(agree);
        }
      }
      if (rec.classId(i) != RecordedEnrichment.ABSENT) {
        tally(fields, "categorisation.class.id").add(rec.classId(i) == r.categories().classId(i));
      }
      if (rec.predictedMerchantName(i) != null) {
        tally(fields, "categorisation.predictedMerchantName (where Atto named one)")
            .add(MerchantNames.sameName(rec.predictedMerchantName(i), r.categories().merchantName(i)));
      }
    }
  }

  private static Tally tally(Map<String, Tally> fields, String name) {
    return fields.computeIfAbsent(name, k -> new Tally());
  }

  /** Writes one engine response. */
  private interface Writer {
    void write(JsonGenerator g) throws IOException;
  }

  private static void sidecar(Path file, TransactionBatch b, String endpoint, Map<String, Tally> fields, Writer w)
      throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    JsonNode recorded = MAPPER.readTree(file.toFile());
    JsonNode mine;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (JsonGenerator g = AttoJsonWriter.DEFAULT.generator(buffer)) {
      w.write(g);
    } catch (UncheckedIOException ex) {
      throw ex.getCause();
    }
    mine = MAPPER.readTree(buffer.toByteArray());
    String id = b.account().accountId();
    if (recorded.isArray()) {
      JsonNode match = null;
      for (JsonNode n : recorded) {
        if (id.equals(n.path("accountId").asText(null)) || id.equals(n.path("accountDetails").path("accountId")
            .asText(null))) {
          match = n;
        }
      }
      recorded = match;
    }
    if (recorded != null) {
      compare(endpoint, recorded, mine, fields);
    }
  }

  /** Compares every leaf of the recorded response that the engine's response also has. */
  private static void compare(String path, JsonNode recorded, JsonNode mine, Map<String, Tally> fields) {
    if (recorded.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = recorded.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (mine.has(e.getKey())) {
          compare(path + "." + e.getKey(), e.getValue(), mine.get(e.getKey()), fields);
        }
      }
    } else if (recorded.isArray()) {
      for (int k = 0; k < recorded.size() && k < mine.size(); k++) {
        compare(path + "[]", recorded.get(k), mine.get(k), fields);
      }
    } else if (recorded.isNumber() && mine.isNumber()) {
      double a = recorded.asDouble();
      double b = mine.asDouble();
      boolean agree = recorded.isIntegralNumber() && mine.isIntegralNumber() ? a == b
          : Math.abs(a - b) <= Math.max(0.01, 0.01 * Math.abs(a));
      tally(fields, path).add(agree);
    } else if (recorded.isBoolean() || recorded.isTextual()) {
      tally(fields, path).add(recorded.asText().equals(mine.asText()));
    }
  }
}
