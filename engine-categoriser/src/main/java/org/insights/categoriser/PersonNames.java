package org.insights.categoriser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells a person's name from a business's on a line no rule explains: {@code JOHN SMITH}, {@code J
 * SMITH}, {@code SMITH J}, {@code MRS A JONES}. App banks write a payment to a person as the
 * person's name, which the model would read as a shop's (clothing at 0.76 for John Smith). Given
 * names come from {@code first-names.txt} (the project's own list of common UK and US names).
 * Static and thread-safe.
 */
final class PersonNames {

  private static final Set<String> GIVEN = load();
  private static final Set<String> TITLES = Set.of("MR", "MRS", "MS", "MISS", "MX");
  /** Words that make two names a business's (SMITH AND CO, GRACE HOUSE). */
  private static final Set<String> BUSINESS = Set.of("LTD", "LIMITED", "INC", "LLC", "CO", "COMPANY", "CORP",
      "GROUP", "SERVICES", "SERVICE", "SOLUTIONS", "STUDIO", "STUDIOS", "DESIGN", "DESIGNS", "PHOTOGRAPHY", "CAKES",
      "HOUSE", "HOME", "GARDEN", "GARDENS", "AND", "THE", "OF", "SONS", "BROS", "TRADING", "ASSOCIATES", "PLC", "LLP");

  private PersonNames() {
  }

  /**
   * @param normalised  a normalised description ({@code " JOHN SMITH "})
   * @param from  the space before the first word to read
   * @param to  where to stop (the end of the merchant column)
   * @param descriptor  whether the line is written as a merchant descriptor (in capitals, with no
   *     bank-transfer prefix): there only a personal title says person (MRS A JONES); a given name
   *     or initials are as often a business's (MARTIN MCCOLL, BLACKWELL S, B M ENGINEERS)
   * @return true when the words there (up to a REF that begins the payer's reference, or a payment
   *     type such as FPI) are a person's name: a title and one to three names; a common given name
   *     and one or two more; or one or two initials before or one after a surname
   */
  static boolean looksLikePerson(String normalised, int from, int to, boolean descriptor) {
    String[] w = new String[4];
    int n = 0;
    for (int i = Math.max(from, 0); i < to; ) {
      int next = normalised.indexOf(' ', i + 1);
      if (next < 0 || next > to) {
        break;
      }
      if (next > i + 1) {
        String word = normalised.substring(i + 1, next);
        if (n >= 2 && (word.equals("REF") || word.equals("REFERENCE") || MerchantNames.PAYMENT_WORDS.contains(word))) {
          break; // the payer's reference or the payment type follows the name (J SMITH REF X, MR J SMITH FPI)
        }
        if (n == w.length) {
          return false;
        }
        for (int k = 0; k < word.length(); k++) {
          if (!Character.isLetter(word.charAt(k))) {
            return false;
          }
        }
        if (BUSINESS.contains(word) || org.insights.categoriser.impl.RuleSet.KINDS_OF_BUSINESS.contains(word)) {
          return false;
        }
        w[n++] = word;
      }
      i = next;
    }
    if (n < 2) {
      return false;
    }
    if (TITLES.contains(w[0])) {
      return n <= 4 && !(descriptor && w[0].equals("MS")); // MS (DISTRIBUTION) LTD
    }
    if (descriptor) {
      return false;
    }
    if (n == 2 && w[0].length() == 1 && w[1].length() >= 3 || n == 2 && w[1].length() == 1 && w[0].length() >= 3) {
      return true; // J SMITH, SMITH J
    }
    if (n == 3 && w[0].length() == 1 && w[1].length() == 1 && w[2].length() >= 3) {
      return true; // J A SMITH
    }
    return n <= 3 && GIVEN.contains(w[0]) && w[n - 1].length() >= 2;
  }

  /**
   * @param normalised  a normalised description ({@code " JOHN SMITH "})
   * @param from  the space before the first word to read
   * @param to  where to stop (the end of the merchant column)
   * @param descriptor  as for {@link #looksLikePerson}
   * @return the space after a personal title that opens a person's name there ({@code MR JOHN
   *     LEWIS}, {@code MRS S SMITH}), or -1
   */
  static int afterTitle(String normalised, int from, int to, boolean descriptor) {
    int f = Math.max(from, 0);
    if (f + 2 >= normalised.length() || normalised.charAt(f + 1) != 'M') {
      return -1; // every title begins with M: most lines cost one compare
    }
    int next = normalised.indexOf(' ', f + 1);
    if (next < 0 || next >= to || next - f > 5 || !TITLES.contains(normalised.substring(f + 1, next))) {
      return -1; // (a title has at most four letters: MORRISONS costs no string)
    }
    return looksLikePerson(normalised, from, to, descriptor) ? next : -1;
  }

  /** @return true when {@code upperCaseWord} is a common given name ({@code MAX}, {@code DAVE}) */
  static boolean isGivenName(String upperCaseWord) {
    return GIVEN.contains(upperCaseWord);
  }

  private static Set<String> load() {
    Set<String> names = new HashSet<>();
    try (InputStream in = PersonNames.class.getResourceAsStream("first-names.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.startsWith("#")) {
          for (String name : line.trim().split("\\s+")) {
            if (!name.isEmpty()) {
              names.add(name);
            }
          }
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return Set.copyOf(names);
  }
}
