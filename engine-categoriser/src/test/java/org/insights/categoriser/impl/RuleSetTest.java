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
