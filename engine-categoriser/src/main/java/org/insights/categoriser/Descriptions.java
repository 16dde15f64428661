package org.insights.categoriser;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises transaction descriptions for matching, and derives the counterparty.
 * <p>
 * {@link #normalise(String)}: accents removed, upper case, apostrophes dropped, every other
 * character that is not a letter or digit a space; then tokens that are not the merchant are
 * dropped: tokens holding digits (card numbers, references, store numbers, dates such as
 * {@code 11/11}) unless they are short names such as {@code O2} or merchants' names that hold
 * digits ({@code BET365}, from the merchant dictionaries); a name glued to a store number keeps its
 * letters ({@code STARBUCKS1234}, {@code 1234LULULEMON}); masks ({@code XXXX}, {@code XXXX1234};
 * a mask prefix such as {@code XXSOC} is cut
 * to {@code SOC}). The result is space-separated with a space at each end, so that patterns can
 * match whole words. Static and thread-safe.
 */
public final class Descriptions {

  private Descriptions() {
  }

  /**
   * @param description  a raw description, may be null
   * @return the normalised form, such as {@code " CRV CAFFE NERO GROUP LONDON US "}
   */
  public static String normalise(String description) {
    return normalise(description, new Chars(description == null ? 2 : description.length() + 2));
  }

  /**
   * As {@link #normalise(String)}, reusing a caller's buffer (hot loops).
   *
   * @param description  a raw description, may be null
   * @param out  a scratch buffer, cleared first
   * @return the normalised form
   */
  static String normalise(String description, Chars out) {
    if (description == null || description.isEmpty()) {
      out.setLength(0);
      return " ";
    }
    normaliseInto(description, description.length(), out);
    return out.toString();
  }

  /**
   * @param description  a raw description
   * @param end  how much of it to read
   * @param scratch  a scratch buffer
   * @return how many words {@code normalise(description.substring(0, end))} has, without allocating
   */
  static int wordCount(String description, int end, Chars scratch) {
    normaliseInto(description, end, scratch);
    return words(scratch);
  }

  /**
   * @param normalised  a normalised text: words between single spaces, a space at each end
   * @return how many words it has ({@code " A B "} has two)
   */
  public static int words(CharSequence normalised) {
    int spaces = 0;
    for (int i = 0; i < normalised.length(); i++) {
      spaces += normalised.charAt(i) == ' ' ? 1 : 0;
    }
    return Math.max(0, spaces - 1);
  }

  private static void normaliseInto(String description, int length, Chars out) {
    out.setLength(0);
    normaliseInto(description, 0, length, out);
  }

  /** Appends the normalised form of {@code description[from, to)} to {@code out}. */
  private static void normaliseInto(String description, int from, int to, Chars out) {
    char[] in = out.input(to - from);
    description.getChars(from, to, in, 0);
    int n = to - from;
    // One pass counts the letters by case and finds any character outside ASCII.
    int upper = 0;
    int lower = 0;
    boolean ascii = true;
    for (int i = 0; i < n; i++) {
      char c = in[i];
      upper += c >= 'A' && c <= 'Z' ? 1 : 0;
      lower += c >= 'a' && c <= 'z' ? 1 : 0;
      ascii &= c <= 127;
    }
    out.upper += upper;
    out.lower += lower;
    // The raw index to mark, as an index of this region's input (none once decomposing moved the indices).
    int markAt = out.markAt - from;
    if (!ascii) {
      String decomposed = Normalizer.normalize(description.substring(from, to), Normalizer.Form.NFKD);
      n = decomposed.length();
      in = out.input(n);
      decomposed.getChars(0, n, in, 0);
      markAt = -1;
    }
    out.append(' ');
    int tokenStart = -1;
    boolean hasDigit = false;
    boolean hasLetter = false;
    for (int i = 0; i <= n; i++) {
      if (i == markAt) {
        out.mark = out.length();
      }
      char c = i < n ? in[i] : ' ';
      if (c == '\'' || c == '\u2019' || (c >= '\u0300' && c <= '\u036f')) {
        continue; // apostrophes and combining accents vanish: MCDONALD'S -> MCDONALDS
      }
      boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
      boolean digit = c >= '0' && c <= '9';
      if (letter || digit) {
        if (tokenStart < 0) {
          tokenStart = out.length();
          hasDigit = false;
          hasLetter = false;
        }
        out.append(letter && c >= 'a' ? (char) (c - 32) : c);
        hasDigit |= digit;
        hasLetter |= letter;
      } else if (c == '-' && tokenStart >= 0 && !hasLetter && i + 1 < n && Character.isLetter(in[i + 1])) {
        // A number hyphened to a word is one token (7-ELEVEN is 7ELEVEN, kept when a brand is spelled so;
        // else its digits go as a store number's would, 12-MAR with them).
        continue;
      } else if (tokenStart >= 0) {
        if (c == ':' && out.length() - tokenStart == 3 && out.charAt(tokenStart) == 'D'
            && out.charAt(tokenStart + 1) == 'E' && out.charAt(tokenStart + 2) == 'S') {
          // An ACH line's field label (UBER DES:EDI PAYMNT, PAYPAL DES:TRANSFER): the company and
          // the entry's description read as one line, as cues are written (PAYPAL TRANSFER).
          out.setLength(tokenStart);
        } else {
          endToken(out, tokenStart, hasDigit);
        }
        tokenStart = -1;
      }
    }
    if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
  }

  /**
   * Splits a fixed-width bank line into its merchant column and the rest (town, state, country),
   * which banks separate with runs of spaces, after any leading payment-type prefix. Returns the
   * index in {@code description} where the rest begins, or its length when there is no such gap.
   *
   * @param description  a raw description
   * @return the end of the merchant column
   */
  public static int merchantColumnEnd(String description) {
    if (description.indexOf("  ") < 0) {
      return description.length(); // no columns: skip the prefix regex
    }
    return merchantColumnEnd(description, MerchantNames.prefixLength(description), MerchantNames.NO_LOCATIONS);
  }

  /**
   * As {@link #merchantColumnEnd(String)}, for a caller that already has the prefix length. A line
   * with no gaps that ends in a US town and state ({@code JOES CRAB SHACK AUSTIN TX}) has its
   * location as the rest, as far as {@code locations} trusts it ({@link MerchantNames#locationStart}).
   */
  static int merchantColumnEnd(String description, int start, int locations) {
    if (description.indexOf("  ") < 0) {
      // NatWest's fields: CARD DATE C , MERCHANT , TOWN GB: the town's field is the rest.
      int comma = description.lastIndexOf(','); // (a character's search: most lines have none)
      if (comma > 0 && description.charAt(comma - 1) == ' ' && comma + 1 < description.length()
          && description.charAt(comma + 1) == ' ') {
        int separator = comma - 1;
        int before = description.lastIndexOf(" , ", separator - 1);
        if (before >= 0 && separator > start && hasLetter(description, Math.max(start, before + 3), separator)) {
          return separator;
        }
      }
      return MerchantNames.locationStart(description, start, locations);
    }
    int letters = 0;
    int name = start; // after a processor's star, the name begins again (CRV*B  Q: B&Q)
    for (int i = start; i < description.length() - 1; i++) {
      char c = description.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
      } else if (c == '*') {
        name = i + 1;
      } else if (c == ' ' && description.charAt(i + 1) == ' ' && letters >= 2
          && !MerchantNames.blankInName(description, name, i)) {
        return i;
      }
    }
    return description.length();
  }

  /**
   * Normalises a description keeping its merchant column apart: the two columns are joined by
   * {@code '|'}, which no pattern contains, so no match spans them.
   *
   * @param description  a raw description
   * @return {@code normalise(column) + "|" + normalise(rest)}, or {@code normalise(description)}
   */
  public static String normaliseColumns(String description) {
    return normaliseColumns(description, new Chars(description == null ? 2 : description.length() + 3));
  }

  /**
   * As {@link #normaliseColumns(String)}, reusing {@code scratch} and the caller's
   * {@link MerchantNames#prefixLength} of a non-null {@code description}. In the same pass it leaves
   * in {@code scratch} the description's ASCII letters by case ({@code upper}, {@code lower}) and, in
   * {@code mark}, the offset in the result of the space before the first word after the prefix, or
   * -1 when the pass cannot tell (no prefix, a prefix that does not end in a space, accents). A
   * one-space line's US location is the rest as far as {@code locations} trusts it
   * ({@link MerchantNames#locationStart}).
   */
  static String normaliseColumns(String description, int prefixLength, Chars scratch, int locations) {
    scratch.upper = 0;
    scratch.lower = 0;
    scratch.mark = -1;
    // After a space every token of the prefix has ended: the normalised text so far is the
    // prefix's own normalised form, whose last space is the one before the merchant.
    scratch.markAt = prefixLength > 0 && description.charAt(prefixLength - 1) == ' ' ? prefixLength : -1;
    String normalised = joinColumns(description, merchantColumnEnd(description, prefixLength, locations), scratch);
    scratch.markAt = -1;
    if (scratch.mark > 0) {
      scratch.mark--;
    }
    return normalised;
  }

  private static String normaliseColumns(String description, Chars scratch) {
    if (description == null) {
      return " ";
    }
    return joinColumns(description, merchantColumnEnd(description), scratch);
  }

  private static String joinColumns(String description, int end, Chars scratch) {
    if (end >= description.length()) {
      return normalise(description, scratch);
    }
    // One buffer, one string: normalise(column) + "|" + normalise(rest) without the four copies.
    scratch.setLength(0);
    normaliseInto(description, 0, end, scratch);
    scratch.append('|');
    normaliseInto(description, end, description.length(), scratch);
    return scratch.toString();
  }

  /** Spaces before a processor's star. */
  private static final java.util.regex.Pattern SPACES_BEFORE_STAR = java.util.regex.Pattern.compile(" {2,}\\*");

  /**
   * Card schemes pad a name to its field before the star ({@code UBER   *EATS}): with one space
   * there the run is no gap between the merchant's column and the town's. (Whether it is the
   * categoriser's to decide: {@code AARP   *FOUNDATION} is AARP's, the words after it what was sold.)
   *
   * @param description  a raw description holding two or more spaces before a star
   * @return the description with one space there
   */
  static String starJoined(String description) {
    return SPACES_BEFORE_STAR.matcher(description).replaceAll(" *");
  }

  /**
   * Some banks' feeds escape their descriptions for HTML ({@code M&amp;S SIMPLY FOOD}, {@code
   * B&amp;Q}, {@code SAINSBURY&#39;S}): the characters written so are put back, as the bank meant
   * them. A line without {@code &} is returned as it is, uncopied.
   *
   * @param description  a raw description
   * @return the description with its character references replaced
   */
  static String unescaped(String description) {
    int amp = description.indexOf('&');
    if (amp < 0 || description.indexOf(';', amp) < 0) {
      return description;
    }
    StringBuilder b = new StringBuilder(description.length());
    int i = 0;
    while (i < description.length()) {
      char c = description.charAt(i);
      int semi = c == '&' ? description.indexOf(';', i) : -1;
      String replacement = semi > i && semi - i <= 8 ? characterReference(description.substring(i + 1, semi)) : null;
      if (replacement == null) {
        b.append(c);
        i++;
      } else {
        b.append(replacement);
        i = semi + 1;
      }
    }
    return b.toString();
  }

  /** @return the character a reference's name ({@code amp}, {@code #39}, {@code #x27}) stands for, or null */
  private static String characterReference(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "amp":
        return "&";
      case "apos":
        return "'";
      case "quot":
        return "\"";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "nbsp":
        return " ";
      default:
        break;
    }
    if (name.length() >= 2 && name.charAt(0) == '#') {
      try {
        int code = name.charAt(1) == 'x' || name.charAt(1) == 'X' ? Integer.parseInt(name.substring(2), 16)
            : Integer.parseInt(name.substring(1));
        return code > 0 && code < 0x10000 && !Character.isSurrogate((char) code) ? String.valueOf((char) code) : null;
      } catch (NumberFormatException e) {
        return null; // &#zz; is no reference: left as written
      }
    }
    return null;
  }

  /**
   * Some banks glue the town, in its own case, to a merchant column cut at its width
   * ({@code SQ *BLUE BOTTLE COFFEOakland CA}): a space goes where capitals meet a capitalised word
   * (at least two capitals before it, three small letters after its capital), so that neither the
   * merchant's last word nor the town is lost in one token. Only the first such place is split.
   *
   * @param description  a raw description
   * @return the description with that space, or {@code description} itself when there is no such place
   */
  static String ungluedTown(String description) {
    int n = description.length();
    for (int i = 2; i + 3 < n; i++) {
      if (isSmall(description.charAt(i + 1)) && isSmall(description.charAt(i + 2)) && isSmall(description.charAt(i + 3))
          && isCapital(description.charAt(i)) && isCapital(description.charAt(i - 1))
          && isCapital(description.charAt(i - 2))) {
        return description.substring(0, i) + ' ' + description.substring(i);
      }
    }
    return description;
  }

  private static boolean isSmall(char c) {
    return c >= 'a' && c <= 'z';
  }

  static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** Words that say how or why money moved, not who sent it. */
  private static final java.util.Set<String> NOT_PAYER = java.util.Set.of("BGC", "BACS", "FPI", "FPO", "FP", "OTR",
      "DPC", "DD", "SO", "STO", "TFR", "TRANSFER", "FROM", "TO", "REF", "REFERENCE", "PAYMENT", "PAY", "PAYROLL",
      "SALARY", "SAL", "WAGES", "WAGE", "NET", "DIR", "DEP", "DIRECT", "DEPOSIT", "ACH", "CREDIT", "PPD", "ID", "DES",
      "INDN", "CO", "CCD", "WEB", "ONLINE", "BANK", "GIRO", "RECEIVED", "FASTER", "PAYMENTS", "PAYOUT", "PAYOUTS",
      "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC", "WEEKLY", "MONTHLY",
      "THE", "GB", "UK", "US", "USA", "INC", "LTD", "LIMITED", "PLC", "LLC", "CORP");

  /**
   * The payer (or payee) of a transaction as a grouping key: the normalised merchant column without
   * payment-type words, references, month names and company suffixes, so that
   * {@code "BGC ACME LTD SALARY"} and {@code "FPI ACME LIMITED REF 123"} both give {@code "ACME"}.
   * Empty when nothing but such words remains.
   *
   * @param description  a raw description
   * @return the counterparty key, upper case, single-spaced, possibly empty
   */
  public static String counterparty(String description) {
    String n = normaliseColumns(description);
    int bar = n.indexOf('|');
    if (bar >= 0) {
      n = n.substring(0, bar);
    }
    StringBuilder out = new StringBuilder();
    for (String token : n.trim().split(" ")) {
      if (!token.isEmpty() && !NOT_PAYER.contains(token)) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(token);
      }
    }
    return out.toString();
  }

  /** Letters a name glued to digits must have to count as a name (REF12345 and PMT11 do not). */
  private static final int MIN_GLUED_NAME = 4;

  /**
   * Merchants' names that hold digits ({@code BET365}, {@code FIT4LESS}, {@code 9ROUND}, and the
   * brands with a number of their own as {@link #digitsGlued} writes them: {@code FOOD4}): the
   * digit-bearing words of the merchant dictionaries, kept whole where other such tokens are
   * references. Read once from the dictionaries themselves, so that the two cannot drift apart.
   */
  private static final String[][] NAMES_WITH_DIGITS;
  /**
   * Brands whose name holds a number of its own (FOREVER 21, FOOD 4 LESS, 7 ELEVEN, PHILLIPS 66),
   * which the normaliser drops as it drops store numbers (7 ELEVEN would be ELEVEN, PHILLIPS 66 a
   * surname): every dictionary pattern with a word that is a number and a word to glue it to,
   * longest first. The rules hold each as {@link #digitsGlued} writes it, and
   * {@link #digitBrandsGlued} writes a line that names one alike.
   */
  private static final String[][] DIGIT_BRANDS;
  /** What each of {@link #DIGIT_BRANDS} leaves in a normalised line, numbers gone: only such lines are looked at. */
  private static final String[] DIGIT_BRAND_TRACES;
  /**
   * Indices into {@link #DIGIT_BRANDS} by the first two characters of the trace ({@code 128 * (first -
   * 'A') + second}): a line costs a compare or two.
   */
  private static final int[][] DIGIT_BRANDS_BY_PAIR = new int[26 * 128][];

  static {
    java.util.TreeSet<String> names = new java.util.TreeSet<>();
    java.util.TreeSet<String> brands = new java.util.TreeSet<>(java.util.Comparator.comparingInt(String::length)
        .reversed().thenComparing(java.util.Comparator.naturalOrder()));
    for (String resource : new String[] {"merchants-own.tsv", "merchants-nsi.tsv"}) {
      readPatternsWithDigits(resource, names, brands);
    }
    NAMES_WITH_DIGITS = byLength(names.toArray(new String[0]));
    // Traces are normalised with the names above in place (a brand may hold a name with digits too).
    DIGIT_BRANDS = brands.stream().map(b -> b.split(" ")).toArray(String[][]::new);
    DIGIT_BRAND_TRACES = brands.stream().map(Descriptions::normalise).toArray(String[]::new);
    java.util.Arrays.fill(DIGIT_BRANDS_BY_PAIR, new int[0]);
    for (int k = 0; k < DIGIT_BRAND_TRACES.length; k++) {
      String t = DIGIT_BRAND_TRACES[k];
      if (t.length() > 2 && t.charAt(1) >= 'A' && t.charAt(1) <= 'Z' && t.charAt(2) < 128) {
        int pair = (t.charAt(1) - 'A') * 128 + t.charAt(2);
        int[] was = DIGIT_BRANDS_BY_PAIR[pair];
        int[] now = java.util.Arrays.copyOf(was, was.length + 1);
        now[was.length] = k; // (in the traces' order: longest first, as before)
        DIGIT_BRANDS_BY_PAIR[pair] = now;
      }
    }
  }

  /** @return the names grouped by length: most tokens (card numbers, dates) have a length no name has */
  private static String[][] byLength(String[] names) {
    int longest = java.util.Arrays.stream(names).mapToInt(String::length).max().orElse(0);
    String[][] out = new String[longest + 1][];
    for (int len = 0; len <= longest; len++) {
      int l = len;
      out[len] = java.util.Arrays.stream(names).filter(n -> n.length() == l).toArray(String[]::new);
    }
    return out;
  }

  /**
   * Reads the patterns column of a merchant dictionary (this runs while the categoriser loads, so
   * only lines whose patterns hold a digit are split): words of letters and digits go to
   * {@code names}; patterns with a number of their own to {@code brands}, and their glued words to
   * {@code names}.
   */
  private static void readPatternsWithDigits(String resource, java.util.Set<String> names,
      java.util.Set<String> brands) {
    String text;
    try (java.io.InputStream in = Descriptions.class.getResourceAsStream(resource)) {
      if (in == null) {
        return;
      }
      // The patterns column is ASCII; a one-byte charset reads it fastest.
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    for (int start = 0; start < text.length(); ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      int tab = text.indexOf('\t', start);
      int column = tab < 0 || tab > end ? end : tab;
      boolean digit = false;
      for (int i = start; i < column && !digit; i++) {
        digit = text.charAt(i) >= '0' && text.charAt(i) <= '9';
      }
      if (digit && text.charAt(start) != '#') {
        for (String pattern : text.substring(start, column).split("\\|")) {
          boolean number = false;
          for (String word : pattern.split(" ")) {
            number |= MerchantNames.isNumber(word);
            if (hasDigitAndLetter(word) && (word.length() > 3 || word.charAt(0) == 'X')) {
              names.add(word);
            }
          }
          String glued = number ? digitsGlued(pattern) : null;
          if (glued != null) {
            brands.add(pattern);
            names.add(glued.replace(" ", "")); // as one word, as some descriptors write it (24HOURFITNESS)
            for (String word : glued.split(" ")) {
              if (hasDigitAndLetter(word)) {
                names.add(word);
              }
            }
          }
        }
      }
      start = end + 1;
    }
  }

  private static boolean hasDigitAndLetter(String word) {
    return word.chars().anyMatch(c -> c >= '0' && c <= '9') && word.chars().anyMatch(c -> c >= 'A' && c <= 'Z');
  }

  /**
   * How the merchant dictionaries' patterns are matched when a word of theirs is a number, which
   * the normaliser would drop: each number glued to the word before it, a leading number to the
   * word after it ({@code FOOD 4 LESS} is {@code FOOD4 LESS}, {@code 7 ELEVEN} is {@code 7ELEVEN}).
   *
   * @param pattern  a normalised dictionary pattern, single-spaced
   * @return the pattern so glued; the pattern itself when no word is a number; null when a number
   *     has no word to join ({@code 7 11}, {@code 5 11 TACTICAL})
   */
  public static String digitsGlued(String pattern) {
    String[] words = pattern.split(" ");
    StringBuilder out = new StringBuilder(pattern.length());
    for (int i = 0; i < words.length; i++) {
      if (MerchantNames.isNumber(words[i])
          && (i == 0 ? words.length == 1 || MerchantNames.isNumber(words[1]) : MerchantNames.isNumber(words[i - 1]))) {
        return null;
      }
      if (i > 0 && !gluedToPrevious(words, i)) {
        out.append(' ');
      }
      out.append(words[i]);
    }
    return out.toString();
  }

  /** @return whether {@code words[i]} joins the word before it in {@link #digitsGlued} */
  private static boolean gluedToPrevious(String[] words, int i) {
    return MerchantNames.isNumber(words[i]) || i == 1 && MerchantNames.isNumber(words[0]);
  }

  /**
   * @param description  a raw description
   * @param normalised  its normalised form
   * @param prefix  the length of its payment-type prefix: the brand must open the merchant's name
   *     (J PHILLIPS 66 HIGH ST is a person and an address)
   * @param nameStart  where the merchant's name begins in {@code normalised} (the space before it),
   *     or -1 when unknown: only there is a trace looked for
   * @return the description with one of {@link #DIGIT_BRANDS} written as {@link #digitsGlued} writes
   *     it, in the line's own case ({@code Food-4-Less #123} is {@code Food4 Less #123}), or
   *     {@code description} itself when it names none
   */
  static String digitBrandsGlued(String description, String normalised, int prefix, int nameStart) {
    int from = nameStart >= 0 ? nameStart : prefix == 0 ? 0 : -1;
    if (from < 0 || from + 1 >= normalised.length()) {
      return description;
    }
    char c = normalised.charAt(from + 1);
    char second = from + 2 < normalised.length() ? normalised.charAt(from + 2) : ' ';
    if (c < 'A' || c > 'Z' || second >= 128) {
      return description;
    }
    for (int k : DIGIT_BRANDS_BY_PAIR[(c - 'A') * 128 + second]) {
      if (normalised.startsWith(DIGIT_BRAND_TRACES[k], from)) {
        String glued = gluedWhereNameBegins(description, prefix, DIGIT_BRANDS[k]);
        if (glued != null) {
          return glued;
        }
      }
    }
    return description;
  }

  /**
   * @return the description with the brand's words glued, where they open the merchant's name
   *     (only numbers may come before them), or null when they do not
   */
  private static String gluedWhereNameBegins(String description, int prefix, String[] words) {
    int n = description.length();
    int at = prefix;
    while (at < n) {
      while (at < n && !Character.isLetterOrDigit(description.charAt(at))) {
        at++;
      }
      String glued = gluedAt(description, at, words);
      if (glued != null) {
        return glued;
      }
      boolean letter = false;
      while (at < n && Character.isLetterOrDigit(description.charAt(at))) {
        letter |= Character.isLetter(description.charAt(at));
        at++;
      }
      if (letter) {
        return null;
      }
    }
    return null;
  }

  /** Characters a statement may put between a brand's words (7-ELEVEN, COFFEE#1, FOOD 4 LESS). */
  private static final int MAX_SEPARATOR = 3;

  /** @return the description with the brand's words at {@code at} glued, or null when they are not there */
  private static String gluedAt(String description, int at, String[] words) {
    int n = description.length();
    int[] starts = new int[words.length];
    int pos = at;
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        int separator = pos;
        while (pos < n && pos - separator <= MAX_SEPARATOR && !Character.isLetterOrDigit(description.charAt(pos))) {
          pos++;
        }
        if (pos == separator || pos - separator > MAX_SEPARATOR) {
          return null;
        }
      }
      String word = words[i];
      if (!description.regionMatches(true, pos, word, 0, word.length())) {
        return null;
      }
      starts[i] = pos;
      pos += word.length();
    }
    if (pos < n && Character.isLetterOrDigit(description.charAt(pos))) {
      return null; // MOBIL 1111 is MOBIL and a store number, not MOBIL 1
    }
    StringBuilder out = new StringBuilder(n).append(description, 0, at);
    for (int i = 0; i < words.length; i++) {
      if (i > 0 && !gluedToPrevious(words, i)) {
        out.append(' ');
      }
      out.append(description, starts[i], starts[i] + words[i].length());
    }
    return out.append(description, pos, n).toString();
  }

  /** @return true when {@code out[start, end)} is one of {@link #NAMES_WITH_DIGITS} */
  private static boolean isNameWithDigits(Chars out, int start) {
    int len = out.length() - start;
    if (len >= NAMES_WITH_DIGITS.length) {
      return false;
    }
    for (String name : NAMES_WITH_DIGITS[len]) {
      int k = 0;
      while (k < len && out.charAt(start + k) == name.charAt(k)) {
        k++;
      }
      if (k == len) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the name lies in a token of letters and digits glued together, for the normaliser and
   * the name extractor alike: a store or reference number before or after a name of at least
   * {@link #MIN_GLUED_NAME} letters goes ({@code STARBUCKS1234} and {@code 1234LULULEMON} are
   * their letters); fewer letters ({@code REF12345}, {@code PMT11}) are no name.
   *
   * @param text  text holding an upper-case token at {@code [start, end)}
   * @return the name's start in the high 32 bits and its end in the low 32, or -1 when there is none
   */
  static long gluedName(CharSequence text, int start, int end) {
    int digits = start;
    while (digits < end && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
      digits++;
    }
    int letters = digits;
    while (letters < end && text.charAt(letters) >= 'A' && text.charAt(letters) <= 'Z') {
      letters++;
    }
    if (digits > start && letters == end && end - digits >= MIN_GLUED_NAME) {
      return (long) digits << 32 | end; // a store number before the name
    }
    if (digits == start && letters - start >= MIN_GLUED_NAME && letters < end && text.charAt(letters) >= '0'
        && text.charAt(letters) <= '9') {
      return (long) start << 32 | letters; // a store or reference number after it
    }
    return -1;
  }

  /** @return true when a letter lies in {@code s} between {@code from} and {@code to} */
  private static boolean hasLetter(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetter(Chars out, int start) {
    for (int i = start; i < out.length(); i++) {
      if (out.charAt(i) >= 'A') { // a token holds only A-Z and 0-9
        return true;
      }
    }
    return false;
  }

  private static void endToken(Chars out, int start, boolean hasDigit) {
    int len = out.length() - start;
    // Digits mark references, card numbers, store numbers and dates; a short token with a letter
    // is a name (O2, H3G) and stays. A name glued to a store or reference number keeps its letters
    // (STARBUCKS11111111 is STARBUCKS, GURUAID111 is GURUAID).
    if (hasDigit && (len > 3 || !hasLetter(out, start) || out.charAt(start) == 'X') && !isNameWithDigits(out, start)) {
      long name = gluedName(out, start, out.length());
      if (name < 0) {
        out.setLength(start);
        return;
      }
      int nameStart = (int) (name >>> 32);
      int nameEnd = (int) name;
      out.setLength(nameEnd);
      out.delete(start, nameStart);
      len = nameEnd - nameStart;
    }
    int x = 0;
    while (x < len && out.charAt(start + x) == 'X') {
      x++;
    }
    if (x == len && len >= 2) {
      out.setLength(start); // a mask such as XXXXXX
      return;
    }
    if (x >= 2 && len - x >= 3) {
      out.delete(start, start + x); // XXSOC -> SOC
    }
    out.append(' ');
  }
}
