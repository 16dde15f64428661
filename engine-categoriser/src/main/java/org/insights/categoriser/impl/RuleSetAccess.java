package org.insights.categoriser.impl;

/** Read access to the shipped rule tables for evaluation and explanation. */
public final class RuleSetAccess {

  private final RuleSet rules = RuleSet.load();

  /**
   * @param mcc  a merchant category code 0..9999
   * @return the category id the MCC table gives it, or -1
   */
  public int categoryForMcc(int mcc) {
    if (mcc < 0 || mcc > 9999) {
      return -1;
    }
    int idx = rules.mccCategory[mcc];
    return idx < 0 ? -1 : rules.categoryIdByIndex[idx];
  }

  /**
   * @return true when the shipped compiled tables ({@code rules.trie}) were read, and equal the
   *     rules, words, automaton and tables built from the resources afresh
   */
  public boolean compiledAutomatonCurrent() {
    RuleSet built = RuleSet.load(rules.taxonomy, false);
    return rules.compiledUsed && rules.sameAs(built);
  }
}
