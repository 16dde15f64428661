package org.insights.categoriser;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extracts a clean display name from a card-style description when the merchant is not in the
 * dictionary: payment-type prefixes and scheme prefixes removed ({@code CHECK CRD PURCHASE 11/11},
 * {@code RECUR DEBIT CRD PMT}, {@code POS}, {@code VIS}, {@code CRV*}, {@code SQ *},
 * {@code PAYPAL *}...), the location columns that banks pad with runs of spaces dropped (town,
 * state, country), store numbers and masks dropped, the rest in title case:
 * {@code "CHECK CRD PURCHASE 11/11 GREAT RIVER MEDICAL     DAVENPORT     IA 1111..."} gives
 * {@code "Great River Medical"}. Also: a name glued to a number keeps its letters
 * ({@code GURUAID111}); a word cut off by a full fixed-width column goes ({@code VERONAS ITALIAN
 * RESTAU}); the store's town at the end of a chain's name goes ({@code HOOTERS MOBILE  MOBILE AL});
 * UK date endings ({@code ON 12 MAR CLP}), amounts after a comma and card numbers ({@code CD 1234})
 * end the name; a name of generic words only ({@code ONLINE PAYMENT THANK YOU}) is none.
 * Static and thread-safe.
 */
public final class MerchantNames {

  /**
   * Prefixes of bank transfers, direct debits and cheques rather than card payments; with the card
   * prefixes they make {@link #PREFIXES}.
   */
  private static final String[] TRANSFER_PREFIXES = {"DD", "SO", "STO", "BGC", "FPO", "FPI", "OTR", "DPC", "BACS",
      "CHQ",
      "ACH DEBIT", "ACH CREDIT", "ELECTRONIC WITHDRAWAL", "EXTERNAL WITHDRAWAL", "PREAUTHORIZED DEBIT", "D/D", "S/O",
      "DIRECT DEBIT", "DIRECT DEBIT TO", "DIRECT DEBIT PAYMENT TO", "STANDING ORDER", "STANDING ORDER TO",
      "PAYMENT TO", "BILL PAYMENT TO", "BILL PAYMENT", "MOBILE PAYMENT TO", "MOBILE PAYMENT", "CHAPS PAYMENT TO",
      "CHAPS PAYMENT", "CHAPS", "STANDING ORDER VIA FASTER PAYMENT TO", "BILL PAYMENT VIA FASTER PAYMENT TO",
      "PRE-AUTHORIZED DEBIT", "PRE-AUTHORISED DEBIT", "PREAUTHORISED DEBIT", "BPAY", "BILL PAY",
      "ONLINE BILL PAYMENT TO", "ONLINE BILL PAYMENT", "ONLINE PMT", "WEB AUTHORIZED PMT", "TEL AUTHORIZED PMT",
      "PHONE AUTHORIZED PMT", "ACH WEB-RECUR", "ACH WEB-SINGLE", "ACH TEL-RECUR", "ACH TEL-SINGLE", "ACH WEB",
      "ACH TEL", "ACH PPD", "DIRECT WITHDRAWAL", "WITHDRAWAL TO", "ELECTRONIC DEPOSIT",
      "ACH DEPOSIT", "EXTERNAL DEPOSIT", "DEPOSIT FROM", "ONLINE PAYMENT", "ONLINE PAYMENT TO"};

  /**
   * Payment-type prefixes of card and bank lines, longest first so that the longest one that ends
   * at a word boundary wins ({@code POS DEBIT} before {@code POS}). Matched by hand, without a
   * regular expression: this runs on every row and must not allocate.
   */
  private static final String[] PREFIXES = java.util.stream.Stream.concat(java.util.stream.Stream.of(
      "CHECK CRD PURCHASE RETURN",
      "CHECK CRD PURCHASE", "CHECK CRD PUR RTRN", "DEBIT CRD PURCHASE", "CARD PURCHASE RETURN", "CARD PURCHASE",
      "DEBIT CRD PUR INTL", "DEBIT CRD PUR", "RECUR DEBIT CRD PMT", "RECUR DB CD PMT REV", "RECUR DB CD PMT",
      "HSA CARD PURCHASE", "PURCHASE AUTHORIZED ON", "PURCHASE RETURN AUTHORIZED ON", "PURCHASE INTL", "POS DEBIT",
      "POS PURCHASE", "POS", "VIS",
      "VISA", "CARD PAYMENT TO", "CARD PAYMENT", "CONTACTLESS", "DEBIT CARD PURCHASE", "DBT CRD",
      "CHECKCARD", "CHECK CARD",
      "VISA PURCHASE", "PIN PURCHASE", "DEBIT PURCHASE", "PURCHASE", "RECURRING PAYMENT AUTHORIZED ON", "DEB",
      "CHECK CARD PURCHASE", "CONTACTLESS PAYMENT", "DEBIT CRD AUTOPAY", "CREDIT CRD AUTOPAY",
      "POINT OF SALE WITHDRAWAL", "POINT OF SALE DEBIT", "WITHDRAWAL DEBIT CARD", "POS WITHDRAWAL", "WITHDRAWAL POS",
      "DEBIT PURCHASE -VISA", "APLPAY", "POS TRANSACTION", "MOBILE PURCHASE", "DDA PURCHASE", "VISA DDA PUR",
      "VDP-", "VDC-", "VDA-", "EFTPOS PURCHASE", "EFTPOS", "VISA DEBIT PURCHASE CARD", "VISA DEBIT PURCHASE",
      "CARD PURCHASE WITH PIN", "RECURRING CARD PURCHASE", "ONLINE PURCHASE", "POS DEBIT- DEBIT CARD",
      "VISA DEBIT", "POS W/D", "CASH CARD"),
      java.util.Arrays.stream(TRANSFER_PREFIXES))
      .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toArray(String[]::new);
  /**
   * TD Bank's card line opens with a header before the merchant (DEBIT POS, *****12345, AUT 031424
   * VISA DDA PUR QZV GRILL AUSTIN * TX): the masked card, the authorisation date, and the card
   * scheme's purchase or refund mark, which ends it.
   */
  private static final String TD_HEADER = "DEBIT POS";
  private static final String[] DDA_MARKS = {" DDA PUR ", " DDA REF ", " DDA PURCHASE "};
  /** How far into a line the header's end is sought. */
  private static final int TD_HEADER_WIDTH = 64;

  /** @return the index after TD's purchase or refund mark near the start, or 0 when there is none */
  private static int afterDdaMark(String d) {
    int limit = Math.min(d.length(), TD_HEADER_WIDTH);
    for (String m : DDA_MARKS) {
      for (int i = TD_HEADER.length(); i + m.length() <= limit; i++) {
        if (d.regionMatches(true, i, m, 0, m.length())) {
          return skipSpaces(d, i + m.length());
        }
      }
    }
    return 0;
  }

  /** HSBC's mark of a contactless card payment, written where other banks write a prefix. */
  private static final String CONTACTLESS_MARK = ")))";
  /** {@link #PREFIXES} by first letter, longest first, so that a row tries only its own letter's. */
  private static final String[][] PREFIXES_BY_LETTER = new String[26][];

  static {
    for (int k = 0; k < 26; k++) {
      char first = (char) ('A' + k);
      PREFIXES_BY_LETTER[k] = java.util.Arrays.stream(PREFIXES).filter(p -> p.charAt(0) == first)
          .toArray(String[]::new);
    }
  }

  /** Scheme prefixes before a star: the payment processors' names and the abbreviations card schemes use. */
  private static final Pattern SCHEME = Pattern.compile("^(?:SQ|TST|SP|PP|CRV|IZ|ZTL|PY|DNH|GOOGLE|APL|AMZN MKTP|AMZ|"
      + "WPY|ZETTLE_|CKO|" + String.join("|", org.insights.categoriser.impl.RuleSet.PROCESSORS) + ")[ ]?\\*[ ]*");
  /**
   * What ends a merchant's name on a one-space line: an amount after a comma (Santander), a card
   * number (Lloyds {@code CD 1234}), a US phone number ({@code CHEWY.COM 800-672-4399 FL}), the
   * description field of an ACH line ({@code NAVIENT DES:STUDNTLOAN ID:123}) or its entry class and
   * originator's id ({@code TOYOTA MOTOR CR PAYMENT PPD ID: 1234}, WEB, CCD, TEL ID), a bill payment's
   * channel ({@code BILL PAY QUENTIN LANDSCAPING ON-LINE xxxxx12345 ON 05-12}), a reference
   * ({@code ACME WATER REF 12345}), a Wells Fargo line's authorisation and card ({@code SQ *BLUE
   * BOTTLE COF OAKLAND CA S581043123456789 CARD 1234}) or NatWest's field separator, a comma with a
   * space either side ({@code QUENTINS BAKERY , CHELTENHAM GB}), an exporter's semicolon between
   * fields ({@code GUSTO; GUSTO:6HA8310KNB}), its label before the merchant's own name ({@code
   * HIS*HISCOX INC. Merchant name: Hiscox Inc}), or the amount in a foreign currency a British bank
   * writes after a purchase abroad ({@code CAFE QUENTIN PARIS FR 35.00 EUR}), the town and state
   * after commas ({@code QZV GRILL, SEATTLE, WA ON 031424}) or a labelled date ({@code QZV GRILL
   * SEATTLE WA Date 03/14/24 123 Card 1234}), or Bank of America's date and reference before the
   * purchase's own words ({@code QZV GRILL 03/14 #000123456 PURCHASE QZV GRILL AUSTIN TX}).
   */
  private static final Pattern NAME_TAIL = Pattern.compile(", ?\\d| , |;| MERCHANT NAME:|,? CD \\d{4}\\b"
      + "|, [A-Z][A-Z .]*, [A-Z]{2}\\b| DATE \\d{2}/\\d{2}| \\d{2}/\\d{2} #\\d{6,} "
      + "| \\d+[.,]\\d{2} (?:EUR|USD|GBP|CAD|AUD|CHF|SEK|NOK|DKK|PLN|CZK|JPY)\\b"
      + "| DES:| REF(?:ERENCE)?[: ]| (?:PPD|WEB|CCD|TEL|ARC|POP|CTX|IAT) ID:| ON-LINE\\b"
      + "| S\\d{9,} CARD \\d{4}\\b| CARD \\d{4}$"
      + "| (?:1[- ]?)?\\(?\\d{3}\\)?[-. ]\\d{3}[-.]\\d{4}\\b| \\d{3}-\\d{7}\\b");

  /**
   * @return where the merchant column that starts at {@code from} ends: the first run of two or more
   *     spaces, or -1. Two spaces after one or two characters, with a column gap still to come, are a
   *     character the bank blanked inside the name ({@code A  J WINBECKLER ENTERP   CA} for A&amp;J), no column.
   */
  private static int columnGap(String s, int from) {
    int gap = s.indexOf("  ", from);
    return blankInName(s, from, gap) ? s.indexOf("  ", gap + 2) : gap;
  }

  /**
   * @return true when the two spaces at {@code gap} follow one or two characters of a name that
   *     begins at {@code from}, with a column gap still to come: a character the bank blanked inside
   *     the name ({@code A  J WINBECKLER}, {@code B  Q} for B&amp;Q), no column
   */
  static boolean blankInName(String s, int from, int gap) {
    return gap > from && gap - from <= 2 && gap + 2 < s.length() && s.charAt(gap + 2) != ' '
        && s.indexOf("  ", gap + 2) > 0;
  }

  /** @return true when letters and an {@code =} begin at {@code i}: a query field's key (MCC=) */
  private static boolean isQueryField(String s, int i) {
    int k = i;
    while (k < s.length() && s.charAt(k) >= 'A' && s.charAt(k) <= 'Z') {
      k++;
    }
    return k > i && k < s.length() && s.charAt(k) == '=';
  }

  /** @return true when {@code what} occurs in {@code s} starting in {@code [from, end)} */
  /** @return true when an amount in a foreign currency ({@code 35.00 EUR}) may lie in {@code s[from, end)} */
  private static boolean foreignAmount(String s, int from, int end) {
    for (int at = s.indexOf('.', from); at > 0 && at + 7 <= end; at = s.indexOf('.', at + 1)) {
      if (Character.isDigit(s.charAt(at - 1)) && Character.isDigit(s.charAt(at + 1)) && s.charAt(at + 3) == ' '
          && Descriptions.isCapital(s.charAt(at + 4))) {
        return true;
      }
    }
    return false;
  }

  private static boolean before(String s, String what, int from, int end) {
    int at = s.indexOf(what, from);
    return at >= 0 && at < end;
  }

  /**
   * @return the description in upper case without apostrophes (MEL'S is MELS) and trimmed, in one
   *     pass for ASCII text
   */
  private static String upperCaseWithoutApostrophes(String description) {
    int n = description.length();
    boolean clean = n == 0 || description.charAt(0) > ' ' && description.charAt(n - 1) > ' ';
    for (int i = 0; i < n && clean; i++) {
      char c = description.charAt(i);
      clean = c <= 127 && !(c >= 'a' && c <= 'z') && c != '\'' && c != '`';
    }
    if (clean) {
      return description; // most card lines: capitals already, nothing to copy
    }
    char[] out = new char[n];
    description.getChars(0, n, out, 0); // then in place: reading an array beats charAt
    int k = 0;
    for (int i = 0; i < n; i++) {
      char c = out[i];
      if (c > 127) {
        return description.toUpperCase(Locale.ROOT).replace("'", "").replace("`", "").replace("\u2019", "").trim();
      }
      if (c != '\'' && c != '`') {
        out[k++] = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
      }
    }
    int a = 0;
    while (a < k && out[a] <= ' ') {
      a++;
    }
    while (k > a && out[k - 1] <= ' ') {
      k--;
    }
    return new String(out, a, k - a);
  }
  /** Chase's ACH lines name the originator in a field of their own. */
  private static final Pattern ACH_ORIGINATOR = Pattern.compile("ORIG CO NAME: ?(.+?)(?: +ORIG ID:.*| +CO ENTRY.*)?$");
  /** A leading card or terminal number and date, and NatWest's contactless mark and comma after them. */
  private static final Pattern TERMINAL_AND_DATE = Pattern.compile(
      "^\\d{3,}\\s+(?:\\d{1,2}[A-Z]{3}\\d{2}|\\d{1,2}[-/]\\d{1,2}[-/]\\d{2,4})\\s+(?:[A-Z]{1,2}\\s+(?=,))?(?:,\\s*)?");
  private static final Pattern UK_CARD_DATE = Pattern.compile(
      " +ON +(?:\\d{1,2} ?(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\\b"
          + "|\\d{1,2}[-/.]\\d{1,2}(?:[-/.]\\d{2,4})?(?!\\d)|\\d{4}-\\d{2}-\\d{2}).*$");
  private static final Pattern STAR = Pattern.compile("^[A-Z0-9]{1,8} ?\\*.*?\\*?([^*]*)$");
  private static final Set<String> COUNTRIES = Set.of("GB", "UK", "GBR", "US", "USA", "LUX", "IRL", "IE", "FR",
      "DE", "NL", "ES", "IT", "BE", "CA");
  /** Words that name no merchant: a name made only of them is no name (ONLINE PAYMENT THANK YOU). */
  private static final Set<String> GENERIC = Set.of("THANK", "YOU", "PMT", "EPAYMENT", "MOBILE", "AUTOPAY", "ACH",
      "AUTOMATIC",
      "WEB", "PAYMENT", "TRANSFER", "PURCHASE", "DEBIT", "CREDIT", "CARD",
      "EUROPE", "ONLINE", "BILL", "FEE", "CHARGE", "REF", "REFERENCE", "DEPOSIT", "WITHDRAWAL", "INTEREST",
      "REVERSAL", "CASHBACK", "REWARD", "REWARDS", "STATEMENT", "ADJUSTMENT", "ANNUAL", "MEMBERSHIP", "ON",
      "PURCHASES", "CASH", "BACK", "CRD", "REFUND", "REFUNDS", "RETURN", "ECHECK", "XFER", "PYMT", "PAYMT", "PAYMNT",
      "BONUS", "REDEMPTION");

  /** @return true when every word of {@code text} (split at what is not a letter) is a {@link #GENERIC} one */
  private static boolean onlyGeneric(String text) {
    for (String w : text.split("[^A-Z]+")) {
      if (!w.isEmpty() && !GENERIC.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Words of how a bill was paid, not of whom: they end no name (CITY OF AUSTIN UTILITIES WEB PMT),
   * nor do the payment types UK banks write after it (PAYPAL EUROPE DD, SKY DIGITAL DDR). A person's
   * name ends before them too ({@link PersonNames}).
   */
  static final Set<String> PAYMENT_WORDS = Set.of("PMT", "PYMT", "PAYMT", "PAYMNT", "PAYMENT", "PAYMENTS", "EPAYMENT",
      "AUTOPAY", "ACH", "WEB", "DD", "DDR", "SO", "STO", "BGC", "BACS", "FPO", "FPI", "VIS", "OBP");

  /** Words of money coming back that open a refund's line before the shop's name. */
  private static final Set<String> MONEY_BACK = Set.of("REFUND", "RETURN", "REVERSAL", "RTN");

  /** Of the {@link #PAYMENT_WORDS}, those that no business names itself with: they end a name anywhere. */
  private static final Set<String> ENTRY_WORDS = Set.of("ACH", "PMT", "PYMT", "PAYMT", "PAYMNT", "EPAYMENT",
      "AUTOPAY", "DDR");

  /** Card descriptors cut the merchant column at 22 (or 25) characters; at this length it was cut. */
  private static final int CUT_WIDTH = 20;
  /**
   * Card schemes' merchant-name field is also 18 characters wide: a column of exactly that width
   * was cut as often as not (on US card lines four times as many columns are 18 characters long
   * as 17 or 19).
   */
  private static final int NAME_FIELD = 18;
  /** A column at least this long that ends in an unknown one- or two-letter word was cut short. */
  private static final int STUB_WIDTH = 14;
  /** Words that cannot end a name once a fragment after them is gone. */
  private static final Set<String> TRAILING = Set.of("AND", "&", "OF", "THE", "FOR", "AT", "BY", "IN");
  /**
   * Processors whose name before a merchant's is theirs even without a star: all but those whose
   * name is a word that opens other names (SQUARE ONE PIZZA, STRIPE BARBERS).
   */
  private static final Set<String> STARLESS_PROCESSORS = org.insights.categoriser.impl.RuleSet.PROCESSORS.stream()
      .filter(p -> !p.equals("SQUARE") && !p.equals("STRIPE")).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Two-letter abbreviations of words, not initials: written St, Dr, Jr in a name. */
  private static final Set<String> WORD_ABBREVIATIONS = Set.of("ST", "MT", "FT", "PT", "DR", "JR", "SR", "RD", "LN",
      "PL", "CT", "MR", "MS", "NR", "NW", "NE", "SW", "SE", "BD", "CH", "SQ", "WK", "BR");
  /** Abbreviations that begin a place name (FT HALL, ST LOUIS), left behind when the town goes. */
  private static final Set<String> PLACE_ABBREVIATIONS = Set.of("FT", "ST", "MT", "PT", "LK", "N", "S", "E", "W");

  private MerchantNames() {
  }

  /**
   * Compares merchant names as people read them: case, accents, punctuation and {@code &}/and
   * ignored, one name containing the other counting as the same ({@code "Amazon"} and
   * {@code "Amazon.com"}); UTF-8 text that was decoded as Latin-1 upstream ({@code "CaffÃ¨"}) is
   * repaired first.
   *
   * @param expected  a name, may be null
   * @param got  another name, may be null
   * @return true when both are present and the same by that rule
   */
  public static boolean sameName(String expected, String got) {
    if (expected == null || got == null) {
      return false;
    }
    String a = squash(expected);
    String b = squash(got);
    return !a.isEmpty() && !b.isEmpty() && (a.equals(b) || a.contains(b) || b.contains(a));
  }

  private static String squash(String raw) {
    String s = raw;
    if (s.indexOf('\u00c3') >= 0 || s.indexOf('\u00c2') >= 0) {
      s = new String(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), java.nio.charset.StandardCharsets.UTF_8);
    }
    String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z0-9]", "");
  }

  /** @return true for 1ST, 2ND, 23RD, 101ST: one to three digits and an ordinal suffix */
  private static boolean isOrdinal(String t) {
    int digits = 0;
    while (digits < t.length() && Character.isDigit(t.charAt(digits))) {
      digits++;
    }
    if (digits < 1 || digits > 3 || t.length() != digits + 2) {
      return false;
    }
    String suffix = t.substring(digits);
    return suffix.equals("ST") || suffix.equals("ND") || suffix.equals("RD") || suffix.equals("TH");
  }

  /**
   * @return the runs of A-Z, 0-9 and & in an upper-case text, in order; a web address keeps its
   *     top-level domain ({@code CHEWY.COM})
   */
  private static java.util.List<String> nameTokens(String s) {
    java.util.List<String> tokens = new java.util.ArrayList<>(8);
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && !isNameCharacter(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && isNameCharacter(s.charAt(i))) {
        i++;
      }
      i += topLevelDomain(s, i);
      int end = i;
      i += cutDomain(s, i);
      if (end > start) {
        tokens.add(s.substring(start, end));
      }
    }
    return tokens;
  }

  private static final String[] TOP_LEVEL_DOMAINS = {".COM", ".NET", ".ORG", ".IO", ".CO.UK"};

  /**
   * @return the length of a top-level domain cut short where the column ends ({@code .CO.U} of
   *     WWW.SELLESMEDICAL.CO.U, {@code .CO}, {@code .CO.}), which is no part of the name, or 0
   */
  private static int cutDomain(String s, int i) {
    if (i <= 0 || i >= s.length() || s.charAt(i) != '.' || !isNameCharacter(s.charAt(i - 1))) {
      return 0;
    }
    int end = i;
    while (end < s.length() && s.charAt(end) != ' ') {
      end++;
    }
    String rest = s.substring(i, end);
    for (String tld : TOP_LEVEL_DOMAINS) {
      if (rest.length() >= 2 && rest.length() < tld.length() && tld.startsWith(rest)) {
        return rest.length();
      }
    }
    return 0;
  }

  /** @return the length of a top-level domain such as {@code .COM} that ends a word at {@code i}, or 0 */
  private static int topLevelDomain(String s, int i) {
    if (i == 0 || i >= s.length() || s.charAt(i) != '.' || !isNameCharacter(s.charAt(i - 1))) {
      return 0;
    }
    for (String tld : TOP_LEVEL_DOMAINS) {
      int end = i + tld.length();
      if (s.startsWith(tld, i) && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)))) {
        return tld.length();
      }
    }
    return 0;
  }

  /** @return true for a token that is a web address ({@code CHEWY.COM}) */
  private static boolean isWebAddress(String t) {
    return t.indexOf('.') > 0;
  }

  private static boolean isNameCharacter(char c) {
    return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '&';
  }

  private static boolean hasDigit(String t) {
    for (int k = 0; k < t.length(); k++) {
      if (Character.isDigit(t.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Abbreviations that card descriptors use to fit a name into the column, spelled out for
   * display ({@code PERFECT SKIN LASER CTR} is Perfect Skin Laser Center). Only unambiguous ones:
   * ST (saint or street) and DR (doctor or drive) stay as they are.
   */
  private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
      Map.entry("CTR", "CENTER"), Map.entry("CNTR", "CENTER"), Map.entry("SVC", "SERVICE"),
      Map.entry("SVCS", "SERVICES"), Map.entry("SRVC", "SERVICE"), Map.entry("SRVCS", "SERVICES"),
      Map.entry("HTL", "HOTEL"), Map.entry("MKT", "MARKET"), Map.entry("MKTS", "MARKETS"),
      Map.entry("SUPRMKT", "SUPERMARKET"), Map.entry("SPRMKT", "SUPERMARKET"), Map.entry("GNRL", "GENERAL"),
      Map.entry("AVE", "AVENUE"), Map.entry("INTL", "INTERNATIONAL"), Map.entry("NATL", "NATIONAL"),
      Map.entry("ASSN", "ASSOCIATION"), Map.entry("DEPT", "DEPARTMENT"), Map.entry("HOSP", "HOSPITAL"),
      Map.entry("UNIV", "UNIVERSITY"), Map.entry("MTN", "MOUNTAIN"), Map.entry("BLVD", "BOULEVARD"),
      Map.entry("HDQTRS", "HEADQUARTERS"), Map.entry("SCHL", "SCHOOL"), Map.entry("ELEM", "ELEMENTARY"),
      Map.entry("ACAD", "ACADEMY"), Map.entry("MGMT", "MANAGEMENT"), Map.entry("MFG", "MANUFACTURING"),
      Map.entry("BROS", "BROTHERS"), Map.entry("TWP", "TOWNSHIP"), Map.entry("PHARM", "PHARMACY"),
      Map.entry("RESTRNT", "RESTAURANT"), Map.entry("RSTRNT", "RESTAURANT"), Map.entry("RSTRT", "RESTAURANT"),
      Map.entry("RSTRANT", "RESTAURANT"), Map.entry("RSTRNTS", "RESTAURANTS"), Map.entry("RESTRNTS", "RESTAURANTS"),
      Map.entry("PRKG", "PARKING"),
      Map.entry("GRCRY", "GROCERY"));

  /** Legal forms that end a company's registered name. */
  private static final Set<String> LEGAL_FORMS = Set.of("INC", "LLC", "LTD", "LIMITED", "CORP", "PLC", "LLP", "PLLC",
      "GMBH", "INCORPORATED");

  /**
   * Drops a trailing legal form, also spelt in letters ({@code L L C}), when a name remains before
   * it: the company's legal form is no part of the name people know it by. Initials alone are no
   * name: {@code H W INC} keeps its form.
   *
   * @return true when one was dropped
   */
  private static boolean dropLegalForm(java.util.List<String> words) {
    int n = words.size();
    if (n >= 2 && LEGAL_FORMS.contains(words.get(n - 1)) && !onlyInitials(words, n - 1)) {
      words.remove(n - 1);
      return true;
    }
    if (n >= 4 && words.get(n - 3).equals("L") && words.get(n - 2).equals("L") && words.get(n - 1).equals("C")) {
      words.subList(n - 3, n).clear();
      return true;
    }
    return false;
  }

  /** @return true when the first {@code n} words are two or more single letters and nothing else */
  private static boolean onlyInitials(java.util.List<String> words, int n) {
    for (int k = 0; k < n; k++) {
      if (!isLetter(words.get(k))) {
        return false;
      }
    }
    return n >= 2;
  }

  /** A number kept inside a name ends it once the words after it are gone: it was a store's number. */
  private static void dropTrailingNumbers(java.util.List<String> words) {
    while (words.size() >= 2 && isNumber(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
  }

  /** The names of the US states, DC and Puerto Rico, by code, in capitals. */
  private static final Map<String, String> STATE_NAMES = Map.ofEntries(Map.entry("AL", "ALABAMA"),
      Map.entry("AK", "ALASKA"), Map.entry("AZ", "ARIZONA"), Map.entry("AR", "ARKANSAS"),
      Map.entry("CA", "CALIFORNIA"), Map.entry("CO", "COLORADO"), Map.entry("CT", "CONNECTICUT"),
      Map.entry("DE", "DELAWARE"), Map.entry("FL", "FLORIDA"), Map.entry("GA", "GEORGIA"), Map.entry("HI", "HAWAII"),
      Map.entry("ID", "IDAHO"), Map.entry("IL", "ILLINOIS"), Map.entry("IN", "INDIANA"), Map.entry("IA", "IOWA"),
      Map.entry("KS", "KANSAS"), Map.entry("KY", "KENTUCKY"), Map.entry("LA", "LOUISIANA"), Map.entry("ME", "MAINE"),
      Map.entry("MD", "MARYLAND"), Map.entry("MA", "MASSACHUSETTS"), Map.entry("MI", "MICHIGAN"),
      Map.entry("MN", "MINNESOTA"), Map.entry("MS", "MISSISSIPPI"), Map.entry("MO", "MISSOURI"),
      Map.entry("MT", "MONTANA"), Map.entry("NE", "NEBRASKA"), Map.entry("NV", "NEVADA"),
      Map.entry("NH", "NEW HAMPSHIRE"), Map.entry("NJ", "NEW JERSEY"), Map.entry("NM", "NEW MEXICO"),
      Map.entry("NY", "NEW YORK"), Map.entry("NC", "NORTH CAROLINA"), Map.entry("ND", "NORTH DAKOTA"),
      Map.entry("OH", "OHIO"), Map.entry("OK", "OKLAHOMA"), Map.entry("OR", "OREGON"), Map.entry("PA", "PENNSYLVANIA"),
      Map.entry("RI", "RHODE ISLAND"), Map.entry("SC", "SOUTH CAROLINA"), Map.entry("SD", "SOUTH DAKOTA"),
      Map.entry("TN", "TENNESSEE"), Map.entry("TX", "TEXAS"), Map.entry("UT", "UTAH"), Map.entry("VT", "VERMONT"),
      Map.entry("VA", "VIRGINIA"), Map.entry("WA", "WASHINGTON"), Map.entry("WV", "WEST VIRGINIA"),
      Map.entry("WI", "WISCONSIN"), Map.entry("WY", "WYOMING"), Map.entry("DC", "DISTRICT OF COLUMBIA"),
      Map.entry("PR", "PUERTO RICO"));

  /** US states, DC and Puerto Rico: the last word of a one-space US card line after the town. */
  private static final Set<String> US_STATES = STATE_NAMES.keySet();

  /**
   * Where the location begins in the words of a one-space US card line: its town, its state and the
   * card's references after them. With no column gap to say where the name ends, these signs do, in
   * order: numbers just before the state (a phone number in the town's field); a store number (three
   * digits or more, or after {@code #}) one to three words before it; a kind of business that ends a
   * name ({@code SQ *JOES COFFEE BROOKLYN NY}); a town written in small letters after a name in
   * capitals, or in capitals after a name in title case; and otherwise the town's own shape
   * ({@link #townInCapitals}), as far as {@code locations} trusts the state code (a code after fewer
   * than two words may be a word of the name: SMITH &amp; CO, OXFORD BUS CO, JOHN SMITH MD).
   *
   * @param offsets  where each word begins in {@code column} (a store number's {@code #})
   * @param forName  true for the display name; false for the merchant column's end, which reads a
   *     location only where {@code locations} trusts the code, and no kind of business (so that no
   *     brand is split: BURGER KING)
   * @param locations  {@link #NO_LOCATIONS}, {@link #LOCATIONS_WITH_EVIDENCE} or {@link #US_LOCATIONS}
   * @param prefixed  whether a payment-type prefix came before the merchant (CHECK CRD PURCHASE)
   * @param references  whether the card's references follow the state (LEESBURG VA 123456XXXXXX1234,
   *     TULSA OK C#1234): they are not among {@code words}, which end with the state
   * @return the index of the location's first word, or {@code words.size()} when there is none
   */
  private static int locationWord(java.util.List<String> words, it.unimi.dsi.fastutil.ints.IntArrayList offsets,
      String column, String original, boolean forName, int locations, boolean prefixed, boolean references) {
    int none = words.size();
    int state = words.size() - 1;
    // Evidence that the code is a state: on a US account the card's references after it or a payment
    // prefix before it; on an account of no known country the prefix (other banks' lines end in bank
    // codes and account numbers: PREVOD NA UCET MN 12345678).
    // A country's code ends a US account's foreign purchase as a state ends a US one (FIRENZE IT
    // 1234XXXX), where the card's references follow it: many codes are words too (IT, AT, BE, TO).
    if (state < 2 || !US_STATES.contains(words.get(state))
        && !(references && locations == US_LOCATIONS && COUNTRY_CODES.contains(words.get(state)))) {
      return none;
    }
    // (A two-word town's shape before the code is evidence too: EL TORO LOCO FORT COLLINS CO.)
    boolean trusted = locations == US_LOCATIONS && (references || prefixed
        || !AMBIGUOUS_STATES.contains(words.get(state)) || twoWordTown(words, state))
        || locations == LOCATIONS_WITH_EVIDENCE && prefixed;
    if (!forName && !trusted) {
      return none;
    }
    int numbers = state;
    int digits = 0;
    while (numbers > 1 && isNumber(words.get(numbers - 1))) {
      numbers--;
      digits += words.get(numbers).length();
    }
    if (numbers < state) {
      return digits >= 3 ? numbers : none; // PIER 1 TX: the number is the name's
    }
    for (int k = state - 2; k >= Math.max(1, state - 4); k--) {
      String t = words.get(k);
      if (isNumber(t)) {
        if (t.length() >= 3 || column.charAt(offsets.getInt(k)) == '#' || k >= 2 && words.get(k - 1).equals("NO")) {
          // A store's number: the name ends before it, the town follows it. The merchant column (what
          // the rules and the model read) keeps the words between when the town's shape says fewer words
          // are the town (SAHNS #1 NAILS FLAGSTAFF AZ: NAILS says what the shop sells); the display
          // name does not (FLAMERS # 123 CAMP HILL PA: the number is the surer sign of a town's start).
          int shape = trusted && !forName ? townInCapitals(words, state) : none;
          for (int kind = state - 2; forName && kind > k; kind--) {
            if (org.insights.categoriser.impl.RuleSet.KINDS_OF_BUSINESS.contains(words.get(kind))) {
              return kind + 1; // (a kind of business after the number is still the name's: JOES #1 CAFE)
            }
          }
          return shape > k + 1 && shape < state ? shape : k;
        }
        break; // one or two digits with no # may be the name's (CHARLIE THE BUTCHER 1): the other signs decide
      }
    }
    // A kind of business one to three words before the state ends the name: SQ *JOES COFFEE
    // BROOKLYN NY is Joes Coffee of Brooklyn (unless a joining word comes between: PIZZA AND PASTA).
    for (int k = state - 2; forName && k >= Math.max(1, state - 4); k--) {
      if (TRAILING.contains(words.get(k + 1)) || KIND_CONTINUED.contains(words.get(k + 1))) {
        break; // (nor a word that goes on from a kind: FITNESS CLUB, DENTAL CTR)
      }
      if (org.insights.categoriser.impl.RuleSet.KINDS_OF_BUSINESS.contains(words.get(k))) {
        return k + 1;
      }
    }
    int town = state;
    while (town > 1 && town > state - 3 && writtenAsTown(original, words.get(town - 1))) {
      town--;
    }
    if (town < state && capitalsBefore(original, words.get(town))) {
      return town; // a town in small letters after a name in capitals (SQ *KINGMAN BLUEPRINTS Kingman AZ)
    }
    if (writtenAsTown(original, words.get(0))) {
      // A name in title case before a town in capitals (Burlingame Tobacco BURLINGAME CA): case tells.
      int capitals = state;
      while (capitals > 1 && capitals > state - 3 && hasWholeWord(original, words.get(capitals - 1), 0)) {
        capitals--;
      }
      if (capitals < state) {
        return capitals;
      }
      // All in title case (Orange Twist Honolulu HI), case tells nothing: the town's shape may.
    } else if (town < state) {
      return none; // small letters before the town: mixed case, no sign (Sq *joe's Coffee Brooklyn Ny)
    }
    return trusted ? townInCapitals(words, state) : none;
  }

  /**
   * @return true when {@code raw} ends with a US state's code in capitals after a space ({@code Joes
   *     Deli Brooklyn NY})
   */
  static boolean endsWithStateCode(String raw) {
    int n = raw.length();
    while (n > 0 && raw.charAt(n - 1) == ' ') {
      n--;
    }
    return n >= 4 && raw.charAt(n - 3) == ' ' && Character.isUpperCase(raw.charAt(n - 2))
        && Character.isUpperCase(raw.charAt(n - 1)) && US_STATES.contains(raw.substring(n - 2, n));
  }

  /**
   * Words that go on from a kind of business in a name: FITNESS CLUB, DENTAL CTR, DANCE STUDIO (CENTER
   * spelled out ends towns too: DODGE CENTER MN).
   */
  private static final Set<String> KIND_CONTINUED = Set.of("CLUB", "CTR", "STUDIO", "STUDIOS");

  /** ISO 3166 countries' two-letter codes (and UK): a foreign purchase's last word. */
  private static final Set<String> COUNTRY_CODES = java.util.stream.Stream.concat(
      java.util.Arrays.stream(Locale.getISOCountries()), java.util.stream.Stream.of("UK"))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** States' and countries' codes by {@code 26 * first + second} letter: the cheap test of a line's end. */
  private static final boolean[] LOCATION_CODES = new boolean[26 * 26];

  static {
    for (String code : US_STATES) {
      LOCATION_CODES[locationCode(code, 0)] = true;
    }
    for (String code : COUNTRY_CODES) {
      LOCATION_CODES[locationCode(code, 0)] = true;
    }
  }

  /** @return the index in {@link #LOCATION_CODES} of the two capitals at {@code at} in {@code s} */
  private static int locationCode(String s, int at) {
    return (s.charAt(at) - 'A') * 26 + s.charAt(at + 1) - 'A';
  }

  /**
   * No town is read from a one-space line's words alone (an account of a country with no US states);
   * a store number, a kind of business or the town's case still end the display name.
   */
  static final int NO_LOCATIONS = 0;
  /** A line's US town and state are read where references or a card prefix say it is a card line. */
  static final int LOCATIONS_WITH_EVIDENCE = 1;
  /** A US account's: also without that evidence, unless the state's code is a word of names too. */
  static final int US_LOCATIONS = 2;

  /**
   * State codes that also end names: company (ACME SUPPLY CO), doctor (JOHN SMITH MD), physician
   * assistant or a cut word (CAR PA), a domain (.DE), Los Angeles (JOES TACOS LA), a reference's ID,
   * and words that end names (DRIVE IN, FEED ME). (OR, OK, HI end no name: PORTLAND OR is Oregon.)
   */
  private static final Set<String> AMBIGUOUS_STATES = Set.of("CO", "MD", "PA", "DE", "LA", "ID", "MS", "DC", "IN",
      "ME");

  /**
   * @return true when {@code text[from, to)}, read in place, is what a card line prints after its
   *     state: a number, a card mask, one character
   */
  private static boolean isReference(String text, int from, int to) {
    int masked = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c >= '0' && c <= '9') {
        return true;
      }
      masked += c == 'X' ? 1 : 0;
    }
    int length = to - from;
    // (A masked authorisation keeps its letter: SXXXXXXXXXXXXXXX of S461316707563413.)
    return length >= 2 && masked == length || length >= 7 && masked == length - 1 && text.charAt(from) != 'X'
        || length == 1;
  }

  /**
   * @return true when the two words before the state {@code words[state]} are shaped as a town: the
   *     first begins towns (SAN, FORT) or the last ends them (CITY, BEACH), with a name before them
   */
  private static boolean twoWordTown(java.util.List<String> words, int state) {
    return state >= 3 && (TOWN_FIRST_WORDS.contains(words.get(state - 2))
        || TOWN_LAST_WORDS.contains(words.get(state - 1)));
  }

  /** The width of the card schemes' merchant town field. */
  private static final int TOWN_FIELD = 13;

  /** @return the length of words {@code [from, to)} written with one space between them */
  private static int joinedLength(java.util.List<String> words, int from, int to) {
    int n = to - from - 1;
    for (int k = from; k < to; k++) {
      n += words.get(k).length();
    }
    return n;
  }

  /** Words that begin a two-word town (SAN DIEGO, FORT MYERS, NEW YORK, SALT LAKE). */
  private static final Set<String> TOWN_FIRST_WORDS = Set.of("SAN", "SANTA", "LOS", "LAS", "NEW", "NORTH", "SOUTH",
      "EAST", "WEST", "N", "S", "E", "W", "FORT", "FT", "ST", "SAINT", "PORT", "MOUNT", "MT", "EL", "LA", "PALM",
      "CAPE", "SALT", "BATON", "BOCA", "CORPUS", "DES", "CORAL", "SIOUX", "PALO", "OVERLAND", "CHULA", "COSTA", "DALY",
      "DEL", "DE", "EAU", "LAKE", "VAN");

  /** Words that end a two-word town (KANSAS CITY, PALM BEACH, COLORADO SPRINGS), also cut (SALT LAKE CIT). */
  private static final Set<String> TOWN_LAST_WORDS = Set.of("CITY", "CIT", "BEACH", "BEAC", "BCH", "SPRINGS", "SPGS",
      "FALLS", "HEIGHTS", "HTS", "HGTS", "VALLEY", "HILLS", "LAKE", "CREEK", "GROVE", "RAPIDS", "ISLAND", "HARBOR",
      "VILLAGE", "VILL", "VLG", "GARDENS", "JUNCTION", "BEND", "HAVEN", "SHORES", "VEGAS", "POINT", "PARK", "VISTA",
      "OAKS", "MILLS", "ARBOR", "BLUFFS", "BLFS", "WEST", "EAST", "NORTH", "SOUTH", "VIEW", "ROCK", "BAY", "GREEN",
      "FORK", "LAKES", "RIVER", "FORGE", "CROSSING", "STATION", "WELLS", "PLAINS", "MEADOWS");

  /**
   * On a line all in capitals, as most exports print a card's descriptor, the scheme's format puts
   * the town in its own field before the state, with no case to tell it from the name. Without a
   * gazetteer the town is the word before the state, or two words where the first begins towns (SAN,
   * FORT, NEW) or the last ends them (CITY, BEACH, SPRINGS). The word before the state is no town
   * when it is a kind of business (JOES PIZZA TX), a legal form or a web address: the state alone
   * goes; nor when it is a joining word: nothing goes.
   *
   * @return the index of the location's first word, or {@code words.size()}
   */
  private static int townInCapitals(java.util.List<String> words, int state) {
    String last = words.get(state - 1);
    if (org.insights.categoriser.impl.RuleSet.KINDS_OF_BUSINESS.contains(last) || LEGAL_FORMS.contains(last)
        || isWebAddress(last) || hasDigit(last)) {
      return state; // the state alone (a number glued to the name's word is the phone: MOUNTAIN555-0199)
    }
    if (TRAILING.contains(last)) {
      return words.size();
    }
    // The schemes' town field holds 13 characters: two or three words filling it and ending in a
    // fragment of three letters at most, as a cut ends them, are one town (WAPPINGERS FA, ROYAL PALM
    // BE, STEAMBOAT SPR). Not a longer last word: HOME DEPOT CHICAGO, POMERADO ORAL SURGERY POWAY
    // fill it by chance (tried: up to five letters took the name's words, SURGERY, LIQUORS, SPA).
    for (int k = 3; k >= 2 && last.length() <= 3; k--) {
      if (state - k >= 1 && joinedLength(words, state - k, state) == TOWN_FIELD
          && !org.insights.categoriser.impl.RuleSet.KINDS_OF_BUSINESS.contains(words.get(state - k))) {
        return state - k;
      }
    }
    int town = state - 1;
    if (twoWordTown(words, state)) {
      town--;
      if (town >= 2 && TOWN_FIRST_WORDS.contains(words.get(town - 1)) && TOWN_LAST_WORDS.contains(last)) {
        town--; // SALT LAKE CITY, NORTH LAS VEGAS
      }
    }
    return town;
  }

  /**
   * Where the location (town, state, references) begins on a one-space line that ends in a US state
   * written in capitals, read as {@link #locationWord} reads the merchant's words: the merchant
   * column of a line with no column gaps, so that a town's name is no brand (COSTA MESA CA is not
   * Costa Coffee).
   *
   * @param line  a raw description with no run of spaces
   * @param from  where its merchant begins (after a payment-type prefix)
   * @param locations  {@link #NO_LOCATIONS}, {@link #LOCATIONS_WITH_EVIDENCE} or {@link #US_LOCATIONS}
   * @return the location's offset in {@code line}, or {@code line.length()}
   */
  static int locationStart(String line, int from, int locations) {
    return locations == NO_LOCATIONS ? line.length() : locationStart(line, from, locations, line, false, from > 0);
  }

  /**
   * As {@link #locationStart(String, int, int)}, for the display name: {@code line} may be the
   * description in capitals, {@code original} tells the town's case, and a kind of business ends
   * the name ({@link #locationWord}).
   */
  private static int locationStart(String line, int from, int locations, String original, boolean forName,
      boolean prefixed) {
    int n = line.length();
    // Cheap test first, on the raw chunks from the end: references, then a state in capitals.
    // Only the words up to the state are read into words.
    int end = n;
    int chunks = 0;
    while (end > from && chunks < 6) {
      int start = line.lastIndexOf(' ', end - 1) + 1;
      if (start < from) {
        start = from;
      }
      // The country after the state (BROOKLYN NY USA, BROOKLYN NY US) is the card's reference too.
      if (chunks == 0 && start >= from + 4 && line.charAt(start - 1) == ' ' && line.charAt(start - 4) == ' '
          && (end - start == 3 && line.startsWith("USA", start) || end - start == 2 && line.startsWith("US", start))
          && US_STATES.contains(line.substring(start - 3, start - 1))) {
        end = start - 1;
        chunks++;
        continue;
      }
      // ... or glued to it (SEATTLE WAUS, AUSTIN TXUS): the state is its first two letters.
      if (chunks == 0 && end - start == 4 && line.startsWith("US", start + 2)
          && Descriptions.isCapital(line.charAt(start)) && Descriptions.isCapital(line.charAt(start + 1))
          && US_STATES.contains(line.substring(start, start + 2))) {
        end = start + 2;
        chunks++;
        continue;
      }
      if (end - start == 2 && Descriptions.isCapital(line.charAt(start))
          && Descriptions.isCapital(line.charAt(start + 1))) {
        if (!LOCATION_CODES[locationCode(line, start)]) {
          return n;
        }
        break;
      }
      // (The word CARD before the card's number is the number's: ... CA S461045608341234 CARD 1234.)
      if (end > start && !isReference(line, start, end)
          && !(chunks > 0 && end - start == 4 && line.startsWith("CARD", start))) {
        return n;
      }
      end = start - 1;
      chunks++;
    }
    if (end <= from || chunks >= 6) {
      return n;
    }
    int stateEnd = end;
    java.util.List<String> words = new java.util.ArrayList<>(8);
    it.unimi.dsi.fastutil.ints.IntArrayList offsets = new it.unimi.dsi.fastutil.ints.IntArrayList(8);
    StringBuilder word = new StringBuilder();
    int i = from;
    while (i < stateEnd) {
      while (i < stateEnd && line.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      word.setLength(0);
      while (i < stateEnd && line.charAt(i) != ' ') {
        char c = Character.toUpperCase(line.charAt(i++));
        if (isNameCharacter(c)) {
          word.append(c);
        }
      }
      if (word.length() > 0) {
        words.add(word.toString());
        offsets.add(start);
      }
    }
    int location = locationWord(words, offsets, line, original, forName, locations, prefixed, chunks > 0);
    return location < words.size() ? offsets.getInt(location) : n;
  }

  /**
   * Kinds of business that end a name (THE OLD BAKERY CAFE), unlike those that go on (AUTO RECYCLING,
   * PIZZA EXPRESS, COFFEE ROASTERS).
   */
  private static final Set<String> NAME_ENDING_KINDS = Set.of("CAFE", "RESTAURANT", "BAKERY", "DINER", "BISTRO",
      "TAVERN", "PUB", "KITCHEN", "DELI", "SHOP", "STORE", "SALON", "BARBER", "BARBERS", "GARAGE", "PHARMACY",
      "CLINIC", "INN", "HOTEL", "MOTEL", "GYM", "EATERY", "CANTINA", "TAQUERIA", "PIZZERIA", "STEAKHOUSE",
      "SMOKEHOUSE", "BREWERY", "TAPROOM", "SALOON", "BOUTIQUE", "FLORIST", "FLORISTS", "BAKESHOP", "TRATTORIA",
      "CHEMIST", "CHEMISTS", "NEWSAGENT", "NEWSAGENTS", "BUTCHERS", "BUTCHER", "TAKEAWAY", "CARVERY", "TAVERNA",
      "BRASSERIE", "OSTERIA", "BOULANGERIE", "PATISSERIE", "CREPERIE");

  /**
   * On a line with no columns and no state (British card lines: {@code JOES CAFE 0234 MANCHESTER},
   * {@code IZ *COFFEE CORNER LTD OXFORD}), one or two words after a store's number (three to six
   * digits) or after the company's legal form are the town: the name has ended. Words that say what
   * the shop is (CAFE) or join words (AND) are no town; nor are the payment's (ONLINE), which go after
   * a legal form all the same.
   */
  private static void dropTownAfterStoreOrCompany(java.util.List<String> words) {
    int n = words.size();
    for (int k = n - 2; k >= Math.max(1, n - 3); k--) {
      String t = words.get(k);
      boolean store = isNumber(t) && t.length() >= 3 && t.length() <= 6;
      if (!store && !LEGAL_FORMS.contains(t)) {
        continue;
      }
      for (int w = k + 1; w < n; w++) {
        String town = words.get(w);
        // (After the legal form the payment's words are no name's either: JOHN LEWIS PLC ONLINE.)
        boolean payment = GENERIC.contains(town) || PAYMENT_WORDS.contains(town);
        if (payment && store || !payment && (!mayBeTownWord(town, 3) || LEGAL_FORMS.contains(town))) {
          return;
        }
      }
      words.subList(store ? k : k + 1, n).clear();
      return;
    }
  }

  /**
   * On a line with no columns and no state (British card lines: {@code VIS THE OLD BAKERY CAFE
   * CHELTENHAM}), one word no dictionary knows after a kind of business that ends a name of at least
   * two words is the town, as the state's town is on American lines. Where the country's code ended
   * the line ({@code SQ *THE BIKE SHOP BRISTOL GB}, {@code THE RED LION PUB HIGH WYCOMBE GB}) the words
   * are the card's town field for certain: a known word (BRISTOL) or two words are the town there too.
   */
  private static void dropTownAfterKind(java.util.List<String> words, java.util.function.Predicate<String> knownWord,
      boolean countryEnded) {
    int n = words.size();
    int kind = n >= 3 && NAME_ENDING_KINDS.contains(words.get(n - 2)) ? n - 2
        : countryEnded && n >= 4 && NAME_ENDING_KINDS.contains(words.get(n - 3)) ? n - 3 : -1;
    if (kind < 0) {
      return;
    }
    for (int w = kind + 1; w < n; w++) {
      String town = words.get(w);
      if (!mayBeTownWord(town, countryEnded ? 3 : 4) || !countryEnded && knownWord.test(town)
          || GENERIC.contains(town)) {
        return;
      }
    }
    words.subList(kind + 1, n).clear();
  }

  /**
   * @return whether {@code word}, after a British line's name, may be a word of its town: letters only,
   *     at least {@code shortest} of them, no joining word (AND) and no kind of business (CAFE)
   */
  private static boolean mayBeTownWord(String word, int shortest) {
    return word.length() >= shortest && word.chars().allMatch(Character::isLetter) && !TRAILING.contains(word)
        && !org.insights.categoriser.impl.RuleSet.KINDS_OF_BUSINESS.contains(word);
  }

  /**
   * @return true when no small letter comes before the town word {@code upperWord} (written in title
   *     case) in {@code original}: the name before it is in capitals, so case tells the town from the
   *     name ({@code Sq *joe's Coffee Brooklyn Ny} is one name in mixed case, not JOES and a town)
   */
  private static boolean capitalsBefore(String original, String upperWord) {
    // The last occurrence: the town's, where the name repeats it (Uber ... PMNT RCVD Uber San Francisco CA).
    int at = -1;
    for (int next = indexOfTitleCased(original, upperWord, 0); next >= 0;
        next = indexOfTitleCased(original, upperWord, next + 1)) {
      at = next;
    }
    for (int k = 0; k < at; k++) {
      if (Character.isLowerCase(original.charAt(k))) {
        return false;
      }
    }
    return at >= 0;
  }

  /** @return true when {@code upperWord} appears in {@code original} as a whole word in title case (Portland) */
  private static boolean writtenAsTown(String original, String upperWord) {
    if (upperWord.length() < 3) {
      return false;
    }
    for (int k = 0; k < upperWord.length(); k++) {
      if (!Character.isLetter(upperWord.charAt(k))) {
        return false;
      }
    }
    return indexOfTitleCased(original, upperWord) >= 0;
  }

  /**
   * @return where {@code upperWord} first occurs in {@code original} as a whole word in title case
   *     ({@code PORTLAND} as {@code Portland}), or -1; compared in place, with no copy
   */
  private static int indexOfTitleCased(String original, String upperWord) {
    return indexOfTitleCased(original, upperWord, 0);
  }

  /** As {@link #indexOfTitleCased(String, String)}, from {@code from} on. */
  private static int indexOfTitleCased(String original, String upperWord, int from) {
    int len = upperWord.length();
    for (int at = original.indexOf(upperWord.charAt(0), from); at >= 0 && at + len <= original.length();
        at = original.indexOf(upperWord.charAt(0), at + 1)) {
      int k = 1;
      while (k < len && original.charAt(at + k) == Character.toLowerCase(upperWord.charAt(k))) {
        k++;
      }
      int end = at + len;
      if (k == len && (at == 0 || !Character.isLetter(original.charAt(at - 1)))
          && (end == original.length() || !Character.isLetter(original.charAt(end)))) {
        return at;
      }
    }
    return -1;
  }

  /** @return true when {@code word} occurs in {@code text} from {@code from} on with no letter either side */
  private static boolean hasWholeWord(String text, String word, int from) {
    return indexOfWholeWord(text, word, from) >= 0;
  }

  /** @return where {@code word} first occurs in {@code text} from {@code from} on with no letter either side, or -1 */
  private static int indexOfWholeWord(String text, String word, int from) {
    for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
          && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
        return at;
      }
    }
    return -1;
  }

  /**
   * @return true when {@code code} is the state column of a fixed-width card line: the last word of
   *     two letters that is a state's code in the location columns from {@code townFrom} on (LA of
   *     LA HABRA  CA is part of the town)
   */
  private static boolean isStateColumn(String line, int townFrom, String code) {
    String last = null;
    int i = townFrom;
    int n = line.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(line.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(line.charAt(i))) {
        i++;
      }
      if (i - start == 2 && Character.isLetter(line.charAt(start)) && Character.isLetter(line.charAt(start + 1))
          && US_STATES.contains(line.substring(start, i))) {
        last = line.substring(start, i);
      }
    }
    return code.equals(last);
  }

  /** @return how many characters the words from index {@code from} on have */
  private static int letters(java.util.List<String> words, int from) {
    int n = 0;
    for (int k = from; k < words.size(); k++) {
      n += words.get(k).length();
    }
    return n;
  }

  private static boolean isLetter(String word) {
    return word.length() == 1 && Character.isLetter(word.charAt(0));
  }

  private static boolean isConsonant(char c) {
    return c >= 'A' && c <= 'Z' && "AEIOUY".indexOf(c) < 0;
  }

  /** @return true for a token of digits only */
  static boolean isNumber(String t) {
    for (int k = 0; k < t.length(); k++) {
      if (!Character.isDigit(t.charAt(k))) {
        return false;
      }
    }
    return !t.isEmpty();
  }

  /**
   * @return true when the {@code occurrence}-th whole-word {@code number} of {@code column} (counted
   *     from 0: LIQUOR 1 US # 1 holds 1 twice, the second the store's) follows a {@code #} or
   *     {@code NO}: a store number
   */
  private static boolean isStoreNumber(String column, String number, int occurrence) {
    int seen = 0;
    for (int at = column.indexOf(number); at >= 0; at = column.indexOf(number, at + 1)) {
      int end = at + number.length();
      if (at > 0 && Character.isLetterOrDigit(column.charAt(at - 1))
          || end < column.length() && Character.isLetterOrDigit(column.charAt(end))) {
        continue;
      }
      if (seen++ < occurrence) {
        continue;
      }
      int k = at - 1;
      while (k >= 0 && (column.charAt(k) == ' ' || column.charAt(k) == '.')) {
        k--;
      }
      return k >= 0 && column.charAt(k) == '#' || k >= 1 && column.startsWith("NO", k - 1);
    }
    return true;
  }

  /** @return true for a card mask: two or more X and nothing else */
  private static boolean isMask(String t) {
    if (t.length() < 2) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) != 'X') {
        return false;
      }
    }
    return true;
  }

  /** @return a name glued to a store or reference number without the number (GURUAID111 is GURUAID) */
  private static String gluedName(String token) {
    if (isWebAddress(token)) {
      return token; // TRAFFIC411.COM is the name, digits and all
    }
    long name = Descriptions.gluedName(token, 0, token.length());
    return name < 0 || token.startsWith("XX") ? token : token.substring((int) (name >>> 32), (int) name);
  }

  /**
   * @return true when {@code word} (three letters or more) is a whole word of {@code line} from
   *     {@code townFrom} on: the location columns after a merchant column
   */
  private static boolean isTownWord(String line, int townFrom, String word) {
    return word.length() >= 3 && hasWholeWord(line, word, townFrom);
  }

  /** The label some exporters write before the merchant's name at the end of a description. */
  private static final String MERCHANT_LABEL = "MERCHANT NAME:";

  /**
   * @param description  a raw description
   * @return the merchant's name an exporter wrote after a {@code Merchant name:} label at its end
   *     ({@code HIS*HISCOX INC. Merchant name: Hiscox Inc} gives {@code Hiscox Inc}), or null
   */
  static String labelledMerchant(String description) {
    int colon = description.indexOf("ame:"); // (a character search first: most lines have no label)
    if (colon < 0) {
      return null;
    }
    int at = colon + 4 - MERCHANT_LABEL.length();
    if (at < 0 || !description.regionMatches(true, at, MERCHANT_LABEL, 0, MERCHANT_LABEL.length())) {
      return null;
    }
    String name = description.substring(colon + 4).trim();
    return name.isEmpty() ? null : name;
  }

  /**
   * @param description  a raw description
   * @return the length of its leading payment-type prefix (with its date), 0 when there is none
   */
  static int prefixLength(String description) {
    int end = firstPrefix(description);
    if (end == 0) {
      return 0;
    }
    // Banks chain their marks: POS Debit - Visa Check Card 1234 - QZV GRILL, Withdrawal Debit Card
    // VISA QZV GRILL, DEBIT CARD PURCHASE AT QZV GRILL. A few more after the first, with the dashes,
    // reference numbers and AT between them, are the prefix too.
    // A date ends the prefix (CHECK CRD PURCHASE 11/11 SO QZV BAKERY: SO is the shop's name there).
    for (int k = 0; k < MORE_PREFIXES && end < description.length() && !endsWithDate(description, end); k++) {
      int next = afterSeparator(description, end);
      int more = next;
      if (mayChain(description, next)) {
        more = listedPrefixAt(description, next, true);
        if (more == next) {
          more = bankWordsRun(description, next);
        }
      }
      if (more > next) {
        end = more;
        continue;
      }
      end = next;
      break;
    }
    return end;
  }

  /** How many further prefixes may follow the first. */
  private static final int MORE_PREFIXES = 3;
  /** The shortest prefix that may follow another: short ones are words of names too (DEB QZV, SO QZV). */
  private static final int SHORTEST_CHAINED = 4;
  private static final Set<String> TRANSFER_PREFIX_SET = Set.of(TRANSFER_PREFIXES);

  /** @return whether what ends before the spaces at {@code end} is a digit, as a date's last one is */
  private static boolean endsWithDate(String s, int end) {
    int i = end;
    while (i > 0 && s.charAt(i - 1) == ' ') {
      i--;
    }
    return i > 0 && isDigit(s, i - 1);
  }

  /** @return the length of the first payment-type prefix alone, 0 when there is none */
  private static int firstPrefix(String description) {
    int n = description.length();
    if (n == 0) {
      return 0;
    }
    if (description.startsWith(CONTACTLESS_MARK)) {
      return skipSpaces(description, CONTACTLESS_MARK.length());
    }
    if (n >= TD_HEADER.length() && startsWithCapitals(description, 0, TD_HEADER)) {
      int end = afterDdaMark(description);
      if (end > 0) {
        return end;
      }
    }
    int end = listedPrefixAt(description, 0, false);
    if (end > 0) {
      return end;
    }
    end = bankWordsBeforeDate(description);
    return end > 0 ? end : bankWordsRun(description, 0);
  }

  /**
   * @param chained  whether another prefix came before: then only card prefixes of four letters or
   *     more count (a transfer's or a short one after a card's is the payee's name)
   * @return the index after a listed prefix (with its date) that starts at {@code from}, or
   *     {@code from} when none does
   */
  private static int listedPrefixAt(String description, int from, boolean chained) {
    String p = listedPrefix(description, from, chained);
    if (p == null) {
      return from;
    }
    int end = from + p.length();
    if (end < description.length() && (description.charAt(end) == ':' || description.charAt(end) == ',')) {
      end++; // CASH CARD: QZV GRILL; DIRECT WITHDRAWAL, QZV ENERGY
    }
    end = skipSpaces(description, end);
    return skipSpaces(description, skipDate(description, end));
  }

  /** @return the listed prefix (the longest) that starts at {@code from} and ends at a word's end, or null */
  private static String listedPrefix(String description, int from, boolean chained) {
    int n = description.length();
    if (from >= n) {
      return null;
    }
    int letter = (description.charAt(from) | 0x20) - 'a'; // every listed prefix starts with a letter
    if (letter < 0 || letter >= 26) {
      return null;
    }
    char second = from + 1 < n ? description.charAt(from + 1) : ' ';
    second = second >= 'a' && second <= 'z' ? (char) (second - 32) : second;
    for (String p : PREFIXES_BY_LETTER[letter]) {
      int end = from + p.length();
      // (The second character first: most rows begin with a merchant's name, which no prefix shares.)
      if (end > n || p.charAt(1) != second || !startsWithCapitals(description, from, p)
          || chained && (p.length() < SHORTEST_CHAINED || TRANSFER_PREFIX_SET.contains(p))) {
        continue;
      }
      char after = end < n ? description.charAt(end) : ' ';
      if (after != ' ' && (after < '0' || after > '9') && p.charAt(p.length() - 1) != '-' && after != ':'
          && after != ',') {
        continue; // "VISAGE" is not "VISA"; "PMT11/11" is "PMT" and a date; "VDP-TESCO" is "VDP-" and a name
      }
      return p;
    }
    return null;
  }

  /**
   * @return whether {@code s} holds {@code capitals} (ASCII, no small letters) at {@code from}, in
   *     either case; by hand, as {@code regionMatches(true, ...)} folds every character both ways
   */
  private static boolean startsWithCapitals(String s, int from, String capitals) {
    for (int k = 0; k < capitals.length(); k++) {
      char c = s.charAt(from + k);
      if (c >= 'a' && c <= 'z') {
        c -= 32;
      }
      if (c != capitals.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * @return the index after what stands between two prefixes at {@code i}: a dash ({@code - }), a
   *     reference or card number ({@code #123456}, {@code 1234 -}), or {@code AT} before a name; else {@code i}
   */
  private static int afterSeparator(String s, int i) {
    int n = s.length();
    int at = i;
    if (at < n && s.charAt(at) == '#') {
      int d = digits(s, at + 1, 19);
      if (d > 0 && (at + 1 + d == n || s.charAt(at + 1 + d) == ' ')) {
        return skipSpaces(s, at + 1 + d);
      }
      return i;
    }
    int d = digits(s, at, 19);
    if (d > 0 && at + d + 3 < n && startsWithCapitals(s, at + d, " TO ")) {
      return skipSpaces(s, at + d + 3); // Online Payment 1234567 To QZV ELECTRIC
    }
    if (d > 0 && at + d + 2 < n && s.charAt(at + d) == ' ' && s.charAt(at + d + 1) == '-') {
      at = at + d + 1; // a card number before a dash: 1234 - QZV GRILL
    }
    if (at + 1 < n && s.charAt(at) == '-' && s.charAt(at + 1) == ' ') {
      return skipSpaces(s, at + 1);
    }
    if (at + 3 < n && (s.charAt(at) | 0x20) == 'a' && (s.charAt(at + 1) | 0x20) == 't' && s.charAt(at + 2) == ' ') {
      int name = skipSpaces(s, at + 2);
      return name < n && Character.isLetter(s.charAt(name)) ? name : i;
    }
    return i;
  }

  /**
   * @param description  a raw description
   * @param prefixLength  its {@link #prefixLength}
   * @return true when the prefix is a card payment's, not a transfer's, direct debit's or cheque's
   */
  static boolean isCardPrefix(String description, int prefixLength) {
    if (prefixLength == 0) {
      return false;
    }
    // The first prefix says (ACH DEBIT - QZV: a transfer's, whatever marks follow it); a line whose
    // prefix is no listed one (bank words before a date, a contactless mark) is a card's.
    String first = listedPrefix(description, 0, false);
    return first == null || !TRANSFER_PREFIX_SET.contains(first);
  }

  /**
   * Words of the payment-type prefixes that banks abbreviate each their own way ({@code DBCD PUR
   * RTN INTL}, {@code HSA RECUR DB CD PMT}, {@code RECUR DBCD PMT INTL11/11}): two or more of them
   * followed by a date are a prefix too, listed or not.
   */
  private static final String[] BANK_WORDS = {"CHECK", "CHK", "CRD", "CARD", "CD", "DB", "DBCD", "DBT", "DEBIT",
      "CREDIT", "PUR", "PURCH", "PURCHASE", "RTN", "RTNS", "RTRN", "RETURN", "RETURNS", "REV", "REVERSAL",
      "RECUR", "RECURRING", "PMT", "PAYMENT", "INTL", "HSA", "POS", "VISA", "MC", "ATM", "AUTH", "AUTHORIZED", "ON",
      "SIG", "PIN", "ACH", "ONLINE", "REFUND", "MASTERCARD"};

  /** @return the length of two or more {@link #BANK_WORDS} and a date at the start, else 0 */
  private static int bankWordsBeforeDate(String s) {
    int n = s.length();
    int i = 0;
    int words = 0;
    while (i < n) {
      int end = i;
      while (end < n && Character.isLetter(s.charAt(end))) {
        end++;
      }
      if (end == i || !isBankWord(s, i, end)) {
        return 0;
      }
      words++;
      // The date may follow after a space or glued to the word (PMT11/11).
      int date = skipDate(s, end < n && s.charAt(end) == ' ' ? skipSpaces(s, end) : end);
      if (words >= 2 && date > end && s.charAt(date - 1) != ' ' && (date == n || s.charAt(date) == ' ')) {
        return skipSpaces(s, date);
      }
      if (end == n || s.charAt(end) != ' ') {
        return 0;
      }
      i = skipSpaces(s, end);
    }
    return 0;
  }

  private static final Set<String> BANK_WORD_SET = Set.of(BANK_WORDS);

  /**
   * The first two letters of the prefixes that may follow another and of the bank words, as a bit
   * per pair: most merchants' names begin with a pair of none, and skip the search.
   */
  private static final boolean[] CHAIN_PAIRS = new boolean[26 * 26];

  static {
    java.util.stream.Stream.concat(java.util.Arrays.stream(PREFIXES)
        .filter(p -> p.length() >= SHORTEST_CHAINED && !TRANSFER_PREFIX_SET.contains(p)),
        java.util.Arrays.stream(BANK_WORDS))
        .mapToInt(w -> pair(w.charAt(0), w.charAt(1))).filter(k -> k >= 0).forEach(k -> CHAIN_PAIRS[k] = true);
  }

  /** @return the index of two letters' pair in {@link #CHAIN_PAIRS}, or -1 when either is no ASCII letter */
  private static int pair(char first, char second) {
    int a = (first | 0x20) - 'a';
    int b = (second | 0x20) - 'a';
    return a < 0 || a >= 26 || b < 0 || b >= 26 ? -1 : a * 26 + b;
  }

  /** @return whether a chained prefix or a bank word may begin at {@code i} */
  private static boolean mayChain(String s, int i) {
    if (i + 1 >= s.length()) {
      return false;
    }
    int k = pair(s.charAt(i), s.charAt(i + 1));
    return k >= 0 && CHAIN_PAIRS[k];
  }

  /**
   * Bank words that say a card paid ({@code VISA DEBIT}, {@code PIN POS PURCHASE}, {@code MC DEBIT}):
   * a run of bank words with one of them is a prefix even with no date after it.
   */
  private static final String[] CARD_WORDS = {"CARD", "CRD", "DBCD", "DBT", "POS", "VISA", "MC", "MASTERCARD",
      "PIN", "SIG", "PUR", "PURCH", "PURCHASE"};
  private static final Set<String> CARD_WORD_SET = Set.of(CARD_WORDS);

  /**
   * @return the index after two or more {@link #BANK_WORDS} at {@code from}, one of them a
   *     {@link #CARD_WORDS card word}, when a name follows them; else {@code from}
   */
  private static int bankWordsRun(String s, int from) {
    int n = s.length();
    int i = from;
    int words = 0;
    boolean card = false;
    while (i < n) {
      int end = i;
      while (end < n && Character.isLetter(s.charAt(end))) {
        end++;
      }
      if (end == i || end < n && s.charAt(end) != ' ' || !isBankWord(s, i, end)) {
        break; // the name begins here
      }
      words++;
      card |= isWord(CARD_WORDS, s, i, end);
      i = skipSpaces(s, end);
    }
    return words >= 2 && card && i < n ? i : from;
  }

  private static boolean isWord(String[] words, String s, int from, int to) {
    int length = to - from;
    for (String w : words) {
      if (w.length() == length && startsWithCapitals(s, from, w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBankWord(String s, int from, int to) {
    return isWord(BANK_WORDS, s, from, to);
  }

  private static boolean isDigit(String s, int i) {
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** @return the index after a date such as 11/11 or 11/11/2023 at {@code i}, or {@code i} */
  private static int skipDate(String s, int i) {
    int day = digits(s, i, 2);
    if (day == 0 || i + day >= s.length() || s.charAt(i + day) != '/') {
      return i;
    }
    int monthStart = i + day + 1;
    int month = digits(s, monthStart, 2);
    if (month == 0) {
      return i;
    }
    int end = monthStart + month;
    if (end < s.length() && s.charAt(end) == '/') {
      int year = digits(s, end + 1, 4);
      if (year >= 2) {
        return end + 1 + year;
      }
    }
    return end;
  }

  /** @return how many digits (at most {@code max}) start at {@code i} */
  private static int digits(String s, int i, int max) {
    int k = 0;
    while (k < max && isDigit(s, i + k)) {
      k++;
    }
    return k;
  }

  /**
   * @param description  a raw description
   * @return a display name, or null when nothing merchant-like remains
   */
  public static String extract(String description) {
    return extract(description, word -> true, LOCATIONS_WITH_EVIDENCE);
  }

  /**
   * As {@link #extract(String)}, also dropping the last word of a fixed-width merchant column that
   * was cut at its width when {@code knownWord} does not know it ({@code "VERONAS ITALIAN RESTAU"}
   * gives {@code "Veronas Italian"}).
   *
   * @param description  a raw description
   * @param knownWord  whether an upper-case word is a whole word (from the dictionaries)
   * @param locations  how far a US state code at the end is trusted ({@link #US_LOCATIONS} for a US account)
   * @return a display name, or null when nothing merchant-like remains
   */
  static String extract(String description, java.util.function.Predicate<String> knownWord, int locations) {
    if (description == null) {
      return null;
    }
    // Apostrophes join their word (MEL'S is MELS), as in the normaliser.
    String s = upperCaseWithoutApostrophes(description);
    // Offsets rather than copies of a long line: only the merchant column is ever copied.
    int from = prefixLength(s);
    int cardPrefix = from;
    // "POS 1234 05JAN23 MERCHANT": drop a leading store/terminal number and date token.
    if (from < s.length() && Character.isDigit(s.charAt(from))) {
      s = TERMINAL_AND_DATE.matcher(s.substring(from)).replaceFirst("");
      from = 0;
    }
    int schemeWidth = 0;
    if (s.indexOf('*', from) >= 0) {
      String column = s.substring(from);
      s = SCHEME.matcher(column).replaceFirst("");
      schemeWidth = column.length() - s.length(); // SQ *: the field's width counts it
      from = 0;
    }
    // UK card lines end with the date and a marker: "SMITHS DENTAL ON 12 MAR CLP".
    if (s.indexOf(" ON ", from) >= 0) {
      s = UK_CARD_DATE.matcher(s.substring(from)).replaceFirst("");
      from = 0;
    }
    int orig = s.indexOf("ORIG CO NAME:", from);
    if (orig >= 0) {
      java.util.regex.Matcher originator = ACH_ORIGINATOR.matcher(s).region(orig, s.length());
      if (originator.matches()) {
        s = originator.group(1);
        from = 0;
      }
    }
    // "JOHNS CAFE,12.50 GBP, RATE 1.00/GBP ON 01-01-2023": the amount after a comma ends the name;
    // "JOHNS BARBERS CD 1234": so does the card number (and a phone number, an ACH DES: field).
    // Only the merchant column can end early: a phone number in the columns after a fixed-width
    // merchant column is the columns' business.
    int firstGap = columnGap(s, from);
    int columnEnd = firstGap > from ? firstGap : s.length();
    // A query field (?MCC=5812) ends what the bank wrote of the merchant.
    int query = s.indexOf(" ?", from);
    if (query > from && query < columnEnd && isQueryField(s, query + 2)) {
      s = s.substring(0, query);
      columnEnd = Math.min(columnEnd, s.length());
    }
    if (before(s, ",", from, columnEnd) || before(s, " CD ", from, columnEnd) || before(s, " DES:", from, columnEnd)
        || before(s, "-", from, columnEnd) || before(s, " REF", from, columnEnd)
        || before(s, " CARD ", from, columnEnd) || before(s, " ID:", from, columnEnd)
        || before(s, " MERCHANT NAME:", from, columnEnd) || before(s, ";", from, columnEnd)
        || foreignAmount(s, from, columnEnd)
        || before(s, " ON-LINE", from, columnEnd) || before(s, " DATE ", from, columnEnd)
        || before(s, " #", from, columnEnd)) {
      java.util.regex.Matcher tail = NAME_TAIL.matcher(s).region(from, columnEnd);
      if (tail.find() && tail.start() > from) {
        s = s.substring(0, tail.start());
      }
    }
    // Fixed-width bank lines: the merchant is the first column before a run of spaces.
    int gap = columnGap(s, from);
    if (gap == from) {
      gap = -1; // a line that starts with spaces has no merchant column before them
    }
    if (gap < 0) {
      // A one-space US card line (JOES CRAB SHACK AUSTIN TX): its town and state are the columns
      // after the merchant's, read from the words (first: CA is California there, not Canada).
      int location = locationStart(s, from, locations, description, true, cardPrefix > 0);
      gap = location < s.length() ? location : -1;
    }
    String line = s;
    int townFrom = gap > 0 ? gap : s.length();
    s = s.substring(from, gap > 0 ? gap : s.length());
    if (s.indexOf('*') >= 0) {
      java.util.regex.Matcher star = STAR.matcher(s);
      if (star.matches() && star.group(1).chars().filter(Character::isLetter).count() >= 3) {
        String before = s.substring(0, s.indexOf('*')).trim();
        // A star before words that name nobody (NRA*MEMBERSHIP): the name is the one before it.
        s = onlyGeneric(star.group(1)) && before.chars().filter(Character::isLetter).count() >= 2 ? before
            : star.group(1);
      }
    }
    // A web address cut at the column's end lost its domain there (WWW.SELLESMEDICAL.CO.U), which
    // nameTokens drops: the cut is made, and the word before it is the name's, no fragment.
    String trimmed = s.stripTrailing();
    int lastDot = trimmed.lastIndexOf('.');
    boolean domainCut = lastDot > trimmed.lastIndexOf(' ') && cutDomain(trimmed, lastDot) == trimmed.length() - lastDot;
    java.util.List<String> words = nameTokens(s);
    boolean countryEnded = words.size() > 1 && COUNTRIES.contains(words.get(words.size() - 1));
    if (countryEnded) {
      words.remove(words.size() - 1);
    }
    if (gap < 0) {
      dropTownAfterStoreOrCompany(words);
      dropTownAfterKind(words, knownWord, countryEnded);
    }
    for (int i = words.size() - 1; i >= 0; i--) {
      String t = gluedName(words.get(i));
      // One or two digits between words are part of the name (ROUTE 66 INN, PIER 1 LIQUOR), unless a # or
      // NO marks them as a store's number.
      boolean inName = i > 0 && i < words.size() - 1 && t.length() <= 2 && !isNumber(words.get(i - 1))
          && !isStoreNumber(s, words.get(i), java.util.Collections.frequency(words.subList(0, i), words.get(i)));
      if (isMask(t) || !isOrdinal(t) && !isWebAddress(t) && hasDigit(t) && !(inName && isNumber(t))) {
        words.remove(i);
      } else {
        words.set(i, t);
      }
    }
    // A fixed-width column filled to its width was cut there: its last word is a fragment (RESTAU, PR, M)
    // unless it is a word the dictionaries know; a fragment is no part of a clean name.
    // Shorter columns are cut too, by the merchant's own registration: a last word of one or two
    // letters that no dictionary knows is a fragment there as well (SHELLYS STYLING CE).
    // A column that ends in a whole legal form was not cut: the form goes, the word before it stays.
    boolean legalForm = dropLegalForm(words);
    String lastWord = words.isEmpty() ? "" : words.get(words.size() - 1);
    int width = gap > 0 ? s.trim().length() + schemeWidth : 0;
    boolean tiny = lastWord.length() <= 2 && !lastWord.equals("&");
    boolean unknown = !knownWord.test(lastWord) && !isWebAddress(lastWord);
    // A single letter is a fragment whatever the dictionaries hold (GREEN PARROT BAR A, LA HABRA SMILES, I).
    boolean letter = lastWord.length() == 1 && Character.isLetter(lastWord.charAt(0));
    boolean cut = !legalForm && !domainCut
        && ((width >= CUT_WIDTH || width == NAME_FIELD) && (tiny || unknown)
            || width >= STUB_WIDTH && (letter || tiny && unknown));
    if (cut && words.size() >= 2) {
      words.remove(words.size() - 1);
      while (words.size() >= 2 && TRAILING.contains(words.get(words.size() - 1))) {
        words.remove(words.size() - 1);
      }
    }
    dropLegalForm(words);
    dropTrailingNumbers(words);
    // A chain's descriptor often ends with its store's town, repeated in the town column
    // (HOOTERS MOBILE  MOBILE AL): the town is where, not who. At the start a town is usually part
    // of an independent's own name (OAKLAND GRILL) and stays.
    boolean townDropped = false;
    while (words.size() >= 2 && isTownWord(line, townFrom, words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
      townDropped = true;
    }
    while (townDropped && words.size() >= 2 && (PLACE_ABBREVIATIONS.contains(words.get(words.size() - 1))
        || TRAILING.contains(words.get(words.size() - 1)))) {
      words.remove(words.size() - 1); // DITRONICS FT (HALL), MUNGENAST ST (LOUIS), BB OF (LOS ANGELES)
    }
    dropTrailingNumbers(words);
    // An ACH entry's own words end the payee's name wherever they stand (TOYOTA ACH LEASE, QUENTIN
    // HOMES PMT 0312 RENT): no business names itself with them.
    for (int k = 1; k < words.size(); k++) {
      if (ENTRY_WORDS.contains(words.get(k))) {
        words.subList(k, words.size()).clear();
        while (words.size() >= 2 && GENERIC.contains(words.get(words.size() - 1))) {
          words.remove(words.size() - 1); // QZV ENERGY - ONLINE PMT
        }
        dropLegalForm(words);
        dropTrailingNumbers(words);
        break;
      }
    }
    // Some banks write the payment's type after the merchant (QZV GRILL DEBIT CARD PURCHASE): two or
    // more bank words at the end, a card's among them, are no part of the name.
    int bank = words.size();
    boolean cardWord = false;
    while (bank > 1 && BANK_WORD_SET.contains(words.get(bank - 1))) {
      cardWord |= CARD_WORD_SET.contains(words.get(bank - 1));
      bank--;
    }
    if (cardWord && words.size() - bank >= 2) {
      words.subList(bank, words.size()).clear();
    }
    // A conjunction or preposition cannot end a name, whatever cut the column (PHATT KATZ JAZZ &), nor
    // can the words of the payment after a name (CITY OF AUSTIN UTILITIES WEB PMT, QZV SHOP REFUND), nor a letter left
    // at the end of a longer name by a cut (CANDY HOUSE S for S CAMPBELL, BREAST CENTER OF S) unless
    // it is one of a run of initials (R M S C) or pairs with another across an & (PONCE C & C, G AND S).
    while (words.size() >= 2 && (TRAILING.contains(words.get(words.size() - 1))
        || (PAYMENT_WORDS.contains(words.get(words.size() - 1)) || MONEY_BACK.contains(words.get(words.size() - 1)))
            && !GENERIC.containsAll(words)
        || words.size() >= 3 && isLetter(words.get(words.size() - 1)) && !isLetter(words.get(words.size() - 2))
            && !words.get(words.size() - 2).equals("&") && !words.get(words.size() - 2).equals("AND"))) {
      words.remove(words.size() - 1);
      dropLegalForm(words); // HOLLOWAY PLUMBING LTD DDR
    }
    // A web address's WWW is no part of the shop's name (WWW.QUENTINSHOP.CO.UK is Quentinshop.co.uk),
    // nor is the word of money coming back before it (REFUND QUENTIN SHOP, RETURN FROM QUENTIN).
    if (words.size() >= 2 && words.get(0).equals("WWW")) {
      words.remove(0);
    }
    if (words.size() >= 2 && MONEY_BACK.contains(words.get(0))) {
      words.remove(0);
      if (words.size() >= 2 && (words.get(0).equals("FROM") || words.get(0).equals("OF"))) {
        words.remove(0);
      }
    }
    // The article goes, as Atto's own names drop it (THE RED LION is Red Lion), when a name remains.
    if (words.size() >= 2 && words.get(0).equals("THE") && letters(words, 1) >= 3) {
      words.remove(0);
    }
    // Florists' wire networks put their initials before the florist, with or without a star
    // (TLF SHERWOOD FLORIST is Teleflora's order for Sherwood Florist).
    if (words.size() >= 2 && (words.get(0).equals("TLF") || words.get(0).equals("FTD"))) {
      words.remove(0);
    }
    // A payment processor before the merchant without its star (AMZ JESWELL TECH, PAYPAL EBAY).
    if (words.size() >= 2 && STARLESS_PROCESSORS.contains(words.get(0))) {
      words.remove(0);
      if (words.size() >= 2 && (words.get(0).equals("PAYMENT") || words.get(0).equals("PMT"))) {
        words.remove(0); // PAYPAL PAYMENT QZVSHOP: the processor's payment to the shop
      }
    }
    StringBuilder out = new StringBuilder(s.length());
    int letters = 0;
    for (int w = 0; w < words.size(); w++) {
      String word = words.get(w);
      // REST is a word of its own inside a name (REST HAVEN); last, it is the column's RESTAURANT.
      String t = w == words.size() - 1 && w > 0 && word.equals("REST") ? "RESTAURANT"
          : ABBREVIATIONS.getOrDefault(word, word);
      if (out.length() == 0 && words.size() >= 2 && US_STATES.contains(word) && isStateColumn(line, townFrom, word)) {
        t = STATE_NAMES.get(word); // AZ WESTERN COLLEGE  YUMA  AZ: the state's own name, abbreviated to fit
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      // Title case (ordinals such as 1ST stay lower case after their digits: 1st); two letters without
      // a vowel are initials and stay capitals (CJ SALOON is CJ Saloon, HP is HP).
      boolean ordinal = Character.isDigit(t.charAt(0));
      boolean initials = t.length() == 2 && !ordinal && isConsonant(t.charAt(0)) && isConsonant(t.charAt(1))
          && !WORD_ABBREVIATIONS.contains(t);
      for (int k = 0; k < t.length(); k++) {
        char c = t.charAt(k);
        boolean first = k == 0 && !ordinal || k > 0 && t.charAt(k - 1) == ' '; // NEW YORK is New York
        out.append(first || t.length() <= 1 || initials ? c : Character.toLowerCase(c)); // Chewy.com too
      }
      letters += t.length();
    }
    // Two letters name a business on a card line (HP, TA #11): its descriptor has nothing else to say.
    boolean twoLetterName = cardPrefix > 0 && words.size() == 1 && !WORD_ABBREVIATIONS.contains(words.get(0))
        && !PLACE_ABBREVIATIONS.contains(words.get(0)) && !TRAILING.contains(words.get(0));
    if (letters < (twoLetterName ? 2 : 3) || GENERIC.containsAll(words)) {
      return null; // nothing left, or only words that name nobody
    }
    return out.toString();
  }
}
