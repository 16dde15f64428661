package org.insights.core;

/**
 * The one exception raised for input the engine cannot use.
 * <p>
 * It names the field, the row index within the account's transactions and the
 * {@code transactionId} where known, and, when the input came from JSON, the line and column.
 * The message says what was expected and what was found, and never quotes a transaction
 * description, because descriptions are personal data.
 * <p>
 * Instances are immutable; {@link #withSource(String)} returns a copy naming the input file.
 */
public final class BadInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Row value used when the problem is not tied to one transaction. */
  public static final int NO_ROW = -1;

  private final String field;
  private final int row;
  private final String transactionId;
  private final long line;
  private final long column;
  private final String source;
  private final String problem;

  private BadInputException(
      String field, int row, String transactionId, long line, long column, String source, String problem,
      Throwable cause) {
    super(compose(field, row, transactionId, line, column, source, problem), cause);
    this.field = field;
    this.row = row;
    this.transactionId = transactionId;
    this.line = line;
    this.column = column;
    this.source = source;
    this.problem = problem;
  }

  /**
   * Creates an exception for one field of one transaction.
   *
   * @param field  the JSON field name, such as {@code amount}
   * @param row  the zero-based index of the transaction in its account, or {@link #NO_ROW}
   * @param transactionId  the transaction id, or null when unknown
   * @param problem  what was expected and what was found, never a description's text
   * @return the exception
   */
  public static BadInputException of(String field, int row, String transactionId, String problem) {
    return new BadInputException(field, row, transactionId, -1, -1, null, problem, null);
  }

  /**
   * Creates an exception that is not tied to one transaction.
   *
   * @param field  the field or part of the input concerned
   * @param problem  what was expected and what was found
   * @return the exception
   */
  public static BadInputException of(String field, String problem) {
    return new BadInputException(field, NO_ROW, null, -1, -1, null, problem, null);
  }

  /**
   * A bad value as a message may show it: at most 24 characters, and only ASCII letters, digits
   * and the characters of {@code alsoSafe}, everything else shown as {@code ?}, so that a message
   * never carries free text (a bank that puts a name in a date field does not get it echoed).
   *
   * @param value  the bad value, or null
   * @param alsoSafe  punctuation that may be shown as it is
   * @return the value as it may be quoted, {@code "null"} for null
   */
  public static String shown(String value, String alsoSafe) {
    if (value == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(Math.min(value.length(), 24) + 3);
    for (int i = 0; i < value.length() && i < 24; i++) {
      char c = value.charAt(i);
      boolean safe = c < 128 && (Character.isLetterOrDigit(c) || alsoSafe.indexOf(c) >= 0);
      out.append(safe ? c : '?');
    }
    return value.length() > 24 ? out + "..." : out.toString();
  }

  /**
   * Returns a copy located at the given line and column of the JSON input.
   *
   * @param line  one-based line, or -1 when unknown
   * @param column  one-based column, or -1 when unknown
   * @return a located copy
   */
  public BadInputException at(long line, long column) {
    return new BadInputException(field, row, transactionId, line, column, source, problem, getCause());
  }

  /**
   * Returns a copy that names the input it came from, such as a file path.
   *
   * @param source  the input's name
   * @return a copy naming the source
   */
  public BadInputException withSource(String source) {
    return new BadInputException(field, row, transactionId, line, column, source, problem, getCause());
  }

  /**
   * Returns a copy with the cause attached (for debugging; the message is unchanged).
   *
   * @param cause  the underlying exception
   * @return a copy with the cause
   */
  public BadInputException causedBy(Throwable cause) {
    return new BadInputException(field, row, transactionId, line, column, source, problem, cause);
  }

  /** @return the JSON field concerned, never null */
  public String field() {
    return field;
  }

  /** @return the zero-based transaction row within its account, or {@link #NO_ROW} */
  public int row() {
    return row;
  }

  /** @return the transaction id, or null when not known */
  public String transactionId() {
    return transactionId;
  }

  /** @return the one-based line in the JSON input, or -1 */
  public long line() {
    return line;
  }

  /** @return the one-based column in the JSON input, or -1 */
  public long column() {
    return column;
  }

  /** @return the name of the input, or null */
  public String source() {
    return source;
  }

  /** @return the problem statement alone, without location */
  public String problem() {
    return problem;
  }

  private static String compose(
      String field, int row, String transactionId, long line, long column, String source, String problem) {
    StringBuilder sb = new StringBuilder("Bad input");
    if (source != null) {
      sb.append(" in ").append(source);
    }
    sb.append(": field '").append(field).append('\'');
    if (row >= 0) {
      sb.append(", row ").append(row);
    }
    if (transactionId != null) {
      sb.append(", transactionId '").append(transactionId).append('\'');
    }
    if (line > 0) {
      sb.append(", line ").append(line);
      if (column > 0) {
        sb.append(", column ").append(column);
      }
    }
    return sb.append(": ").append(problem).toString();
  }
}
