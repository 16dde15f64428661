package org.insights.testdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The comma-separated files the evaluation data comes in (RFC 4180 quoting, one record per line;
 * none of those files breaks a field across lines).
 */
public final class CsvLines {
  private CsvLines() {}

  /**
   * @param line  one line
   * @return its fields, quotes removed and doubled quotes undoubled
   */
  public static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }

  /**
   * @param file  a CSV file
   * @param charset  its encoding
   * @return every line's fields, header included
   * @throws IOException  when the file cannot be read
   */
  public static List<List<String>> read(Path file, Charset charset) throws IOException {
    List<List<String>> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, charset)) {
      String line;
      while ((line = r.readLine()) != null) {
        out.add(split(line));
      }
    }
    return out;
  }
}
