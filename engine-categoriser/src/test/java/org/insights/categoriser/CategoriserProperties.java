package org.insights.categoriser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.insights.core.AccountInfo;
import org.insights.core.TransactionBatch;

/** A row's result depends only on the row: not on the other rows, their order or repetition. */
class CategoriserProperties {

  private static final List<String> DESCRIPTIONS = List.of("TESCO STORES 2041 LEEDS GB", "DD BRITISH GAS",
      "BGC ACME LTD SALARY", "AMAZON.CO.UK", "UBER BV PAYOUT", "UBER *TRIP", "ZZQY WIDGETRY", "John Smith",
      "DWP UC", "SQ *BLUE BOTTLE CA", "CHECK CRD PURCHASE 11/11 AHI SUSHI & GRILL   ALPINE   CA 1111", "",
      "OVERDRAFT INTEREST", "pot_1234xxxx", "CASH LEEDS 1234",
      // Look-alikes: each pair normalises alike but differs in what else the decision reads (where the
      // merchant column begins, a card prefix, case, double spaces, a pot id).
      "CONTACTLESS PINK STUDIO", "CONTACTLESS-PINK STUDIO", "POS MARIOS RESTAU", "POS-MARIOS RESTAU",
      "CHECK CRD PURCHASE 11/11 HOOTERS MOBILE  MOBILE  AL", "Pot 1234", "John  Smith", "JOHN SMITH");

  @Provide
  Arbitrary<List<int[]>> rows() {
    // {description index, amount sign, mcc or -1, amount in minor units}: the same description
    // recurs with amounts in different bands, which the model reads.
    return Arbitraries.integers().between(0, DESCRIPTIONS.size() - 1)
        .flatMap(d -> Arbitraries.of(-1, 1).flatMap(sign -> Arbitraries.of(-1, 5411, 5812, 4121)
            .flatMap(mcc -> Arbitraries.of(150, 1_999, 4_500, 30_000, 260_000)
                .map(amount -> new int[] {d, sign, mcc, amount}))))
        .list().ofMinSize(1).ofMaxSize(60);
  }

  private static TransactionBatch batch(List<int[]> rows) {
    TransactionBatch.Builder b = TransactionBatch.builder(AccountInfo.of("a", "GBP", "GB")
        .withBalances(OptionalLong.of(0), OptionalLong.empty()));
    for (int k = 0; k < rows.size(); k++) {
      int[] r = rows.get(k);
      int row = b.add("t" + k, (long) r[1] * r[3], 19_000 + k % 7, true, DESCRIPTIONS.get(r[0]));
      if (r[2] >= 0) {
        b.merchant(row, null, r[2]);
      }
    }
    return b.build();
  }

  @Property(tries = 300)
  void eachRowMatchesItsOwnSingleRowBatch(@ForAll("rows") List<int[]> rows) {
    TransactionBatch all = batch(rows);
    Categorisation c = Categoriser.DEFAULT.categorise(all, CategoriserOptions.defaults());
    for (int k = 0; k < rows.size(); k++) {
      Categorisation alone = Categoriser.DEFAULT.categorise(batch(List.of(rows.get(k))), CategoriserOptions.defaults());
      assertThat(c.categoryId(k)).isEqualTo(alone.categoryId(0));
      assertThat(c.classId(k)).isEqualTo(alone.classId(0));
      assertThat(c.categoryConfidence(k)).isEqualTo(alone.categoryConfidence(0));
      assertThat(c.merchantName(k)).isEqualTo(alone.merchantName(0));
      assertThat(c.categoryConfidence(k)).isBetween(0f, 1f);
    }
  }

  @Property(tries = 100)
  void reversingTheRowsReversesTheResults(@ForAll("rows") List<int[]> rows) {
    List<int[]> reversed = new java.util.ArrayList<>(rows);
    java.util.Collections.reverse(reversed);
    Categorisation a = Categoriser.DEFAULT.categorise(batch(rows), CategoriserOptions.defaults());
    Categorisation b = Categoriser.DEFAULT.categorise(batch(reversed), CategoriserOptions.defaults());
    int n = rows.size();
    for (int k = 0; k < n; k++) {
      assertThat(b.categoryId(n - 1 - k)).isEqualTo(a.categoryId(k));
      assertThat(b.merchantName(n - 1 - k)).isEqualTo(a.merchantName(k));
    }
  }

  @Provide
  Arbitrary<String> anyDescription() {
    // Free text, and text built from the pieces the hand-written parsing looks for: card prefixes,
    // dates, stars, runs of spaces, apostrophes, masks, digits glued to names, accents, bars.
    Arbitrary<String> pieces = Arbitraries.of("CHECK CRD PURCHASE 11/11 ", "CHECKCARD 0212 ", "POS ", "VIS", "DD ",
        "SQ *", "PAYPAL *", "*", "  ", "   ", " ON 12 MAR ", "CLP", "'", "\u2019", "XXXX1234", "STARBUCKS1111",
        "RESTAU", "INN", "MOBILE", "|", "&", "1ST", "Café", "ß", "\u0301", "pot_", "123", "A", "  MOBILE  AL", ",", ",12.50 GBP", " CD 1234", "^", "");
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(80),
        pieces.list().ofMaxSize(12).map(l -> String.join("", l)));
  }

  @Property(tries = 2000)
  void anyDescriptionGivesAValidResultAndNeverThrows(@ForAll("anyDescription") String description,
      @ForAll boolean credit) {
    TransactionBatch.Builder b = TransactionBatch.builder(AccountInfo.of("a", "GBP", "GB"));
    b.add("t", credit ? 1_000L : -1_000L, 19_000, true, description);
    Categorisation c = Categoriser.DEFAULT.categorise(b.build(), CategoriserOptions.defaults());
    assertThat(c.categoryConfidence(0)).isBetween(0f, 1f);
    assertThat(c.classConfidence(0)).isBetween(0f, 1f);
    assertThat(Categoriser.DEFAULT.taxonomy().category(c.categoryId(0))).isNotNull();
    String name = c.merchantName(0);
    if (name != null) {
      assertThat(name).isNotBlank().isEqualTo(name.trim());
    }
    String extracted = MerchantNames.extract(description, w -> false, MerchantNames.US_LOCATIONS);
    if (extracted != null) {
      assertThat(extracted).isNotBlank().isEqualTo(extracted.trim());
    }
  }

  /**
   * The normaliser's single pass leaves where the merchant begins and the letters by case; both agree
   * with computing them apart: the prefix normalised on its own (its word count), and a count of the
   * raw text's ASCII capitals and small letters.
   */
  @Property(tries = 3000)
  void onePassMarksTheMerchantAndCountsLettersAsSeparatePassesWould(
      @ForAll("anyDescription") String description, @ForAll("cardPrefixes") String prefix) {
    String raw = prefix + description;
    int prefixLength = MerchantNames.prefixLength(raw);
    Chars scratch = new Chars(8);
    String normalised = Descriptions.normaliseColumns(raw, prefixLength, scratch, MerchantNames.US_LOCATIONS);
    int upper = 0;
    int lower = 0;
    for (char c : raw.toCharArray()) {
      upper += c >= 'A' && c <= 'Z' ? 1 : 0;
      lower += c >= 'a' && c <= 'z' ? 1 : 0;
    }
    assertThat(scratch.upper).isEqualTo(upper);
    assertThat(scratch.lower).isEqualTo(lower);
    int mark = scratch.mark;
    if (mark >= 0) {
      assertThat(mark).isEqualTo(Categoriser.merchantStart(raw, prefixLength, normalised, new Chars(8)));
    }
    assertThat(prefixLength == 0 || raw.charAt(prefixLength - 1) != ' ' || !raw.chars().allMatch(c -> c < 128)
        || mark >= 0).as("an ASCII line whose prefix ends in a space is marked").isTrue();
  }

  @Provide
  Arbitrary<String> cardPrefixes() {
    return Arbitraries.of("", "CHECK CRD PURCHASE 11/11 ", "RECUR DEBIT CRD PMT11/11 ", "RECUR DBCD PMT INTL11/11 ",
        "POS ", "VDP-", "DD ", "CARD PAYMENT TO ", "PURCHASE AUTHORIZED ON 02/03 ", "DEBIT CRD PUR INTL 11/11  ",
        "HSA RECUR DB CD PMT 11/11 ", "CHECK CRD PURCHASE 11/11", "Card Payment To ", "POS 1234 ");
  }
}
