package org.insights.categoriser.impl;

import java.util.Arrays;

/**
 * Hashed features of a normalised description for the linear model: word unigrams, word bigrams
 * and character 4-grams of each word (with word-boundary marks, so truncations and misspellings
 * such as {@code RESTAURAN} share most features with {@code RESTAURANT}), plus the direction, the
 * amount band (ten bands of the amount in major units, per direction: {@link #amountBand}) and the
 * merchant category code with its hundred group when the bank sent one. Payment-type cues (DD, SO,
 * POS, CHECK CRD PURCHASE...) are words of the description and enter as words.
 * Shared by training and inference, so both hash identically. Static and thread-safe.
 */
public final class Features {

  /** Number of hash buckets (a power of two). */
  public static final int DIMENSION = 1 << 14;
  /** The most features one description yields. */
  public static final int MAX_FEATURES = 256;

  private static final int CREDIT = 0x5bd1e995;
  private static final int DEBIT = 0x1b873593;
  private static final int AMOUNT = 0x2f9be6cc;
  private static final int MCC = 0x61c88647;
  private static final int MCC_GROUP = 0x7ed55d16;

  /** No amount (dictionary entries in training). */
  public static final int NO_AMOUNT_BAND = -1;
  /** Upper bounds (exclusive, major units) of the amount bands; the last band is open. */
  private static final long[] BAND_BOUNDS = {5, 10, 20, 50, 100, 250, 500, 1_000, 2_500};
  /** Number of amount bands. */
  public static final int AMOUNT_BANDS = BAND_BOUNDS.length + 1;

  private Features() {
  }

  /**
   * @param amountMinor  a signed amount in minor units (two decimals assumed)
   * @return its band, 0 to {@link #AMOUNT_BANDS} - 1
   */
  public static int amountBand(long amountMinor) {
    long major = amountMinor == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(amountMinor) / 100;
    int band = 0;
    while (band < BAND_BOUNDS.length && major >= BAND_BOUNDS[band]) {
      band++;
    }
    return band;
  }

  /**
   * Extracts the sorted, distinct feature indices of a description's merchant column,
   * {@code normalised[0, end)} (read in place), with the amount band and the merchant category code.
   *
   * @param normalised  a normalised description
   * @param end  where the merchant column ends
   * @param credit  the direction
   * @param band  the amount band ({@link #amountBand}), or {@link #NO_AMOUNT_BAND}
   * @param mcc  the merchant category code, or -1
   * @param out  receives the indices; at least {@link #MAX_FEATURES} long
   * @return how many indices were written
   */
  public static int extract(String normalised, int end, boolean credit, int band, int mcc, int[] out) {
    int n = 0;
    int direction = credit ? CREDIT : DEBIT;
    out[n++] = bucket(direction);
    if (band != NO_AMOUNT_BAND) {
      out[n++] = bucket((AMOUNT + band) * 0x01000193 ^ direction);
    }
    if (mcc >= 0) {
      out[n++] = bucket((MCC + mcc) * 0x01000193);
      out[n++] = bucket((MCC_GROUP + mcc / 100) * 0x01000193);
    }
    int len = end;
    int prevWord = 0;
    int i = 0;
    while (i < len && n < MAX_FEATURES - 8) {
      while (i < len && normalised.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < len && normalised.charAt(i) != ' ' && normalised.charAt(i) != '|') {
        i++;
      }
      if (i == start) {
        i++;
        continue;
      }
      int word = hash(normalised, start, i, 0x9e3779b9);
      out[n++] = bucket(word);
      if (prevWord != 0) {
        out[n++] = bucket(word * 31 + prevWord * 0x85ebca6b);
      }
      prevWord = word;
      // Character 4-grams over "<WORD>".
      int wl = i - start;
      for (int g = -1; g + 4 <= wl + 1 && n < MAX_FEATURES - 2; g++) {
        int h = 0x27d4eb2d;
        for (int k = g; k < g + 4; k++) {
          char c = k < 0 || k >= wl ? '#' : normalised.charAt(start + k);
          h = (h ^ c) * 0x01000193;
        }
        out[n++] = bucket(h ^ 0x7f4a7c15);
      }
    }
    Arrays.sort(out, 0, n);
    int distinct = 0;
    for (int k = 0; k < n; k++) {
      if (distinct == 0 || out[distinct - 1] != out[k]) {
        out[distinct++] = out[k];
      }
    }
    return distinct;
  }

  private static int hash(String s, int from, int to, int seed) {
    int h = seed;
    for (int k = from; k < to; k++) {
      h = (h ^ s.charAt(k)) * 0x01000193;
    }
    return h == 0 ? 1 : h;
  }

  private static int bucket(int h) {
    int x = h;
    x ^= x >>> 16;
    x *= 0x85ebca6b;
    x ^= x >>> 13;
    return x & (DIMENSION - 1);
  }
}
