package org.insights.categoriser;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.insights.categoriser.impl.RuleMatcher;
import org.insights.categoriser.impl.RuleSet;
import org.insights.core.TransactionBatch;

/**
 * Categorises transactions (SPEC section 4): category, class (payment type), calibrated-style
 * confidence and a clean merchant name for every row.
 * <p>
 * Rules: one pass of an Aho-Corasick automaton over the normalised description finds merchants
 * (the project's own list of UK and US merchants, payers and lenders, and brands from the
 * OpenStreetMap Name Suggestion Index), description cues, UK benefit payment codes and US
 * government payers; the merchant category code decides debits the description leaves open. The
 * direction matters: a known shop on a credit is a refund from it. Identical descriptions in a
 * batch are computed once; a row's result depends only on its own description, direction and
 * MCC, never on the other rows or their order.
 * <p>
 * Stateless and thread-safe; use {@link #DEFAULT}.
 */
public final class Categoriser {

  /** The categoriser with the shipped rules. */
  public static final Categoriser DEFAULT = new Categoriser(RuleSet.load(), Taxonomy.DEFAULT);

  /** The largest request Atto accepts; larger Atto-compatible requests are refused. */
  public static final int ATTO_REQUEST_LIMIT = 5_000;

  private final RuleSet rules;
  private final Taxonomy taxonomy;

  private Categoriser(RuleSet rules, Taxonomy taxonomy) {
    this.rules = rules;
    this.taxonomy = taxonomy;
  }

  /** @return the taxonomy the results refer to */
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /**
   * Categorises every row of a batch.
   *
   * @param batch  the transactions
   * @param options  the options
   * @return columns aligned to the batch
   */
  public Categorisation categorise(TransactionBatch batch, CategoriserOptions options) {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(options, "options");
    int n = batch.size();
    int[] category = new int[n];
    float[] confidence = new float[n];
    int[] klass = new int[n];
    float[] classConfidence = new float[n];
    int[] merchant = new int[n];
    byte[] source = new byte[n];
    List<String> names = new ArrayList<>();
    Object2IntOpenHashMap<String> nameIds = new Object2IntOpenHashMap<>();
    nameIds.defaultReturnValue(-1);
    RuleMatcher m = new RuleMatcher(rules);
    // Cache by (description id, direction): identical descriptions are computed once.
    int[] cacheRow = new int[batch.dictionarySize() * 2];
    java.util.Arrays.fill(cacheRow, -1);
    long[] amounts = batch.amountsUnsafe();
    int[] descriptionIds = batch.descriptionIdsUnsafe();
    for (int i = 0; i < n; i++) {
      boolean credit = amounts[i] > 0;
      int mcc = batch.merchantCategoryCode(i);
      int key = descriptionIds[i] * 2 + (credit ? 1 : 0);
      int done = cacheRow[key];
      if (done >= 0 && mcc == TransactionBatch.NONE) {
        category[i] = category[done];
        confidence[i] = confidence[done];
        klass[i] = klass[done];
        classConfidence[i] = classConfidence[done];
        merchant[i] = merchant[done];
        source[i] = source[done];
        continue;
      }
      m.match(Descriptions.normalise(batch.description(i)), credit);
      if (mcc != TransactionBatch.NONE && !credit) {
        m.applyMcc(mcc);
      }
      category[i] = m.categoryId;
      confidence[i] = m.confidence;
      klass[i] = m.classId;
      classConfidence[i] = m.classConfidence;
      source[i] = m.source;
      if (m.merchantName != null) {
        int id = nameIds.getInt(m.merchantName);
        if (id < 0) {
          id = names.size();
          names.add(m.merchantName);
          nameIds.put(m.merchantName, id);
        }
        merchant[i] = id;
      } else {
        merchant[i] = -1;
      }
      if (mcc == TransactionBatch.NONE) {
        cacheRow[key] = i;
      }
    }
    double floor = options.confidenceFloor();
    if (floor > 0) {
      for (int i = 0; i < n; i++) {
        if (confidence[i] < floor) {
          category[i] = 0;
        }
      }
    }
    return new Categorisation(taxonomy, category, confidence, klass, classConfidence, merchant,
        names.toArray(new String[0]), source);
  }
}
