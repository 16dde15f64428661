package org.insights.testdata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates the evaluation data in {@code ../shared/data} beside the project root. Tests call
 * {@link #find(String)} and skip (JUnit assumptions) when it returns null, so a fresh clone
 * without the data still passes.
 */
public final class SharedData {

  private SharedData() {
  }

  /**
   * Finds a file under {@code shared/data}, searching upward from the working directory.
   *
   * @param relative  the path under shared/data, such as {@code recorded/apollo-carter.json}
   * @return the file, or null when absent
   */
  public static Path find(String relative) {
    Path dir = Paths.get("").toAbsolutePath();
    for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("data").resolve(relative);
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
