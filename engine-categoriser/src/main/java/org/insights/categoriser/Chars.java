package org.insights.categoriser;

import java.util.Arrays;

/**
 * A reusable character buffer for the normaliser's hot loop: appends and reads without the
 * capacity and encoding checks a {@link StringBuilder} makes on every character, and holds a
 * copy of the text being read so that the loop reads an array, not a string. Not thread-safe:
 * one per categorisation call.
 */
final class Chars implements CharSequence {

  private char[] chars;
  private int length;
  /** The text being normalised, copied once. */
  char[] input = new char[256];
  /**
   * Set by {@link Descriptions#normaliseColumns(String, int, Chars)}: the index in the raw text whose
   * normalised offset to record (-1 none), and that offset once the normaliser reaches it (-1 until then).
   */
  int markAt = -1;
  int mark = -1;
  /** ASCII capitals and small letters of the raw text normalised since the counts were reset. */
  int upper;
  int lower;

  Chars(int capacity) {
    chars = new char[Math.max(16, capacity)];
  }

  /** @return {@code input}, at least {@code n} long */
  char[] input(int n) {
    if (input.length < n) {
      input = new char[Math.max(n, input.length * 2)];
    }
    return input;
  }

  void append(char c) {
    if (length == chars.length) {
      chars = Arrays.copyOf(chars, length * 2);
    }
    chars[length++] = c;
  }

  void setLength(int n) {
    length = n;
  }

  /** Removes {@code [from, to)}. */
  void delete(int from, int to) {
    System.arraycopy(chars, to, chars, from, length - to);
    length -= to - from;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    return chars[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new String(chars, start, end - start);
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}
