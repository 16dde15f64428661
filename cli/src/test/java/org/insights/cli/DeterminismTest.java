package org.insights.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.insights.testdata.Scenario;
import org.insights.testdata.ScenarioGenerator;
import org.insights.testdata.ScenarioSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives byte-identical output in two separate JVMs and at any thread count. */
class DeterminismTest {

  @TempDir
  Path dir;

  private byte[] runInNewJvm(String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "out", ".json");
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        "org.insights.cli.InsightsCli"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    return Files.readAllBytes(out);
  }

  @Test
  void test_all_byteIdenticalAcrossJvmRestarts() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    for (int k = 0; k < 4; k++) {
      Scenario s = ScenarioGenerator.generate(300 + k, k % 2 == 0 ? ScenarioSpec.uk() : ScenarioSpec.us());
      Files.write(in.resolve("a" + k + ".json"), s.accountJson());
    }
    byte[] first = runInNewJvm("all", in.toString());
    byte[] second = runInNewJvm("all", in.toString());
    assertThat(first.length).isGreaterThan(10_000);
    assertThat(second).isEqualTo(first);
    Path one = dir.resolve("t1.jsonl");
    Path four = dir.resolve("t4.jsonl");
    java.io.StringWriter sink = new java.io.StringWriter();
    InsightsCli.execute(new java.io.PrintWriter(sink), new java.io.PrintWriter(sink), "batch", in.toString(), "--out",
        one.toString(), "--threads", "1");
    InsightsCli.execute(new java.io.PrintWriter(sink), new java.io.PrintWriter(sink), "batch", in.toString(), "--out",
        four.toString(), "--threads", "4");
    assertThat(Files.readAllBytes(four)).isEqualTo(Files.readAllBytes(one));
  }
}
