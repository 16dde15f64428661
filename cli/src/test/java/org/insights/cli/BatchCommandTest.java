package org.insights.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.insights.testdata.Scenario;
import org.insights.testdata.ScenarioGenerator;
import org.insights.testdata.ScenarioSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: a generated portfolio with corrupt files, counts, errors, order and --resume. */
class BatchCommandTest {

  private static final Pattern ACCOUNT = Pattern.compile("\"result\":\\{\"accountId\":\"([^\"]+)\"");

  @TempDir
  Path dir;

  private record Run(int code, String err) {
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = InsightsCli.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, err.toString());
  }

  private List<String> portfolio(Path in, int good) throws IOException {
    Files.createDirectories(in.resolve("sub"));
    List<String> ids = new ArrayList<>();
    for (int k = 0; k < good; k++) {
      Scenario s = ScenarioGenerator.generate(700 + k, k % 2 == 0 ? ScenarioSpec.uk() : ScenarioSpec.us());
      Files.write(in.resolve((k % 3 == 0 ? "sub/" : "") + String.format("acc-%03d.json", k)), s.accountJson());
      ids.add(s.batch().account().accountId());
    }
    Files.writeString(in.resolve("broken-1.json"), "{\"accounts\": [ {\"accountId\": \"x\", ", UTF_8);
    Files.writeString(in.resolve("sub/broken-2.json"), "{\"transactions\": [{\"transactionId\": \"a\", \"amount\": -1,"
        + " \"creditDebitIndicator\": \"Debit\", \"bookingDate\": \"2023-01-01\"}], \"currencyCode\": \"GBP\"}", UTF_8);
    return ids;
  }

  private static List<String> accounts(Path results) throws IOException {
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(results, UTF_8)) {
      Matcher m = ACCOUNT.matcher(line);
      assertThat(m.find()).as("a result line").isTrue();
      ids.add(m.group(1));
    }
    return ids;
  }

  @Test
  void test_batch_countsErrorsAndOrder() throws IOException {
    Path in = dir.resolve("in");
    List<String> ids = portfolio(in, 12);
    Path out = dir.resolve("out.jsonl");
    Path errors = dir.resolve("errors.jsonl");
    Path summary = dir.resolve("summary.csv");
    Run r = run("batch", in.toString(), "--out", out.toString(), "--errors", errors.toString(), "--summary",
        summary.toString(), "--threads", "2");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("read 14 = scored 12 + failed 2 + skipped 0");
    // Every good account once, in input (sorted path) order, whatever the threads.
    List<String> got = accounts(out);
    assertThat(got).containsExactlyInAnyOrderElementsOf(ids);
    Run single = run("batch", in.toString(), "--out", dir.resolve("single.jsonl").toString(), "--threads", "1");
    assertThat(single.code()).isEqualTo(1);
    assertThat(Files.readAllBytes(dir.resolve("single.jsonl"))).isEqualTo(Files.readAllBytes(out));
    List<String> errorLines = Files.readAllLines(errors, UTF_8);
    assertThat(errorLines).hasSize(2);
    assertThat(errorLines.get(0)).contains("broken-1.json").contains("malformed JSON");
    assertThat(errorLines.get(1)).contains("broken-2.json").contains("\"field\":\"amount\"")
        .contains("non-negative amount");
    List<String> rows = Files.readAllLines(summary, UTF_8);
    assertThat(rows).hasSize(13);
    assertThat(rows.get(0)).isEqualTo(AccountPipeline.SUMMARY_HEADER);
  }

  @Test
  void test_batch_resumeContinuesAKilledRun() throws IOException {
    Path in = dir.resolve("in");
    List<String> ids = portfolio(in, 10);
    Path out = dir.resolve("out.jsonl");
    run("batch", in.toString(), "--out", out.toString(), "--threads", "2");
    byte[] complete = Files.readAllBytes(out);
    // A killed run: only the first four lines written, and half of the fifth.
    List<String> lines = Files.readAllLines(out, UTF_8);
    StringBuilder partial = new StringBuilder();
    for (int k = 0; k < 4; k++) {
      partial.append(lines.get(k)).append('\n');
    }
    partial.append(lines.get(4), 0, lines.get(4).length() / 2);
    Files.writeString(out, partial.toString(), UTF_8);
    Run resumed = run("batch", in.toString(), "--out", out.toString(), "--threads", "2", "--resume");
    assertThat(resumed.err()).contains("read 12 = scored 6 + failed 2 + skipped 4");
    List<String> got = accounts(out);
    assertThat(new HashSet<>(got)).hasSize(got.size());
    assertThat(got).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(Files.readAllBytes(out)).isEqualTo(complete);
    try (RandomAccessFile raf = new RandomAccessFile(out.toFile(), "r")) {
      raf.seek(raf.length() - 1);
      assertThat(raf.read()).isEqualTo('\n');
    }
    Set<String> unique = new HashSet<>(ids);
    assertThat(unique).hasSize(10);
  }

  @Test
  void test_batch_jsonLinesAndAll() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int k = 0; k < 3; k++) {
      Scenario s = ScenarioGenerator.generate(900 + k, ScenarioSpec.uk());
      java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
      org.insights.core.json.AttoJsonWriter.DEFAULT.writeAccounts(List.of(s.batch()), s.asOf(), null, b);
      jsonl.append(b.toString(UTF_8)).append('\n');
    }
    jsonl.append("not json\n");
    Path file = dir.resolve("accounts.jsonl");
    Files.writeString(file, jsonl.toString(), UTF_8);
    Path out = dir.resolve("out.jsonl");
    Run r = run("batch", file.toString(), "--out", out.toString(), "--no-transactions");
    assertThat(r.err()).contains("read 4 = scored 3 + failed 1 + skipped 0");
    assertThat(Files.readAllLines(out, UTF_8)).allMatch(l -> l.contains("\"transactionsOmitted\":true"))
        .allMatch(l -> l.contains("\"source\":\"" + file + ":"));
    assertThat(Files.readString(Path.of(out + ".errors.jsonl"), UTF_8)).contains(file + ":4");
  }
}
