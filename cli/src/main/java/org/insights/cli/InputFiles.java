package org.insights.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.insights.core.BadInputException;

/** Expands command-line inputs: a file, a directory (its JSON files, recursively, sorted), or {@code -}. */
final class InputFiles {

  /** The name used for standard input. */
  static final String STDIN = "-";

  private InputFiles() {
  }

  /**
   * @param args  the inputs as given
   * @return the files in a stable order ({@code -} kept as is)
   * @throws BadInputException when an input does not exist
   */
  static List<String> expand(List<String> args) {
    List<String> out = new ArrayList<>();
    for (String a : args) {
      if (a.equals(STDIN)) {
        out.add(a);
        continue;
      }
      Path p = Paths.get(a);
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          out.addAll(s.filter(Files::isRegularFile)
              .filter(f -> {
                String n = f.getFileName().toString();
                return (n.endsWith(".json") || n.endsWith(".jsonl")) && !n.endsWith(".truth.json");
              })
              .map(Path::toString).sorted().collect(Collectors.toList()));
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
      } else if (Files.isRegularFile(p)) {
        out.add(a);
      } else {
        throw BadInputException.of("file", "no such file or directory").withSource(a);
      }
    }
    return out;
  }
}
