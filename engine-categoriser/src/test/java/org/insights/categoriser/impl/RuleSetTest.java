package org.insights.categoriser.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.insights.categoriser.Taxonomy;
import org.junit.jupiter.api.Test;

class RuleSetTest {

  private static byte[] compiled() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RuleSet.writeCompiled(out);
    return out.toByteArray();
  }

  @Test
  void test_lists_holdEachPatternOnce() {
    // Sessions had written some names twice (PARAMOUNT PLUS three times, CHURCHILL INSURANCE as car
    // and as home insurance), which left the first row deciding unseen; a pattern has one row per
    // country in the own list, and per direction and country in the cues.
    assertThat(repeats("merchants-own.tsv", 3, -1)).isEmpty();
    assertThat(repeats("cues.tsv", 5, 1)).isEmpty();
  }

  /**
   * @param directionColumn  the column of the direction, or -1 when the list has none
   * @return the patterns of a list that more than one row holds for the same country and direction
   */
  private static java.util.List<String> repeats(String resource, int countryColumn, int directionColumn) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.List<String> repeated = new java.util.ArrayList<>();
    for (String[] row : RuleSet.tsv(resource)) {
      String country = row.length > countryColumn ? row[countryColumn] : "";
      String direction = directionColumn >= 0 ? row[directionColumn] : "";
      for (String pattern : row[0].split("\\|")) {
        if (!seen.add(pattern + "/" + direction + "/" + country)) {
          repeated.add(pattern);
        }
      }
    }
    return repeated;
  }

  @Test
  void test_readCompiled_whatWasWrittenIsWhatAFreshBuildHolds() throws IOException {
    RuleSet read = RuleSet.readCompiled(Taxonomy.DEFAULT, new ByteArrayInputStream(compiled()));
    RuleSet built = RuleSet.load(Taxonomy.DEFAULT, false);
    assertThat(read).isNotNull();
    assertThat(read.compiledUsed).isTrue();
    assertThat(built.compiledUsed).isFalse();
    assertThat(read.sameAs(built)).isTrue();
    // sameAs can fail: one rule's strength changed is another rule set.
    read.strength[0] += 0.01f;
    assertThat(read.sameAs(built)).isFalse();
  }

  @Test
  void test_readCompiled_tablesFromOtherResourcesOrDamagedAreRefused() throws IOException {
    byte[] good = compiled();
    // Bytes 4-11 hold the resources' checksum: tables written from other dictionaries.
    byte[] stale = good.clone();
    stale[11] ^= 1;
    assertThat(RuleSet.readCompiled(Taxonomy.DEFAULT, new ByteArrayInputStream(stale))).isNull();
    assertThat(RuleSet.readCompiled(Taxonomy.DEFAULT, new ByteArrayInputStream(Arrays.copyOf(good, good.length / 2))))
        .isNull();
    assertThat(RuleSet.readCompiled(Taxonomy.DEFAULT, new ByteArrayInputStream(new byte[3]))).isNull();
    assertThat(RuleSet.readCompiled(Taxonomy.DEFAULT, null)).isNull();
  }

  @Test
  void test_onlyLongerWord_oneReadingOrNone() throws IOException {
    RuleSet read = RuleSet.readCompiled(Taxonomy.DEFAULT, new ByteArrayInputStream(compiled()));
    RuleSet built = RuleSet.load(Taxonomy.DEFAULT, false);
    for (RuleSet r : new RuleSet[] {read, built}) {
      // A glued brand cut short has one reading; so has a start whose longer words all extend one.
      assertThat(r.onlyLongerWord("HOLLANDBARRE")).isEqualTo("HOLLANDBARRETT");
      assertThat(r.onlyLongerWord("MARKSANDSPEN")).isEqualTo("MARKSANDSPENCER");
      // Several readings (British Gas, British Airways...), or none, give none.
      assertThat(r.onlyLongerWord("BRITISH")).isNull();
      assertThat(r.onlyLongerWord("QZVQZVQZV")).isNull();
    }
  }
}
