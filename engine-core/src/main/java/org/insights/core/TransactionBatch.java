package org.insights.core;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.ObjectArrayList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * One account's transactions as an immutable struct of primitive columns.
 * <p>
 * Row {@code i} is the {@code i}-th transaction in input order. Amounts are signed minor units of
 * the account currency ({@code Credit} positive, {@code Debit} negative); booking dates are UTC
 * epoch days; descriptions, transaction codes and merchant names are ids into one string
 * dictionary. Optional columns hold {@link #NONE} where the input had no value.
 * <p>
 * {@link #dateOrder()} gives the rows in booking-date order without moving them; ties are broken
 * by {@code transactionId}, so the order is the same whatever order the input came in.
 * <p>
 * Instances are immutable and thread-safe. Arrays returned by methods named {@code ...Unsafe}
 * are the internal columns, exposed for hot loops: callers must not modify them.
 */
public final class TransactionBatch {

  /** Status value of a booked transaction. */
  public static final byte BOOKED = 0;
  /** Status value of a pending transaction. */
  public static final byte PENDING = 1;
  /** Marker for an absent optional value in an id column. */
  public static final int NONE = -1;

  private final AccountInfo account;
  private final int size;
  private final String[] transactionIds;
  private final long[] amounts;
  private final int[] bookingDays;
  private final byte[] statuses;
  private final int[] descriptionIds;
  private final int[] codeIds;
  private final int[] subCodeIds;
  private final int[] proprietaryCodeIds;
  private final int[] merchantNameIds;
  private final short[] merchantCategoryCodes;
  private final String[] strings;
  private final RecordedEnrichment recorded;
  private final int[] dateOrder;

  private TransactionBatch(Builder b) {
    this.account = b.account;
    this.size = b.ids.size();
    // The builder is single-use, so exactly filled backing arrays are taken over without a copy.
    this.transactionIds = b.ids.elements().length == size ? b.ids.elements() : b.ids.toArray(new String[0]);
    this.amounts = b.amounts.elements().length == size ? b.amounts.elements() : b.amounts.toLongArray();
    this.bookingDays = b.days.elements().length == size ? b.days.elements() : b.days.toIntArray();
    this.statuses = b.statuses.size() == size ? b.statuses.toByteArrayTrimmed() : new byte[0];
    this.descriptionIds = b.descriptionIds.elements().length == size ? b.descriptionIds.elements()
        : b.descriptionIds.toIntArray();
    this.codeIds = b.codeIds == null ? null : b.codeIds.toIntArray();
    this.subCodeIds = b.subCodeIds == null ? null : b.subCodeIds.toIntArray();
    this.proprietaryCodeIds = b.proprietaryCodeIds == null ? null : b.proprietaryCodeIds.toIntArray();
    this.merchantNameIds = b.merchantNameIds == null ? null : b.merchantNameIds.toIntArray();
    if (b.mccs == null) {
      this.merchantCategoryCodes = null;
    } else {
      this.merchantCategoryCodes = new short[size];
      for (int i = 0; i < size; i++) {
        merchantCategoryCodes[i] = (short) b.mccs.getInt(i);
      }
    }
    this.strings = b.strings.toArray(new String[0]);
    this.recorded = b.recorded == null ? null : b.recorded.build(size);
    this.dateOrder = sortByDate(bookingDays, transactionIds);
  }

  private static int[] sortByDate(int[] days, String[] ids) {
    int[] order = new int[days.length];
    boolean sorted = true;
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      if (i > 0 && (days[i] < days[i - 1] || days[i] == days[i - 1] && ids[i].compareTo(ids[i - 1]) < 0)) {
        sorted = false;
      }
    }
    if (!sorted) {
      IntArrays.mergeSort(order, (a, b) -> {
        int c = Integer.compare(days[a], days[b]);
        return c != 0 ? c : ids[a].compareTo(ids[b]);
      });
    }
    return order;
  }

  /**
   * Starts a builder for the given account.
   *
   * @param account  the account the transactions belong to
   * @return a new builder
   */
  public static Builder builder(AccountInfo account) {
    return new Builder(account, 16);
  }

  /**
   * Starts a builder sized for a known number of rows, so that building copies nothing.
   *
   * @param account  the account the transactions belong to
   * @param expectedRows  the number of rows that will be added
   * @return a new builder
   */
  public static Builder builder(AccountInfo account, int expectedRows) {
    return new Builder(account, expectedRows);
  }

  /** @return the account metadata */
  public AccountInfo account() {
    return account;
  }

  /** @return the number of transactions, booked and pending */
  public int size() {
    return size;
  }

  /** @param row  the row @return the transaction id */
  public String transactionId(int row) {
    return transactionIds[row];
  }

  /** @param row  the row @return the signed amount in minor units */
  public long amount(int row) {
    return amounts[row];
  }

  /** @param row  the row @return the booking date as a UTC epoch day */
  public int bookingDay(int row) {
    return bookingDays[row];
  }

  /** @param row  the row @return the booking date */
  public LocalDate bookingDate(int row) {
    return LocalDate.ofEpochDay(bookingDays[row]);
  }

  /** @param row  the row @return true when the transaction is booked, false when pending */
  public boolean isBooked(int row) {
    return statuses[row] == BOOKED;
  }

  /** @param row  the row @return true for a credit (a positive amount), false for a debit or zero */
  public boolean isCredit(int row) {
    return amounts[row] > 0;
  }

  /** @param row  the row @return the description id into {@link #string(int)} */
  public int descriptionId(int row) {
    return descriptionIds[row];
  }

  /** @param row  the row @return the description text, never null (empty when absent) */
  public String description(int row) {
    return strings[descriptionIds[row]];
  }

  /** @param row  the row @return the {@code transactionCode.code} id, or {@link #NONE} */
  public int transactionCodeId(int row) {
    return codeIds == null ? NONE : codeIds[row];
  }

  /** @param row  the row @return the {@code transactionCode.subCode} id, or {@link #NONE} */
  public int transactionSubCodeId(int row) {
    return subCodeIds == null ? NONE : subCodeIds[row];
  }

  /** @param row  the row @return the {@code proprietaryTransactionCode} id, or {@link #NONE} */
  public int proprietaryCodeId(int row) {
    return proprietaryCodeIds == null ? NONE : proprietaryCodeIds[row];
  }

  /** @param row  the row @return the {@code merchantDetails.merchantName} id, or {@link #NONE} */
  public int merchantNameId(int row) {
    return merchantNameIds == null ? NONE : merchantNameIds[row];
  }

  /** @param row  the row @return the merchant category code 0..9999, or {@link #NONE} */
  public int merchantCategoryCode(int row) {
    return merchantCategoryCodes == null ? NONE : merchantCategoryCodes[row];
  }

  /**
   * Returns a dictionary string.
   *
   * @param id  an id from one of the id columns, or {@link #NONE}
   * @return the string, or null for {@link #NONE}
   */
  public String string(int id) {
    return id == NONE ? null : strings[id];
  }

  /** @return the number of distinct strings in the dictionary */
  public int dictionarySize() {
    return strings.length;
  }

  /** @return Atto's enrichment recorded in the input, or null when the input carried none */
  public RecordedEnrichment recordedEnrichment() {
    return recorded;
  }

  /** @return a copy of the rows in booking-date order (ties by transactionId) */
  public int[] dateOrder() {
    return dateOrder.clone();
  }

  /** @return the internal date-order permutation; must not be modified */
  public int[] dateOrderUnsafe() {
    return dateOrder;
  }

  /** @return the internal signed minor-unit amounts; must not be modified */
  public long[] amountsUnsafe() {
    return amounts;
  }

  /** @return the internal epoch-day column; must not be modified */
  public int[] bookingDaysUnsafe() {
    return bookingDays;
  }

  /** @return the internal status column ({@link #BOOKED}/{@link #PENDING}); must not be modified */
  public byte[] statusesUnsafe() {
    return statuses;
  }

  /** @return the internal description-id column; must not be modified */
  public int[] descriptionIdsUnsafe() {
    return descriptionIds;
  }

  /** @return the earliest booking day of any row, or {@link Integer#MAX_VALUE} when empty */
  public int earliestBookingDay() {
    return size == 0 ? Integer.MAX_VALUE : bookingDays[dateOrder[0]];
  }

  /** @return the latest booking day of any row, or {@link Integer#MIN_VALUE} when empty */
  public int latestBookingDay() {
    return size == 0 ? Integer.MIN_VALUE : bookingDays[dateOrder[size - 1]];
  }

  /**
   * Returns the same transactions as a new batch whose rows are in {@link #dateOrder()}.
   * Two batches holding the same transactions in any input order give equal results.
   *
   * @return the date-ordered batch
   */
  public TransactionBatch sortedByDate() {
    return reordered(dateOrder);
  }

  /**
   * Returns a new batch whose row {@code k} is this batch's row {@code order[k]}.
   *
   * @param order  a permutation of {@code 0..size-1}
   * @return the reordered batch
   */
  public TransactionBatch reordered(int[] order) {
    if (order.length != size) {
      throw new IllegalArgumentException("order has " + order.length + " rows but the batch has " + size);
    }
    Builder b = builder(account, size);
    for (int row : order) {
      int k = b.add(transactionIds[row], amounts[row], bookingDays[row], statuses[row] == BOOKED, description(row));
      copyOptional(row, b, k);
    }
    return b.build();
  }

  private void copyOptional(int row, Builder b, int k) {
    if (transactionCodeId(row) != NONE || transactionSubCodeId(row) != NONE) {
      b.transactionCode(k, string(transactionCodeId(row)), string(transactionSubCodeId(row)));
    }
    if (proprietaryCodeId(row) != NONE) {
      b.proprietaryCode(k, string(proprietaryCodeId(row)));
    }
    if (merchantNameId(row) != NONE || merchantCategoryCode(row) != NONE) {
      b.merchant(k, string(merchantNameId(row)), merchantCategoryCode(row));
    }
    if (recorded != null && recorded.hasEnrichment(row)) {
      b.recorded(k, recorded.categoryId(row), recorded.categoryName(row), recorded.categoryConfidence(row),
          recorded.classId(row), recorded.className(row), recorded.classConfidence(row),
          recorded.predictedMerchantName(row));
    }
  }

  /**
   * Compares account and every row, value by value, in row order. Dictionary ids may differ
   * between equal batches; the strings they stand for may not.
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof TransactionBatch)) {
      return false;
    }
    TransactionBatch o = (TransactionBatch) obj;
    if (size != o.size || !account.equals(o.account)) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      if (!rowEquals(i, o, i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Compares one row of this batch with one row of another, value by value.
   *
   * @param i  the row here
   * @param o  the other batch
   * @param j  the row there
   * @return true when every column holds the same value
   */
  public boolean rowEquals(int i, TransactionBatch o, int j) {
    boolean base = transactionIds[i].equals(o.transactionIds[j])
        && amounts[i] == o.amounts[j]
        && bookingDays[i] == o.bookingDays[j]
        && statuses[i] == o.statuses[j]
        && description(i).equals(o.description(j))
        && Objects.equals(string(transactionCodeId(i)), o.string(o.transactionCodeId(j)))
        && Objects.equals(string(transactionSubCodeId(i)), o.string(o.transactionSubCodeId(j)))
        && Objects.equals(string(proprietaryCodeId(i)), o.string(o.proprietaryCodeId(j)))
        && Objects.equals(string(merchantNameId(i)), o.string(o.merchantNameId(j)))
        && merchantCategoryCode(i) == o.merchantCategoryCode(j);
    if (!base) {
      return false;
    }
    boolean hereRecorded = recorded != null && recorded.hasEnrichment(i);
    boolean thereRecorded = o.recorded != null && o.recorded.hasEnrichment(j);
    if (hereRecorded != thereRecorded) {
      return false;
    }
    return !hereRecorded || recorded.rowEquals(i, o.recorded, j);
  }

  @Override
  public int hashCode() {
    int h = account.hashCode() * 31 + size;
    for (int i = 0; i < size; i++) {
      h = h * 31 + transactionIds[i].hashCode();
      h = h * 31 + Long.hashCode(amounts[i]);
      h = h * 31 + bookingDays[i];
    }
    return h;
  }

  @Override
  public String toString() {
    return "TransactionBatch[account=" + account.accountId() + ", size=" + size + "]";
  }

  /**
   * Accumulates rows for a {@link TransactionBatch}. Not thread-safe; use one per account.
   * Each {@code add} validates its row at once, so a bad row is reported with its index.
   */
  public static final class Builder {
    private final AccountInfo account;
    private final ObjectArrayList<String> ids;
    private final LongArrayList amounts;
    private final IntArrayList days;
    private final ByteColumn statuses;
    private final IntArrayList descriptionIds;
    private IntArrayList codeIds;
    private IntArrayList subCodeIds;
    private IntArrayList proprietaryCodeIds;
    private IntArrayList merchantNameIds;
    private IntArrayList mccs;
    private final ObjectArrayList<String> strings;
    private final Object2IntOpenHashMap<String> stringIds;
    private final Object2IntOpenHashMap<String> rowById;
    private RecordedEnrichment.Accumulator recorded;
    private boolean built;

    private Builder(AccountInfo account, int expectedRows) {
      this.account = Objects.requireNonNull(account, "account");
      int n = Math.max(0, expectedRows);
      ids = ObjectArrayList.wrap(new String[n], 0);
      amounts = new LongArrayList(n);
      days = new IntArrayList(n);
      statuses = new ByteColumn(n);
      descriptionIds = new IntArrayList(n);
      strings = new ObjectArrayList<>(Math.min(n, 1024));
      stringIds = new Object2IntOpenHashMap<>(Math.min(n, 1024));
      rowById = new Object2IntOpenHashMap<>(n);
      stringIds.defaultReturnValue(NONE);
      rowById.defaultReturnValue(NONE);
    }

    /** @return the account this builder collects for */
    public AccountInfo account() {
      return account;
    }

    /** @return the number of rows added so far */
    public int size() {
      return ids.size();
    }

    /**
     * Adds one transaction.
     *
     * @param transactionId  the unique id within the account
     * @param signedMinor  the amount in minor units, positive for credits, negative for debits
     * @param epochDay  the booking date as a UTC epoch day
     * @param booked  true for {@code Booked}, false for {@code Pending}
     * @param description  the description, or null (stored as empty)
     * @return the new row's index
     * @throws BadInputException if the id is missing or repeats an earlier row's
     */
    public int add(String transactionId, long signedMinor, int epochDay, boolean booked, String description) {
      checkNotBuilt();
      int row = ids.size();
      if (transactionId == null || transactionId.isEmpty()) {
        throw BadInputException.of("transactionId", row, null, "expected a non-empty transactionId but found none");
      }
      int previous = rowById.putIfAbsent(transactionId, row);
      if (previous != NONE) {
        throw BadInputException.of("transactionId", row, transactionId,
            "duplicate transactionId: already used by row " + previous);
      }
      ids.add(transactionId);
      amounts.add(signedMinor);
      days.add(epochDay);
      statuses.add(booked ? BOOKED : PENDING);
      descriptionIds.add(intern(description == null ? "" : description));
      return row;
    }

    /**
     * Sets the Atto {@code transactionCode} of a row.
     *
     * @param row  the row
     * @param code  the code, or null
     * @param subCode  the sub-code, or null
     * @return this builder
     */
    public Builder transactionCode(int row, String code, String subCode) {
      codeIds = column(codeIds);
      subCodeIds = column(subCodeIds);
      codeIds.set(row, internOrNone(code));
      subCodeIds.set(row, internOrNone(subCode));
      return this;
    }

    /**
     * Sets the {@code proprietaryTransactionCode} of a row.
     *
     * @param row  the row
     * @param code  the code, or null
     * @return this builder
     */
    public Builder proprietaryCode(int row, String code) {
      proprietaryCodeIds = column(proprietaryCodeIds);
      proprietaryCodeIds.set(row, internOrNone(code));
      return this;
    }

    /**
     * Sets the {@code merchantDetails} of a row.
     *
     * @param row  the row
     * @param merchantName  the merchant name, or null
     * @param merchantCategoryCode  the MCC 0..9999, or {@link #NONE}
     * @return this builder
     */
    public Builder merchant(int row, String merchantName, int merchantCategoryCode) {
      if (merchantCategoryCode < NONE || merchantCategoryCode > 9999) {
        throw BadInputException.of("merchantCategoryCode", row, ids.get(row),
            "expected a 4-digit merchant category code but found " + merchantCategoryCode);
      }
      merchantNameIds = column(merchantNameIds);
      mccs = column(mccs);
      merchantNameIds.set(row, internOrNone(merchantName));
      mccs.set(row, merchantCategoryCode);
      return this;
    }

    /**
     * Records Atto's own {@code enrichedData} for a row, as read from the input.
     *
     * @param row  the row
     * @param categoryId  category id, or {@link RecordedEnrichment#ABSENT}
     * @param categoryName  category name, or null
     * @param categoryConfidence  category confidence, or NaN
     * @param classId  class id, or {@link RecordedEnrichment#ABSENT}
     * @param className  class name, or null
     * @param classConfidence  class confidence, or NaN
     * @param predictedMerchantName  merchant name, or null
     * @return this builder
     */
    public Builder recorded(int row, int categoryId, String categoryName, double categoryConfidence, int classId,
        String className, double classConfidence, String predictedMerchantName) {
      if (recorded == null) {
        recorded = new RecordedEnrichment.Accumulator();
      }
      recorded.set(row, categoryId, categoryName, categoryConfidence, classId, className, classConfidence,
          predictedMerchantName);
      return this;
    }

    /**
     * Builds the batch. A builder builds once: its arrays become the batch's.
     *
     * @return the immutable batch
     * @throws IllegalStateException when called twice
     */
    public TransactionBatch build() {
      checkNotBuilt();
      built = true;
      int n = ids.size();
      pad(codeIds, n);
      pad(subCodeIds, n);
      pad(proprietaryCodeIds, n);
      pad(merchantNameIds, n);
      pad(mccs, n);
      return new TransactionBatch(this);
    }

    private void checkNotBuilt() {
      if (built) {
        throw new IllegalStateException("this builder has already built its batch");
      }
    }

    private IntArrayList column(IntArrayList col) {
      IntArrayList c = col == null ? new IntArrayList() : col;
      pad(c, ids.size());
      return c;
    }

    private static void pad(IntArrayList col, int n) {
      if (col != null) {
        while (col.size() < n) {
          col.add(NONE);
        }
      }
    }

    private int internOrNone(String s) {
      return s == null ? NONE : intern(s);
    }

    private int intern(String s) {
      int id = stringIds.getInt(s);
      if (id == NONE) {
        id = strings.size();
        strings.add(s);
        stringIds.put(s, id);
      }
      return id;
    }
  }

  /** A growable byte column (fastutil-core has no byte lists). */
  private static final class ByteColumn {
    private byte[] a;
    private int size;

    ByteColumn(int capacity) {
      a = new byte[Math.max(capacity, 1)];
    }

    void add(byte v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, size * 2);
      }
      a[size++] = v;
    }

    int size() {
      return size;
    }

    byte[] toByteArrayTrimmed() {
      return a.length == size ? a : Arrays.copyOf(a, size);
    }
  }

  /**
   * Returns the number of booked rows.
   *
   * @return booked count
   */
  public int bookedCount() {
    int n = 0;
    for (byte s : statuses) {
      if (s == BOOKED) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns true when every column is equal to another batch's after date ordering, i.e. both
   * hold the same transactions whatever their input order.
   *
   * @param other  the other batch
   * @return true when they hold the same transactions
   */
  public boolean sameTransactionsAs(TransactionBatch other) {
    if (size != other.size || !account.equals(other.account)) {
      return false;
    }
    for (int k = 0; k < size; k++) {
      if (!rowEquals(dateOrder[k], other, other.dateOrder[k])) {
        return false;
      }
    }
    return true;
  }
}
