package org.insights.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.insights.core.BadInputException;
import org.insights.core.ReferenceDate;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoInput;
import org.insights.core.json.AttoJsonReader;
import org.insights.core.json.AttoJsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code insights batch INPUT --out results.jsonl}: scores a portfolio, streaming.
 * <p>
 * INPUT is a directory tree of account files (any input format; a file may hold several
 * accounts), a JSON Lines file ({@code .jsonl}, one document per line), a single JSON file, or
 * {@code -} (JSON Lines on stdin). Each account gives one line of {@code --out}:
 * {@code {source, accountId, categorisation, incomeVerification, affordability, financialHealth,
 * score}} in input order, whatever the thread count; {@code --summary} gets one CSV row per
 * account; a file, line or account that cannot be read goes to {@code --errors} with the reason,
 * and the run goes on. At the end, on stderr: {@code read = scored + failed + skipped}, where an
 * unreadable input counts as one read and one failed, and skipped accounts are those
 * {@code --resume} found already in the output. Work is bounded to four inputs per thread in
 * flight, so memory stays flat whatever the portfolio size.
 */
@Command(name = "batch", description = "Score a portfolio: one JSON line per account, errors and a summary beside.")
final class BatchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INPUT", description = "A directory, a .jsonl file, a JSON file, or -.")
  String input;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Results, one JSON line per account.")
  Path out;

  @Option(names = "--errors", paramLabel = "FILE", description = "Failures, one JSON line each (default OUT.errors.jsonl).")
  Path errors;

  @Option(names = "--summary", paramLabel = "FILE", description = "One CSV row per account.")
  Path summary;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--resume", description = "Skip accounts already in OUT and append to it.")
  boolean resume;

  @Option(names = "--no-transactions", description = "Leave the per-transaction lists out of each line.")
  boolean noTransactions;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Reference date for every account.")
  LocalDate asOf;

  @Option(names = "--progress-seconds", paramLabel = "S", description = "Seconds between progress lines when "
      + "stderr is not a terminal (default 5).")
  int progressSeconds = 5;

  /** One unit of input: a file or a line. */
  private record Unit(String source, Path file, byte[] bytes) {
  }

  /** What a unit produced, in order. */
  private record Output(List<byte[]> lines, List<String> summaries, List<byte[]> errors, int accounts, int scored,
      int failed, int skipped) {
  }

  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      throw BadInputException.of("threads", "expected at least 1 thread but found " + threads);
    }
    Path errorsFile = errors != null ? errors : Paths.get(out + ".errors.jsonl");
    Set<String> done = resume ? resumeKeys(out) : Set.of();
    AccountPipeline.Options options = new AccountPipeline.Options(AccountPipeline.Options.defaults().categoriser(),
        AccountPipeline.Options.defaults().income(), AccountPipeline.Options.defaults().affordability(),
        !noTransactions);
    List<Path> files = null;
    boolean stdin = input.equals(InputFiles.STDIN);
    Path in = stdin ? null : Paths.get(input);
    if (!stdin && Files.isDirectory(in)) {
      files = new ArrayList<>();
      for (String f : InputFiles.expand(List.of(input))) {
        files.add(Paths.get(f));
      }
    } else if (!stdin && !Files.isRegularFile(in)) {
      throw BadInputException.of("file", "no such file or directory").withSource(input);
    }
    boolean lines = stdin || input.endsWith(".jsonl") || input.endsWith(".ndjson");
    long total = files != null ? files.size() : lines ? -1 : 1;

    StandardOpenOption[] append = resume ? new StandardOpenOption[] {StandardOpenOption.CREATE,
        StandardOpenOption.APPEND} : new StandardOpenOption[] {StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE};
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "insights-batch");
      t.setDaemon(true);
      return t;
    });
    BlockingQueue<Future<Output>> queue = new ArrayBlockingQueue<>(4 * threads);
    long[] counts = new long[5]; // read, scored, failed, skipped, inputs
    Progress progress = new Progress(spec.commandLine().getErr(), total, progressSeconds);
    Throwable[] producerFailure = new Throwable[1];
    try (OutputStream results = Files.newOutputStream(out, append);
        OutputStream errorOut = Files.newOutputStream(errorsFile, append);
        PrintWriter summaryOut = summary == null ? null : new PrintWriter(Files.newBufferedWriter(summary,
            StandardCharsets.UTF_8, append))) {
      OutputStream resultsBuffer = new java.io.BufferedOutputStream(results, 1 << 20);
      if (summaryOut != null && (!resume || Files.size(summary) == 0)) {
        summaryOut.println(AccountPipeline.SUMMARY_HEADER);
      }
      Future<Output> end = java.util.concurrent.CompletableFuture.completedFuture(null);
      List<Path> fileList = files;
      Thread producer = new Thread(() -> {
        try {
          if (fileList != null) {
            for (Path f : fileList) {
              queue.put(pool.submit(() -> process(new Unit(f.toString(), f, null), done, options)));
            }
          } else if (lines) {
            try (InputStream s = stdin ? System.in : Files.newInputStream(in)) {
              readLines(s, stdin ? "stdin" : input, line -> queue.put(pool.submit(() -> process(line, done, options))));
            }
          } else {
            queue.put(pool.submit(() -> process(new Unit(input, in, null), done, options)));
          }
        } catch (Throwable t) {
          producerFailure[0] = t;
        } finally {
          try {
            queue.put(end);
          } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
          }
        }
      }, "insights-batch-reader");
      producer.setDaemon(true);
      producer.start();
      while (true) {
        Future<Output> f = queue.take();
        if (f == end) {
          break;
        }
        Output o = get(f);
        for (byte[] line : o.lines()) {
          resultsBuffer.write(line);
          resultsBuffer.write('\n');
        }
        for (byte[] e : o.errors()) {
          errorOut.write(e);
          errorOut.write('\n');
        }
        if (summaryOut != null) {
          o.summaries().forEach(summaryOut::println);
        }
        counts[0] += o.accounts();
        counts[1] += o.scored();
        counts[2] += o.failed();
        counts[3] += o.skipped();
        counts[4]++;
        progress.update(counts[4], counts[1] + counts[3], counts[2]);
      }
      resultsBuffer.flush();
    } finally {
      pool.shutdownNow();
    }
    if (producerFailure[0] != null) {
      if (producerFailure[0] instanceof IOException) {
        throw BadInputException.of("input", "could not read input: " + producerFailure[0].getMessage())
            .withSource(input);
      }
      throw new IllegalStateException(producerFailure[0]);
    }
    progress.finish();
    spec.commandLine().getErr().printf(Locale.ROOT, "read %d = scored %d + failed %d + skipped %d (already in %s)%n",
        counts[0], counts[1], counts[2], counts[3], out);
    spec.commandLine().getErr().flush();
    return counts[2] == 0 ? 0 : 1;
  }

  private static Output get(Future<Output> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException ex) {
      Throwable cause = ex.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Reads, scores and serialises one unit; never throws for bad input. */
  private Output process(Unit unit, Set<String> done, AccountPipeline.Options options) {
    List<byte[]> lines = new ArrayList<>();
    List<String> summaries = new ArrayList<>();
    List<byte[]> errorLines = new ArrayList<>();
    AttoInput in;
    try {
      in = unit.file() != null ? AttoJsonReader.DEFAULT.read(unit.file()) : AttoJsonReader.DEFAULT.read(unit.bytes());
    } catch (BadInputException ex) {
      errorLines.add(error(unit.source(), null, ex.source() == null ? ex.withSource(unit.source()) : ex));
      return new Output(lines, summaries, errorLines, 1, 0, 1, 0);
    }
    int scored = 0;
    int failed = 0;
    int skipped = 0;
    for (TransactionBatch b : in.accounts()) {
      String id = b.account().accountId();
      if (done.contains(key(unit.source(), id))) {
        skipped++;
        continue;
      }
      try {
        LocalDate date = ReferenceDate.resolve(asOf, in.requestDate(), b);
        AccountPipeline.Results r = AccountPipeline.run(b, date, options);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(b.size() * 600 + 4096);
        try (JsonGenerator g = AttoJsonWriter.DEFAULT.generator(buffer)) {
          g.writeStartObject();
          g.writeStringField("source", unit.source());
          g.writeFieldName("result");
          AccountPipeline.write(g, r, options);
          g.writeEndObject();
        }
        lines.add(buffer.toByteArray());
        summaries.add(AccountPipeline.summary(unit.source(), r));
        scored++;
      } catch (BadInputException ex) {
        errorLines.add(error(unit.source(), id, ex));
        failed++;
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    return new Output(lines, summaries, errorLines, scored + failed + skipped, scored, failed, skipped);
  }

  private static byte[] error(String source, String accountId, BadInputException ex) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    try (JsonGenerator g = AttoJsonWriter.DEFAULT.generator(buffer)) {
      g.writeStartObject();
      g.writeStringField("source", source);
      g.writeStringField("accountId", accountId);
      g.writeStringField("field", ex.field());
      g.writeNumberField("row", ex.row());
      g.writeStringField("transactionId", ex.transactionId());
      g.writeNumberField("line", ex.line());
      g.writeNumberField("column", ex.column());
      g.writeStringField("message", ex.getMessage());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  private static String key(String source, String accountId) {
    return source + "\u0000" + accountId;
  }

  /**
   * The accounts already in an output file: a killed run may have left a partial last line, which
   * is cut off first so that appending continues cleanly.
   */
  private static Set<String> resumeKeys(Path file) throws IOException {
    Set<String> keys = new HashSet<>();
    if (!Files.exists(file)) {
      return keys;
    }
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      long length = raf.length();
      long end = length;
      while (end > 0) {
        raf.seek(end - 1);
        if (raf.read() == '\n') {
          break;
        }
        end--;
      }
      if (end < length) {
        raf.setLength(end);
      }
    }
    try (java.io.BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] sourceAndId = sourceAndAccount(line);
        if (sourceAndId != null) {
          keys.add(key(sourceAndId[0], sourceAndId[1]));
        }
      }
    }
    return keys;
  }

  /** Reads {@code source} and {@code result.accountId} from the start of a result line. */
  private static String[] sourceAndAccount(String line) throws IOException {
    try (JsonParser p = JSON.createParser(line)) {
      String source = null;
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if (name.equals("source")) {
          source = p.getText();
        } else if (name.equals("result") && t == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String inner = p.currentName();
            p.nextToken();
            if (inner.equals("accountId")) {
              return new String[] {source, p.getText()};
            }
            p.skipChildren();
          }
          return null;
        } else {
          p.skipChildren();
        }
      }
    }
    return null;
  }

  /** A consumer that may block. */
  private interface LineSink {
    void accept(Unit unit) throws InterruptedException;
  }

  /** Splits a stream into lines as bytes; blank lines are skipped; the source names the line number. */
  private static void readLines(InputStream raw, String name, LineSink sink) throws IOException, InterruptedException {
    BufferedInputStream s = new BufferedInputStream(raw, 1 << 16);
    ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 16);
    long number = 0;
    int c;
    while (true) {
      c = s.read();
      if (c == '\n' || c < 0) {
        number++;
        if (line.size() > 0 && !isBlank(line)) {
          sink.accept(new Unit(name + ":" + number, null, line.toByteArray()));
        }
        line.reset();
        if (c < 0) {
          break;
        }
      } else {
        line.write(c);
      }
    }
  }

  private static boolean isBlank(ByteArrayOutputStream line) {
    for (byte b : line.toByteArray()) {
      if (b != ' ' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  /** Progress on stderr: a bar on a terminal, otherwise a line every few seconds. */
  private static final class Progress {
    private final PrintWriter err;
    private final long total;
    private final boolean terminal = System.console() != null;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private long last = System.nanoTime();
    private long inputs;
    private long accounts;
    private long failed;

    Progress(PrintWriter err, long total, int seconds) {
      this.err = err;
      this.total = total;
      this.intervalNanos = (terminal ? 200_000_000L : Math.max(1, seconds) * 1_000_000_000L);
    }

    void update(long inputsDone, long accountsDone, long failures) {
      inputs = inputsDone;
      accounts = accountsDone;
      failed = failures;
      long now = System.nanoTime();
      if (now - last >= intervalNanos) {
        last = now;
        print(false);
      }
    }

    void finish() {
      print(true);
    }

    private void print(boolean end) {
      double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
      double rate = accounts / seconds;
      String eta = total > 0 && inputs > 0 ? String.format(Locale.ROOT, ", ETA %ds",
          (long) ((total - inputs) * seconds / inputs)) : "";
      String of = total > 0 ? "/" + total : "";
      if (terminal) {
        int width = 30;
        int filled = total > 0 ? (int) (width * inputs / Math.max(1, total)) : 0;
        err.printf(Locale.ROOT, "\r[%s%s] %d%s inputs, %d accounts, %d failed, %.0f accounts/s%s",
            "#".repeat(filled), " ".repeat(width - filled), inputs, of, accounts, failed, rate, eta);
        if (end) {
          err.println();
        }
      } else {
        err.printf(Locale.ROOT, "%d%s inputs, %d accounts, %d failed, %.0f accounts/s%s%n", inputs, of, accounts,
            failed, rate, eta);
      }
      err.flush();
    }
  }

}
