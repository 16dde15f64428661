package org.insights.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates {@code ../shared/data} beside the project root, or null when absent. */
public final class SharedFiles {

  private SharedFiles() {
  }

  /** @param relative  a path under shared/data @return the file, or null when not present */
  public static Path data(String relative) {
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
