package org.insights.categoriser.impl;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The rules' Aho-Corasick automaton, which can also be written to and read from a stream: building
 * it from the 14,000 patterns takes a large part of a cold start, reading it a few milliseconds. It
 * is written inside the rules' compiled tables ({@code RuleSet.writeCompiled}) with the fingerprint
 * of the pattern map it was built from, which a test compares with a fresh build.
 */
final class CompiledTrie extends AhoCorasickDoubleArrayTrie<int[]> {

  private static final int MAGIC = 0x41435431; // "ACT1"

  /**
   * @param patterns  every pattern with the ids of its rules
   * @return a fingerprint of the map: equal maps, equal fingerprints
   */
  static long fingerprint(Map<String, int[]> patterns) {
    long h = 0xcbf29ce484222325L;
    for (Map.Entry<String, int[]> e : patterns.entrySet()) {
      for (byte b : e.getKey().getBytes(StandardCharsets.UTF_8)) {
        h = (h ^ b) * 0x100000001b3L;
      }
      h = (h ^ 0xff) * 0x100000001b3L;
      for (int id : e.getValue()) {
        h = (h ^ id) * 0x100000001b3L;
      }
      h = (h ^ 0xfe) * 0x100000001b3L;
    }
    return h;
  }

  /** Writes the automaton and the fingerprint of the map it was built from. */
  void write(OutputStream target, long fingerprint) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target));
    out.writeInt(MAGIC);
    out.writeLong(fingerprint);
    out.writeInt(size);
    writeInts(out, check);
    writeInts(out, base);
    writeInts(out, fail);
    writeInts(out, l);
    out.writeInt(output.length);
    for (int[] o : output) {
      writeInts(out, o);
    }
    Object[] values = v; // built as an Object[] by the library
    out.writeInt(values.length);
    for (Object ids : values) {
      writeInts(out, (int[]) ids);
    }
    out.flush();
  }

  /**
   * Reads an automaton written by {@link #write}, from a buffer positioned where it began. Bulk
   * copies: DataOutputStream wrote big-endian, ByteBuffer's default order.
   *
   * @param in  the buffer
   * @param fingerprint  the fingerprint of the map being loaded
   * @return true when it was read; false (this automaton untouched) when it was compiled from other
   *     patterns
   */
  boolean read(java.nio.ByteBuffer in, long fingerprint) {
    if (in.remaining() < 16 || in.getInt() != MAGIC || in.getLong() != fingerprint) {
      return false;
    }
    int n = in.getInt();
    int[] readCheck = readInts(in);
    int[] readBase = readInts(in);
    int[] readFail = readInts(in);
    int[] readLength = readInts(in);
    int[][] readOutput = new int[in.getInt()][];
    for (int i = 0; i < readOutput.length; i++) {
      readOutput[i] = readInts(in);
    }
    int[][] values = new int[in.getInt()][];
    for (int i = 0; i < values.length; i++) {
      values[i] = readInts(in);
    }
    size = n;
    check = readCheck;
    base = readBase;
    fail = readFail;
    l = readLength;
    output = readOutput;
    v = values;
    return true;
  }

  private static void writeInts(DataOutputStream out, int[] a) throws IOException {
    if (a == null) {
      out.writeInt(-1);
      return;
    }
    out.writeInt(a.length);
    for (int x : a) {
      out.writeInt(x);
    }
  }

  private static int[] readInts(java.nio.ByteBuffer in) {
    int n = in.getInt();
    if (n < 0) {
      return null;
    }
    int[] a = new int[n];
    in.asIntBuffer().get(a);
    in.position(in.position() + 4 * n);
    return a;
  }


  /** @return true when both automata have the same arrays: they match the same way */
  boolean sameAs(CompiledTrie other) {
    return size == other.size && java.util.Arrays.equals(check, other.check)
        && java.util.Arrays.equals(base, other.base) && java.util.Arrays.equals(fail, other.fail)
        && java.util.Arrays.equals(l, other.l) && java.util.Arrays.deepEquals(output, other.output)
        && java.util.Arrays.deepEquals((Object[]) v, (Object[]) other.v);
  }
}
