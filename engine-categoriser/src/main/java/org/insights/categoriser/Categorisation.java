package org.insights.categoriser;

/**
 * Categories, classes and merchant names of one batch, as columns aligned to its rows.
 * <p>
 * Row {@code i} describes the batch's row {@code i}. Confidences are probabilities in 0..1.
 * {@link #source(int)} says which rule decided (merchant, cue, benefit code, MCC), so every
 * category can be explained. Immutable and thread-safe; the arrays returned by
 * {@code ...Unsafe} methods must not be modified.
 */
public final class Categorisation {

  private final Taxonomy taxonomy;
  private final int[] categoryIds;
  private final float[] categoryConfidences;
  private final int[] classIds;
  private final float[] classConfidences;
  private final int[] merchantIds;
  private final String[] merchantNames;
  private final byte[] sources;

  Categorisation(Taxonomy taxonomy, int[] categoryIds, float[] categoryConfidences, int[] classIds,
      float[] classConfidences, int[] merchantIds, String[] merchantNames, byte[] sources) {
    this.taxonomy = taxonomy;
    this.categoryIds = categoryIds;
    this.categoryConfidences = categoryConfidences;
    this.classIds = classIds;
    this.classConfidences = classConfidences;
    this.merchantIds = merchantIds;
    this.merchantNames = merchantNames;
    this.sources = sources;
  }

  /** @return the number of rows */
  public int size() {
    return categoryIds.length;
  }

  /** @param row  the row @return the category id (0 Uncategorised) */
  public int categoryId(int row) {
    return categoryIds[row];
  }

  /** @param row  the row @return the category */
  public Category category(int row) {
    return taxonomy.category(categoryIds[row]);
  }

  /** @param row  the row @return the category's confidence, 0..1 */
  public float categoryConfidence(int row) {
    return categoryConfidences[row];
  }

  /** @param row  the row @return the class id */
  public int classId(int row) {
    return classIds[row];
  }

  /** @param row  the row @return the class */
  public PaymentClass paymentClass(int row) {
    return taxonomy.paymentClass(classIds[row]);
  }

  /** @param row  the row @return the class's confidence, 0..1 */
  public float classConfidence(int row) {
    return classConfidences[row];
  }

  /** @param row  the row @return the merchant id into {@link #merchantName(int)}'s table, or -1 */
  public int merchantId(int row) {
    return merchantIds[row];
  }

  /** @param row  the row @return the predicted merchant name, or null */
  public String merchantName(int row) {
    int id = merchantIds[row];
    return id < 0 ? null : merchantNames[id];
  }

  /** @param row  the row @return the {@code affordabilityType} of the row's category */
  public String affordabilityType(int row) {
    return taxonomy.category(categoryIds[row]).affordabilityType();
  }

  /**
   * @param row  the row
   * @return which rule decided: 0 none, 1 merchant, 2 cue, 3 benefit code, 4 MCC, 5 refund from a merchant
   */
  public byte source(int row) {
    return sources[row];
  }

  /** @return the internal category-id column; must not be modified */
  public int[] categoryIdsUnsafe() {
    return categoryIds;
  }

  /** @return the taxonomy the ids refer to */
  public Taxonomy taxonomy() {
    return taxonomy;
  }
}
