package org.insights.core.impl;

import java.util.Arrays;
import java.util.OptionalLong;
import org.insights.core.AccountInfo;
import org.insights.core.BadInputException;
import org.insights.core.RecordedEnrichment;
import org.insights.core.TransactionBatch;

/**
 * Transactions of one account as parsed, before the account currency is known.
 * <p>
 * JSON fields may come in any order, so an account's {@code currencyCode} can follow its
 * transactions. Amounts are therefore kept as unscaled decimals with their scale and converted
 * to minor units, with the currency checks, in {@link #finish}. Not thread-safe.
 */
public final class RowBuffer {

  private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
      100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
      10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L, 1_000_000_000_000_000_000L};

  int size;
  String[] ids;
  long[] unscaled;
  byte[] scales;
  boolean[] credit;
  int[] days;
  boolean[] booked;
  String[] descriptions;
  String[] currencies;
  int[] lines;
  int[] columns;
  // Optional columns, allocated on first use.
  String[] codes;
  String[] subCodes;
  String[] proprietaryCodes;
  String[] merchantNames;
  int[] mccs;
  Enrichment[] enrichments;

  /** @param capacity  the rows expected, a hint */
  RowBuffer(int capacity) {
    int n = Math.max(16, capacity);
    ids = new String[n];
    unscaled = new long[n];
    scales = new byte[n];
    credit = new boolean[n];
    days = new int[n];
    booked = new boolean[n];
    descriptions = new String[n];
    lines = new int[n];
    columns = new int[n];
  }

  /** Atto's recorded enrichedData of one row. */
  record Enrichment(int categoryId, String categoryName, double categoryConfidence, int classId, String className,
      double classConfidence, String predictedMerchantName) {
  }

  int newRow() {
    if (size == ids.length) {
      int cap = size * 2;
      ids = Arrays.copyOf(ids, cap);
      unscaled = Arrays.copyOf(unscaled, cap);
      scales = Arrays.copyOf(scales, cap);
      credit = Arrays.copyOf(credit, cap);
      days = Arrays.copyOf(days, cap);
      booked = Arrays.copyOf(booked, cap);
      descriptions = Arrays.copyOf(descriptions, cap);
      lines = Arrays.copyOf(lines, cap);
      columns = Arrays.copyOf(columns, cap);
      currencies = currencies == null ? null : Arrays.copyOf(currencies, cap);
      codes = codes == null ? null : Arrays.copyOf(codes, cap);
      subCodes = subCodes == null ? null : Arrays.copyOf(subCodes, cap);
      proprietaryCodes = proprietaryCodes == null ? null : Arrays.copyOf(proprietaryCodes, cap);
      merchantNames = merchantNames == null ? null : Arrays.copyOf(merchantNames, cap);
      mccs = mccs == null ? null : Arrays.copyOf(mccs, cap);
      enrichments = enrichments == null ? null : Arrays.copyOf(enrichments, cap);
    }
    return size++;
  }

  void setCurrency(int row, String currency) {
    if (currencies == null) {
      currencies = new String[ids.length];
    }
    currencies[row] = currency;
  }

  void setCode(int row, String code, String subCode) {
    if (codes == null) {
      codes = new String[ids.length];
      subCodes = new String[ids.length];
    }
    codes[row] = code;
    subCodes[row] = subCode;
  }

  void setProprietaryCode(int row, String code) {
    if (proprietaryCodes == null) {
      proprietaryCodes = new String[ids.length];
    }
    proprietaryCodes[row] = code;
  }

  void setMerchant(int row, String name, int mcc) {
    if (merchantNames == null) {
      merchantNames = new String[ids.length];
      mccs = new int[ids.length];
      Arrays.fill(mccs, TransactionBatch.NONE);
    }
    merchantNames[row] = name;
    mccs[row] = mcc;
  }

  void setEnrichment(int row, Enrichment e) {
    if (enrichments == null) {
      enrichments = new Enrichment[ids.length];
    }
    enrichments[row] = e;
  }

  /** @return the number of rows */
  public int size() {
    return size;
  }

  /**
   * Converts the rows to minor units of the account currency and builds the batch.
   *
   * @param account  the account, whose currency is now known
   * @param balanceCurrent  the current balance as unscaled/scale, or null
   * @return the batch
   */
  TransactionBatch finish(AccountInfo account) {
    int digits = account.minorUnitDigits();
    TransactionBatch.Builder b = TransactionBatch.builder(account, size);
    for (int i = 0; i < size; i++) {
      try {
        if (currencies != null && currencies[i] != null && !currencies[i].equals(account.currencyCode())) {
          throw BadInputException.of("currencyCode", i, ids[i], "expected the account currency "
              + account.currencyCode() + " but found " + clip(currencies[i]));
        }
        long minor = toMinor(unscaled[i], scales[i], digits, account.currencyCode(), i, ids[i]);
        int row = b.add(ids[i], credit[i] ? minor : -minor, days[i], booked[i], descriptions[i]);
        if (codes != null && (codes[row] != null || subCodes[row] != null)) {
          b.transactionCode(row, codes[row], subCodes[row]);
        }
        if (proprietaryCodes != null && proprietaryCodes[row] != null) {
          b.proprietaryCode(row, proprietaryCodes[row]);
        }
        if (merchantNames != null && (merchantNames[row] != null || mccs[row] != TransactionBatch.NONE)) {
          b.merchant(row, merchantNames[row], mccs[row]);
        }
        if (enrichments != null && enrichments[row] != null) {
          Enrichment e = enrichments[row];
          b.recorded(row, e.categoryId(), e.categoryName(), e.categoryConfidence(), e.classId(), e.className(),
              e.classConfidence(), e.predictedMerchantName());
        }
      } catch (BadInputException ex) {
        throw ex.at(lines[i], columns[i]);
      }
    }
    return b.build();
  }

  /**
   * Converts an unscaled decimal to minor units without loss.
   *
   * @throws BadInputException when the amount has more decimals than the currency or overflows
   */
  static long toMinor(long unscaled, int scale, int digits, String currency, int row, String id) {
    if (scale <= digits) {
      long factor = POW10[digits - scale];
      if (unscaled > Long.MAX_VALUE / factor) {
        throw BadInputException.of("amount", row, id, "amount is too large to hold exactly");
      }
      return unscaled * factor;
    }
    long divisor = POW10[scale - digits];
    if (unscaled % divisor != 0) {
      throw BadInputException.of("amount", row, id, "expected at most " + digits + " decimal places for "
          + currency + " but found " + scale);
    }
    return unscaled / divisor;
  }

  /** Converts a balance amount to signed minor units. */
  static OptionalLong balance(long unscaled, int scale, boolean debit, int digits, String currency, String which) {
    long minor;
    try {
      minor = toMinor(Math.abs(unscaled), scale, digits, currency, BadInputException.NO_ROW, null);
    } catch (BadInputException ex) {
      throw BadInputException.of("balances." + which + ".amount", ex.problem());
    }
    long signed = unscaled < 0 ? -minor : minor;
    return OptionalLong.of(debit ? -signed : signed);
  }

  /** A bad value as a message may show it: letters, digits and {@code :+-./_ } (see SECURITY.md). */
  static String clip(String s) {
    return BadInputException.shown(s, ":+-./_ ");
  }
}
