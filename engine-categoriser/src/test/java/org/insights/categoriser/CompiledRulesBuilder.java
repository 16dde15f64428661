package org.insights.categoriser;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.insights.categoriser.impl.RuleSet;

/**
 * Writes the rules' compiled tables, {@code rules.trie}, after any change to the rule resources
 * or to how rules are built; {@code CategoriserTest} fails while it is stale:
 * {@code java -cp TEST_CLASSPATH org.insights.categoriser.CompiledRulesBuilder
 * src/main/resources/org/insights/categoriser/rules.trie} (from {@code engine-categoriser}).
 */
public final class CompiledRulesBuilder {

  private CompiledRulesBuilder() {
  }

  /**
   * @param args  the file to write
   * @throws IOException on write failure
   */
  public static void main(String[] args) throws IOException {
    try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
      RuleSet.writeCompiled(out);
    }
    System.out.println("wrote " + args[0] + " (" + Files.size(Path.of(args[0])) + " bytes)");
  }
}
