package org.insights.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Writes generated accounts and their truth files to a directory.
 * <p>
 * Usage: {@code java -cp testdata.jar:... org.insights.testdata.GenerateMain OUT_DIR COUNT [SEED] [GB|US|MIXED]
 * [TRANSACTIONS] [compact]} (compact: one-line JSON and no truth files, for portfolios). Account {@code i} is generated from seed {@code SEED + i}, so any one account
 * can be regenerated alone. Writes {@code account-NNNNN.json} and {@code account-NNNNN.truth.json}.
 */
public final class GenerateMain {

  private GenerateMain() {
  }

  /**
   * Entry point.
   *
   * @param args  OUT_DIR COUNT [SEED] [GB|US|MIXED] [TRANSACTIONS]
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: GenerateMain OUT_DIR COUNT [SEED] [GB|US|MIXED] [TRANSACTIONS]");
      System.exit(2);
    }
    Path out = Paths.get(args[0]);
    int count = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
    String country = args.length > 3 ? args[3] : "MIXED";
    int size = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    boolean compact = args.length > 5 && args[5].equals("compact");
    Files.createDirectories(out);
    for (int i = 0; i < count; i++) {
      String c = country.equals("MIXED") ? (i % 2 == 0 ? "GB" : "US") : country;
      ScenarioSpec spec = size > 0 ? ScenarioSpec.sized(c, size) : c.equals("GB") ? ScenarioSpec.uk()
          : ScenarioSpec.us();
      Scenario s = ScenarioGenerator.generate(seed + i, spec);
      String name = String.format("account-%05d", i);
      if (compact) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        org.insights.core.json.AttoJsonWriter.DEFAULT.writeAccounts(java.util.List.of(s.batch()), s.asOf(), null, b);
        Files.write(out.resolve(name + ".json"), b.toByteArray());
      } else {
        Files.write(out.resolve(name + ".json"), s.accountJson());
        Files.write(out.resolve(name + ".truth.json"), s.truthJson());
      }
    }
  }
}
