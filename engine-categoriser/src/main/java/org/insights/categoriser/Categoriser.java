package org.insights.categoriser;

import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.insights.categoriser.impl.Features;
import org.insights.categoriser.impl.RuleMatcher;
import org.insights.categoriser.impl.LinearModel;
import org.insights.categoriser.impl.RuleSet;
import org.insights.core.TransactionBatch;

/**
 * Categorises transactions (SPEC section 4): category, class (payment type), calibrated-style
 * confidence and a clean merchant name for every row.
 * <p>
 * Rules: one pass of an Aho-Corasick automaton over the normalised description finds merchants
 * (the project's own list of UK and US merchants, payers and lenders, and brands from the
 * OpenStreetMap Name Suggestion Index), description cues, UK benefit payment codes and US
 * government payers; the merchant category code decides debits the description leaves open. The
 * direction matters: a known shop on a credit is a refund from it. What no rule recognises, the
 * linear model decides from the words, the direction, the amount band and the MCC. Identical
 * descriptions in a batch are computed once (per amount band where the model decided); a row's
 * result depends only on its own description, direction, amount band, MCC, merchant name and
 * transaction code, never on the other rows or their order.
 * <p>
 * Stateless and thread-safe; use {@link #DEFAULT}.
 */
public final class Categoriser {

  /** Categories that exist in one country only: no account of the other country receives or pays them. */
  private static final java.util.Set<String> GB_ONLY = java.util.Set.of("universal_credit", "child_benefit",
      "carers_allowance", "housing_benefit", "tax_credits", "state_pension", "council_tax");
  private static final java.util.Set<String> US_ONLY = java.util.Set.of("social_security");

  /** The categoriser with the shipped rules (declared after the constants its constructor reads). */
  public static final Categoriser DEFAULT = loadDefault();

  /**
   * The model loads on a second thread while the automaton is built: together they are most of
   * the cold start, and neither needs the other.
   */
  private static Categoriser loadDefault() {
    java.util.concurrent.CompletableFuture<LinearModel> model =
        java.util.concurrent.CompletableFuture.supplyAsync(LinearModel::loadDefault);
    RuleSet rules = RuleSet.load();
    try {
      return new Categoriser(rules, Taxonomy.DEFAULT, Calibration.load(), model.join());
    } catch (java.util.concurrent.CompletionException ex) {
      if (ex.getCause() instanceof RuntimeException cause) {
        throw cause; // the model's own error, not the wrapper
      }
      throw ex;
    }
  }

  /** The same rules without calibration, for building the calibration table. */
  static Categoriser uncalibrated() {
    return new Categoriser(RuleSet.load(), Taxonomy.DEFAULT, Calibration.NONE, LinearModel.loadDefault());
  }

  /** The largest request Atto accepts; larger Atto-compatible requests are refused. */
  public static final int ATTO_REQUEST_LIMIT = 5_000;

  private final RuleSet rules;
  private final java.util.function.Predicate<String> knownWord;
  private final Taxonomy taxonomy;
  private final IntOpenHashSet wantsMerchant = new IntOpenHashSet();
  /**
   * Money moved between people or accounts (and into savings): never a merchant's name, whatever the
   * line's prefix, and never the model's word on a card purchase.
   */
  private final IntOpenHashSet transfers = new IntOpenHashSet();
  private final int p2p;
  private final int refundCategory;
  private final int cashDeposit;
  private final int transfer;
  private final int ownTransfer;
  private final int transferClass;
  private final int chequeClass;
  private final int posClass;
  private final int feeClass;
  private final int unclassifiedClass;
  private final int otherIncome;

  /** Descriptions that are a cheque word and nothing else once its number is gone ({@code CHECK 1234}). */
  private static final java.util.Set<String> BARE_CHEQUES = java.util.Set.of(" CHECK ", " CHK ", " CHQ ", " CHEQUE ",
      " CHECK PAID ", " CHEQUE PAID ", " CHQ PAID ", " CHECK NO ", " CHQ NO ", " CHEQUE NO ", " WITHDRAWAL CHECK ",
      " CHECK WITHDRAWAL ", " SHARE DRAFT ", " DRAFT ", " DRAFT NO "); // a credit union's cheque is a (share) draft

  /**
   * @return true when {@code raw} ends in a card descriptor's location column: after a run of
   *     spaces, a town or phone number and a two-letter state or country code ({@code JENNY CRAIG
   *     800-555-1234 CA}), where a person's payment has a reference ({@code J SMITH  REF 1234})
   */
  private static boolean isLocationColumn(String raw) {
    int gap = raw.indexOf("  ");
    String t = raw.stripTrailing();
    int n = t.length();
    return gap > 0 && n - gap > 4 && t.charAt(n - 3) == ' ' && Character.isUpperCase(t.charAt(n - 2))
        && Character.isUpperCase(t.charAt(n - 1));
  }

  /** A model probability below which a class chosen among the allowed ones is no reading at all. */
  private static final float NO_EVIDENCE = 0.05f;

  /** The strength of the transfer prefixes' cue for a payee no rule knows (^FPO, ^STANDING ORDER: 0.55). */
  private static final float WEAK_TRANSFER_CUE = 0.55f;

  /** The amount band from 250.00 up: a company's payment in of that much is no refund (see categorise). */
  private static final int LARGE_CREDIT_BAND = Features.amountBand(25_000);

  /** Words that end a company's name: a payer so named is no person and none of the customer's accounts. */
  private static final String[] COMPANY_WORDS = {" LTD ", " LIMITED ", " PLC ", " LLP ", " INC ", " LLC ", " CORP ",
      " CORPORATION ", " GMBH ", " HOLDINGS "};

  private static boolean namesCompany(String normalised) {
    for (String w : COMPANY_WORDS) {
      if (normalised.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** @return true when {@code raw} has a word of two or more letters, all of them capitals (ACME, LTD) */
  static boolean hasWordInCapitals(String raw) {
    int run = 0;
    boolean onlyCapitals = true;
    for (int i = 0; i <= raw.length(); i++) {
      char c = i < raw.length() ? raw.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        run++;
        onlyCapitals &= Character.isUpperCase(c);
      } else {
        if (run >= 2 && onlyCapitals) {
          return true;
        }
        run = 0;
        onlyCapitals = true;
      }
    }
    return false;
  }

  private static boolean isBareCheque(String normalised) {
    return normalised.length() <= 18 && BARE_CHEQUES.contains(normalised);
  }

  private final Calibration calibration;
  private final LinearModel model;
  private final boolean[] incomeCategory;
  private final boolean[] spendCategory;
  /**
   * Model classes excluded, by {@code 3 * country + kind} with country 0 unknown, 1 GB, 2 US and
   * kind 1 a card purchase, 2 a payment from or to a company, else 0: on card purchases the classes
   * that need a rule's evidence (see the constructor); where a company pays or is paid (ACME LTD,
   * QZV HOLDINGS) a transfer between people or the customer's own accounts, which that is not; and
   * another country's benefits and taxes (Universal Credit and council tax are British; Social
   * Security is American). Null: none.
   */
  private final boolean[][] excludedByModel = new boolean[9][];

  private Categoriser(RuleSet rules, Taxonomy taxonomy, Calibration calibration, LinearModel model) {
    this.calibration = calibration;
    this.model = model;
    int k = model == null ? 0 : model.classes();
    incomeCategory = new boolean[k];
    spendCategory = new boolean[k];
    // Classes a card purchase needs a rule's evidence for: repayments of debt and bank charges (the
    // affordability type Debt), savings, investments, cash drawn and transfers (gambling needs it on
    // any line: below). A card payment at a merchant no rule knows is spending; the model's reading
    // of lending into unknown words (MART, TOWER, CARD) would put a payday loan on an underwriter's
    // desk, and of a transfer into TO (GOURMET TO YOU) a payment to a person.
    for (String key : RuleMatcher.MOVED) {
      transfers.add(taxonomy.categoryByKey(key).id());
    }
    boolean[] needsEvidence = new boolean[k];
    for (int c = 0; c < k; c++) {
      Category category = taxonomy.category(model.categoryId(c));
      String type = category.affordabilityType();
      incomeCategory[c] = type.equals("Income");
      spendCategory[c] = type.equals("Fixed") || type.equals("Flexible") || type.equals("Debt");
      // (Cash drawn on a card line is said in words, CASH WITHDRAWAL or ATM, not read into a shop's
      // name: QZV CASH SAVER.)
      needsEvidence[c] = type.equals("Debt") || transfers.contains(category.id())
          || category.key().equals("investments") || category.key().equals("cash_withdrawal");
    }
    for (int slot = 0; slot < excludedByModel.length; slot++) {
      int country = slot / 3;
      boolean card = slot % 3 == 1;
      boolean company = slot % 3 == 2;
      boolean[] excluded = new boolean[k];
      boolean any = false;
      for (int c = 0; c < k; c++) {
        String key = taxonomy.category(model.categoryId(c)).key();
        // Gambling needs a rule's word on any line: the model reads it into letters (BET in
        // BETTERHELP, a therapy service, at 0.35), and a gambling flag weighs on an underwriter.
        excluded[c] = card && needsEvidence[c] || key.equals("gambling")
            || country == 1 && US_ONLY.contains(key) || country == 2 && GB_ONLY.contains(key)
            || company && (key.equals("p2p_transfer") || key.equals("own_transfer"));
        any |= excluded[c];
      }
      excludedByModel[slot] = any ? excluded : null;
    }
    this.rules = rules;
    this.knownWord = rules::knowsWord;
    this.taxonomy = taxonomy;
    // Spending categories carry a merchant name; transfers, income, cash, fees and taxes do not.
    for (Category c : taxonomy.categories()) {
      boolean spend = c.affordabilityType().equals("Flexible") || c.affordabilityType().equals("Fixed")
          || c.id() == 0 || c.key().equals("flight") || c.key().equals("holidays") || c.key().equals("gambling")
          || c.key().equals("bnpl") || c.key().equals("credit_card_repayment") || c.key().equals("car_finance");
      boolean never = c.key().equals("council_tax") || c.key().equals("rent") || c.key().equals("mortgage")
          || c.key().equals("property_charges") || c.key().equals("pension_contribution");
      if (spend && !never) {
        wantsMerchant.add(c.id());
      }
    }
    this.p2p = taxonomy.categoryByKey("p2p_transfer").id();
    this.refundCategory = taxonomy.categoryByKey("refund").id();
    this.cashDeposit = taxonomy.categoryByKey("cash_deposit").id();
    this.transfer = taxonomy.categoryByKey("transfer").id();
    this.ownTransfer = taxonomy.categoryByKey("own_transfer").id();
    this.transferClass = taxonomy.classByKey("transfer").id();
    this.chequeClass = taxonomy.classByKey("cheque").id();
    this.posClass = taxonomy.classByKey("pos").id();
    this.feeClass = taxonomy.classByKey("fee").id();
    this.unclassifiedClass = taxonomy.classByKey("unclassified").id();
    this.otherIncome = taxonomy.categoryByKey("other_income").id();
  }

  /**
   * The model decides what no rule recognised: its best category with its probability, as long as
   * the direction makes sense (no income on a debit, no spending on a credit).
   */
  private void applyModel(RuleMatcher m, String normalised, int columnEnd, boolean credit, boolean[] excluded,
      int band, int mcc, int[] features, double[] scores, float[] probability) {
    int n = Features.extract(normalised, columnEnd, credit, band, mcc, features);
    int c = model.predict(features, n, scores, probability, excluded);
    if (credit ? spendCategory[c] : incomeCategory[c]) {
      return;
    }
    if (excluded != null && probability[0] < NO_EVIDENCE) {
      // Chosen only because likelier classes were barred, at next to no probability: the model has
      // no reading of the line (a payment to QZV HOLDINGS it took for a person's); the fallbacks decide.
      return;
    }
    m.categoryId = model.categoryId(c);
    m.confidence = probability[0];
    m.source = RuleMatcher.SOURCE_MODEL;
    if (m.classId == unclassifiedClass) {
      m.classId = credit ? transferClass : posClass;
      m.classConfidence = 0.6f;
    }
  }

  /**
   * Card schemes pad a name to its field before a star ({@code UBER   *EATS}, {@code AARP
   * *FOUNDATION}). The run of spaces is no gap between the merchant's column and the town's when the
   * words either side of the star name a brand together (Uber Eats, not Uber's rides); otherwise
   * the line stays as it is, and the merchant is the name before the star (AARP; the words after it
   * say what was sold).
   *
   * @param m  a matcher to use (its state is replaced by the row's own match afterwards)
   * @return the description with one space before the star, or {@code raw} itself
   */
  private static String joinedAtStar(String raw, RuleMatcher m, boolean credit) {
    String joined = Descriptions.starJoined(raw);
    int star = joined.indexOf(" *");
    int from = joined.lastIndexOf(' ', star - 1) + 1;
    int to = star + 2;
    while (to < joined.length() && Character.isLetterOrDigit(joined.charAt(to))) {
      to++;
    }
    if (star <= from || to == star + 2) {
      return raw;
    }
    String before = Descriptions.normalise(joined.substring(from, star));
    String pair = Descriptions.normalise(joined.substring(from, star) + " " + joined.substring(star + 2, to));
    m.match(pair, pair.length(), 0, -1, credit, false);
    String together = m.source == RuleMatcher.SOURCE_MERCHANT ? m.merchantName : null;
    m.match(before, before.length(), 0, -1, credit, false);
    String alone = m.source == RuleMatcher.SOURCE_MERCHANT ? m.merchantName : null;
    return together != null && !together.equals(alone) ? joined : raw;
  }

  /**
   * Sets the row to what the bank's PURCHASE code alone says: a purchase at point of sale, of what
   * and from whom unknown (uncategorised at 0).
   */
  private void unknownPurchase(RuleMatcher m) {
    m.categoryId = 0;
    m.confidence = 0f;
    m.classId = posClass;
    m.classConfidence = 0.6f;
    m.source = RuleMatcher.SOURCE_CODE;
  }

  /**
   * NatWest separates a payment's fields with a comma between spaces (J SMITH , BIRTHDAY , FP
   * 12/03/24 1021 , 123456789): the payer is the first field alone.
   *
   * @return where the first field ends in {@code normalised}, or {@code columnEnd} when the line has
   *     no such separator
   */
  private static int firstFieldEnd(String raw, String normalised, int columnEnd) {
    int field = raw.indexOf(" , ");
    if (field <= 0) {
      return columnEnd;
    }
    String first = Descriptions.normalise(raw.substring(0, field));
    int end = first.length() - 1; // (the normalised field ends with a space, as the line goes on with one)
    return end > 0 && end < columnEnd && normalised.startsWith(first) ? end : columnEnd;
  }

  /** @return whether a person's name follows the line's FROM */
  private static boolean personAfterFrom(String normalised, int columnEnd) {
    int at = normalised.indexOf(" FROM ");
    return at >= 0 && at < columnEnd && PersonNames.looksLikePerson(normalised, at + 5, columnEnd, false);
  }

  /**
   * When no rule fired: a mixed-case description is a reference typed by a person, which banks
   * show on transfers between people; a description with no words left (only references and
   * masks) is a transfer too, unless the bank's code says a purchase (then only the class is known).
   * Both at low confidence.
   */
  private void fallback(RuleMatcher m, String raw, String normalised, boolean lower, boolean credit,
      boolean cardCredit, boolean purchaseCode) {
    boolean noWords = normalised.replace("|", "").isBlank();
    if (cardCredit) {
      // Money back on a card line that no rule explains (a reversal, a return under a prefix of
      // another bank's) comes from a merchant: a refund.
      m.categoryId = refundCategory;
      m.confidence = 0.6f;
      m.classId = posClass;
      m.classConfidence = 0.6f;
    } else if (noWords && purchaseCode) {
      // Only references left, but the bank's code says a purchase: from whom, and what, is unknown.
      m.classId = posClass;
      m.classConfidence = 0.6f;
    } else if (noWords) {
      m.categoryId = transfer;
      m.confidence = 0.45f;
      // A masked card number (************1234) is what a card payment leaves when its merchant is lost.
      m.classId = !credit && raw.contains("****") ? posClass : transferClass;
      m.classConfidence = 0.5f;
    } else if (lower && !raw.contains("  ") && !namesCompany(normalised)) {
      // (Not when it names a company: Bank credit ACME WIDGETS LTD is an employer's or a client's.)
      m.categoryId = p2p;
      m.confidence = 0.5f;
      m.classId = transferClass;
      m.classConfidence = 0.55f;
    }
  }

  /**
   * @return true when row {@code row}'s result holds for a look-alike in amount band {@code band}:
   *     a result the model gave (or weighed), or a company's payment in, depends on the band too;
   *     other rules' do not
   */
  private static boolean reusable(int row, int band, boolean[] byBand, long[] amounts) {
    return !byBand[row] || Features.amountBand(amounts[row]) == band;
  }

  private static void copyRow(int from, int to, int[] category, float[] confidence, int[] klass,
      float[] classConfidence, int[] merchant, byte[] source, boolean[] byBand) {
    byBand[to] = byBand[from];
    category[to] = category[from];
    confidence[to] = confidence[from];
    klass[to] = klass[from];
    classConfidence[to] = classConfidence[from];
    merchant[to] = merchant[from];
    source[to] = source[from];
  }

  /**
   * @return the index in {@code normalised} of the space before the first word after the
   *     payment-type prefix of {@code raw} (whose length is {@code prefix})
   */
  static int merchantStart(String raw, int prefix, String normalised, Chars scratch) {
    if (prefix == 0) {
      return 0;
    }
    // The prefix normalises to the first words of the description: skip as many.
    int words = Descriptions.wordCount(raw, prefix, scratch);
    int at = 0;
    for (int k = 0; k < words && at >= 0; k++) {
      at = normalised.indexOf(' ', at + 1);
    }
    return Math.max(at, 0);
  }

  /**
   * @return the space before the second word when the first (at {@code start}) is a short scheme
   *     token (three letters or fewer: SQ, TST) or a payment processor (PAYPAL), else -1
   */
  private static int secondWord(String normalised, int start) {
    int next = normalised.indexOf(' ', start + 1);
    if (next < 0) {
      return -1;
    }
    if (next - start <= 4) {
      return next;
    }
    for (String processor : PROCESSORS) {
      if (normalised.startsWith(processor, start)) {
        return next; // PAYPAL *NETFLIX: the merchant follows the processor
      }
    }
    return -1;
  }

  /**
   * Words a payment processor's soft descriptor glues to the merchant's name: country codes, legal
   * forms, web domains and shop words (PAYPAL *LIDLGB, PAYPAL *ARGOSLTD, PAYPAL *ASOSCOMLTD).
   */
  private static final String[] GLUED_SUFFIXES = {"GB", "UK", "IE", "EU", "US", "USA", "LTD", "LIMITED", "PLC",
      "BV", "INC", "LLC", "COM", "COUK", "CO", "NET", "ORG", "STORES", "STORE", "SHOP", "ONLINE", "RETAIL",
      "DIRECT", "GROUP", "EUROPE", "INTERNATIONAL", "INTL", "SERVICES", "DIGITAL", "APP", "APPS"};

  /**
   * A star line whose merchant is one glued word that no rule knew (PAYPAL *LIDLGB): matched again
   * with the name before glued suffixes (LIDL), the longest such name first, when the rest is nothing
   * but those suffixes, the last perhaps cut by the descriptor's width (PAYPAL *NEXTRETAILL,
   * SAINSBURYSS); or completed, when it is the start of one glued brand cut at that width. Kept only
   * when a merchant, not a processor, is then named; else the first reading stands.
   */
  private void matchUnglued(RuleMatcher m, String normalised, int columnEnd, int start, int second, boolean credit,
      boolean cardPrefix) {
    int end = normalised.indexOf(' ', second + 1);
    if (end != columnEnd - 1 || end - second - 1 < 6) {
      return; // not one word ending the column
    }
    for (int k = end - 1; k - second - 1 >= 4; k--) {
      if (!onlyGluedSuffixes(normalised, k, end) || !rules.knowsWord(normalised.substring(second + 1, k))) {
        continue;
      }
      String unglued = normalised.substring(0, k) + normalised.substring(end);
      m.match(unglued, columnEnd - (end - k), start, second, credit, cardPrefix);
      if (m.merchantName != null && !m.nameIsProcessor) {
        return;
      }
    }
    // A glued brand cut at the descriptor's width (PAYPAL *HOLLANDBARRE): the one glued brand it begins.
    String token = normalised.substring(second + 1, end);
    String whole = token.length() >= 8 && !rules.knowsWord(token) ? rules.onlyLongerWord(token) : null;
    if (whole != null) {
      String completed = normalised.substring(0, second + 1) + whole + normalised.substring(end);
      m.match(completed, columnEnd + whole.length() - token.length(), start, second, credit, cardPrefix);
      if (m.merchantName != null && !m.nameIsProcessor) {
        return;
      }
    }
    m.match(normalised, columnEnd, start, second, credit, cardPrefix);
  }

  /** Whether {@code text[from, to)} is a run of glued suffixes, the last of them perhaps cut short. */
  private static boolean onlyGluedSuffixes(String text, int from, int to) {
    if (from == to) {
      return true;
    }
    for (String suffix : GLUED_SUFFIXES) {
      int n = Math.min(suffix.length(), to - from);
      if (text.regionMatches(from, suffix, 0, n) && (n < suffix.length() || onlyGluedSuffixes(text, from + n, to))) {
        return true;
      }
    }
    return false;
  }

  /** Payment processors whose name comes before the merchant's in a descriptor (normalised). */
  private static final String[] PROCESSORS = java.util.stream.Stream.concat(RuleSet.PROCESSORS.stream(),
      RuleSet.APP_STORES.stream()).map(p -> " " + p + " ").toArray(String[]::new);

  /** @return the account's country, else the one its currency implies (GBP: GB, USD: US), else null */
  private static String country(org.insights.core.AccountInfo account) {
    if (account.countryCode() != null) {
      return account.countryCode();
    }
    String currency = account.currencyCode();
    return "GBP".equals(currency) ? "GB" : "USD".equals(currency) ? "US" : null;
  }

  /** Words that stay in small letters inside a name written in title case. */
  private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("of", "the", "and", "a", "at", "in",
      "on", "for", "by", "de", "la", "le", "du", "da", "di", "von", "van", "&");

  /**
   * @return true for a short name written in title case: two to six words, each opening with a
   *     capital but the particles of names (of, the, and, de...), no digits, no reference marks
   */
  static boolean isTitleCase(String raw) {
    int n = raw.length();
    int words = 0;
    int i = 0;
    while (i < n) {
      while (i < n && raw.charAt(i) == ' ') {
        i++;
      }
      if (i == n) {
        break;
      }
      int begin = i;
      while (i < n && raw.charAt(i) != ' ') {
        char c = raw.charAt(i);
        if (Character.isDigit(c) || c == '*' || c == '/' || c == '#' || c == ':') {
          return false;
        }
        i++;
      }
      words++;
      if (words > 6 || !Character.isUpperCase(raw.charAt(begin))
          && !NAME_PARTICLES.contains(raw.substring(begin, i))) {
        return false; // (the particle check copies a word only for a word in small letters)
      }
    }
    return words >= 2;
  }

  /** @return the taxonomy the results refer to */
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /**
   * Categorises every row of a batch.
   *
   * @param batch  the transactions
   * @param options  the options
   * @return columns aligned to the batch
   */
  public Categorisation categorise(TransactionBatch batch, CategoriserOptions options) {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(options, "options");
    int n = batch.size();
    int[] category = new int[n];
    float[] confidence = new float[n];
    int[] klass = new int[n];
    float[] classConfidence = new float[n];
    int[] merchant = new int[n];
    byte[] source = new byte[n];
    List<String> names = new ArrayList<>();
    Object2IntOpenHashMap<String> nameIds = new Object2IntOpenHashMap<>();
    nameIds.defaultReturnValue(-1);
    String country = country(batch.account());
    RuleMatcher m = new RuleMatcher(rules, country);
    int countrySlot = "GB".equals(country) ? 1 : "US".equals(country) ? 2 : 0;
    // Where a one-space line's US town and state begin: a US account's, an unknown country's on a
    // card line's evidence, no other country's (OXFORD BUS CO is no town in Colorado).
    int locations = countrySlot == 2 ? MerchantNames.US_LOCATIONS
        : country == null ? MerchantNames.LOCATIONS_WITH_EVIDENCE : MerchantNames.NO_LOCATIONS;
    Chars scratch = new Chars(256);
    int[] features = new int[Features.MAX_FEATURES];
    // Rows whose result depends on the amount band: the model's, and a company's payment in (below).
    boolean[] byBand = new boolean[n];
    double[] scores = new double[model == null ? 0 : model.classes()];
    float[] probability = new float[1];
    // Rows whose descriptions normalise alike, by what else the decision reads from the raw text.
    it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<Object2IntOpenHashMap<String>> byNormalised =
        new it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<>();
    // Cache by (description id, direction): identical descriptions are computed once.
    int[] cacheRow = new int[batch.dictionarySize() * 2];
    java.util.Arrays.fill(cacheRow, -1);
    long[] amounts = batch.amountsUnsafe();
    int[] descriptionIds = batch.descriptionIdsUnsafe();
    for (int i = 0; i < n; i++) {
      boolean credit = amounts[i] > 0;
      int mcc = batch.merchantCategoryCode(i);
      int merchantNameId = batch.merchantNameId(i);
      int codeId = batch.transactionCodeId(i);
      int subCodeId = batch.transactionSubCodeId(i);
      // Rows whose result depends on more than their description are computed alone.
      boolean plain = mcc == TransactionBatch.NONE && merchantNameId == TransactionBatch.NONE
          && codeId == TransactionBatch.NONE && subCodeId == TransactionBatch.NONE;
      int key = descriptionIds[i] * 2 + (credit ? 1 : 0);
      int done = cacheRow[key];
      int band = Features.amountBand(amounts[i]);
      if (done >= 0 && plain && reusable(done, band, byBand, amounts)) {
        copyRow(done, i, category, confidence, klass, classConfidence, merchant, source, byBand);
        continue;
      }
      String raw = Descriptions.unescaped(batch.description(i));
      if (raw.indexOf("  *") >= 0) {
        raw = joinedAtStar(raw, m, credit);
      }
      int prefix = MerchantNames.prefixLength(raw);
      String normalised = Descriptions.normaliseColumns(raw, prefix, scratch, locations);
      String rewritten = scratch.lower >= 2 ? Descriptions.ungluedTown(raw) : raw;
      if (rewritten == raw) {
        rewritten = Descriptions.digitBrandsGlued(raw, normalised, prefix, scratch.mark);
      }
      if (rewritten != raw) {
        raw = rewritten;
        prefix = MerchantNames.prefixLength(raw);
        normalised = Descriptions.normaliseColumns(raw, prefix, scratch, locations);
      }
      // A card line is a merchant descriptor in any case; otherwise the letters' case says.
      boolean cardLine = prefix > 0;
      // ASCII letters by case, counted by the normaliser: a line of capitals (more than twice as many
      // as small letters) is a merchant descriptor; a line with small letters was typed by a person or an app.
      int upper = scratch.upper;
      int lowerCount = scratch.lower;
      boolean lower = lowerCount > 0;
      int start = scratch.mark >= 0 ? scratch.mark : merchantStart(raw, prefix, normalised, scratch);
      // Capitals mark a merchant descriptor; so does a line with none at all (some banks' exports
      // write every line in small letters; a person's typed reference mixes them).
      // So does a scheme's or processor's star near the start (AMZ*Cameta Camera, SQ *Blue Bottle).
      int star = raw.indexOf('*', prefix);
      boolean schemeStar = star > prefix && star - prefix <= 8;
      boolean descriptor = cardLine || upper > 2 * lowerCount || upper == 0 && lower || schemeStar;
      // An app bank's export names the merchant cleanly, in title case (Blue Door Studio); a typed
      // reference is written as a sentence (Dinner with Sam).
      boolean titleCase = !descriptor && lower && isTitleCase(raw);
      // Descriptions that differ only in references and store numbers normalise alike; the key also
      // carries everything else the decision reads from the raw text (where the merchant column
      // begins, the flags, what the fallbacks look at), so that a row's result never depends on
      // which of its look-alikes came first.
      Object2IntOpenHashMap<String> sameMap = null;
      if (plain) {
        int rawKey = start << 6 | (credit ? 1 : 0) | (descriptor ? 2 : 0) | (lower ? 4 : 0)
            | (cardLine ? 8 : 0) | (raw.contains("  ") ? 16 : 0) | (titleCase ? 32 : 0);
        sameMap = byNormalised.get(rawKey);
        if (sameMap == null) {
          sameMap = new Object2IntOpenHashMap<>();
          sameMap.defaultReturnValue(-1);
          byNormalised.put(rawKey, sameMap);
        }
        int same = sameMap.getInt(normalised);
        if (same >= 0 && reusable(same, band, byBand, amounts)) {
          copyRow(same, i, category, confidence, klass, classConfidence, merchant, source, byBand);
          cacheRow[key] = i;
          continue;
        }
      }
      int bar = normalised.indexOf('|');
      int columnEnd = bar < 0 ? normalised.length() : bar;
      boolean cardPrefix = MerchantNames.isCardPrefix(raw, prefix);
      int second = secondWord(normalised, start);
      // MR JOHN LEWIS paid or paying by transfer is a person, not the brand named after people (John
      // Lewis, Samuel Smith's). On a card line a title opens a shop's name (MR MUTT DOG WASH).
      int titleEnd = cardPrefix ? -1
          : PersonNames.afterTitle(normalised, start, columnEnd, descriptor && prefix == 0);
      m.match(normalised, columnEnd, start, second, credit, cardPrefix, titleEnd);
      if ((m.source == RuleMatcher.SOURCE_NONE || m.nameIsProcessor) && second > 0 && schemeStar) {
        matchUnglued(m, normalised, columnEnd, start, second, credit, cardPrefix);
      }
      String bankMerchant = batch.string(merchantNameId);
      if (bankMerchant == null || bankMerchant.isBlank()) {
        bankMerchant = MerchantNames.labelledMerchant(raw); // ... Merchant name: Hiscox Inc
      }
      if (bankMerchant != null && !bankMerchant.isBlank()) {
        m.matchMerchantName(Descriptions.normalise(bankMerchant));
      }
      if (m.source == RuleMatcher.SOURCE_NONE && lower && !descriptor && !credit && raw.length() <= 40) {
        // An app bank's line that is a merchant's display name exactly (Apple, Next), unless it is a
        // given name too (Max, Dave): a person paid from the app is written so as well.
        String name = raw.trim();
        if (name.indexOf(' ') >= 0 || !PersonNames.isGivenName(name.toUpperCase(java.util.Locale.ROOT))) {
          m.matchDisplayName(name);
        }
      }
      if (mcc != TransactionBatch.NONE && !credit) {
        m.applyMcc(mcc);
      }
      if (codeId != TransactionBatch.NONE || subCodeId != TransactionBatch.NONE) {
        m.applyTransactionCode(batch.string(codeId), batch.string(subCodeId));
      }
      if (m.categoryId == p2p && m.source == RuleMatcher.SOURCE_CUE && m.confidence <= WEAK_TRANSFER_CUE
          && namesCompany(normalised)) {
        // A transfer prefix before a payee no rule knows says a person (FPO J SMITH); a company
        // named there (STANDING ORDER QZV HOLDINGS LTD) is none: the model reads the rest.
        m.categoryId = 0;
        m.confidence = 0f;
        m.source = RuleMatcher.SOURCE_NONE;
      }
      if (m.source == RuleMatcher.SOURCE_NONE && isBareCheque(normalised)) {
        // A cheque and its number say nothing of whom it paid: a transfer out or money paid in,
        // weakly. Never what the model reads into CHECK (cheque cashers are payday lenders).
        m.categoryId = credit ? otherIncome : transfer;
        m.confidence = 0.5f;
        m.classId = chequeClass;
        m.classConfidence = 0.9f;
        m.source = RuleMatcher.SOURCE_CUE;
      }
      // The bank's own code says a card purchase: no person-to-person payment, whatever the words.
      boolean purchaseCode = codeId != TransactionBatch.NONE && "PURCHASE".equals(batch.string(codeId));
      if (credit && m.source == RuleMatcher.SOURCE_CUE && m.categoryId == ownTransfer
          && personAfterFrom(normalised, columnEnd)) {
        // TRANSFER FROM names the customer's own account (TRANSFER FROM 20-30-40 12345678, FROM
        // SAVINGS); from a person (INTERAC E-TRANSFER FROM JOHN SMITH) it is a payment between people.
        // (A transfer out to a person stays a transfer: a wire to a solicitor is no gift.)
        m.categoryId = p2p;
        m.confidence = 0.7f;
        m.classId = transferClass;
        m.classConfidence = 0.7f;
        m.merchantName = null;
      }
      if (m.source == RuleMatcher.SOURCE_NONE && !m.foreignMerchant && star < 0 && !cardPrefix
          && !isLocationColumn(raw)
          && PersonNames.looksLikePerson(normalised, start, columnEnd, descriptor && prefix == 0)) {
        if (purchaseCode) {
          // A purchase from someone named like a person (a sole trader, or a name the data
          // anonymised): what was bought is unknown, and the model would read a shop into the name.
          unknownPurchase(m);
        } else {
          // A person's name with nothing else (John Smith, MRS A JONES): money to or from a person,
          // where the model would read a shop into the name. Card lines are excluded: a sole trader
          // takes card payments under their own name, a processor's star marks a descriptor, and so does
          // a location column (JENNY CRAIG  800-555-1234 CA).
          m.categoryId = p2p;
          m.confidence = 0.6f;
          m.classId = transferClass;
          m.classConfidence = 0.7f;
          m.source = RuleMatcher.SOURCE_CUE;
        }
        m.merchantName = null;
      }
      // A sentence a person typed (Mum birthday present, Dinner with Sam) is a transfer's reference:
      // what it says was bought is no merchant's, and the model, trained on merchants' lines, would
      // read one into it (eating out at 0.97). The fallback says a payment between people.
      // (A word in capitals is a bank's or a payee's, not a person's sentence: Bank credit ACME LTD.)
      boolean typedReference = lower && !descriptor && !titleCase && !hasWordInCapitals(raw);
      if (m.source == RuleMatcher.SOURCE_NONE && typedReference && purchaseCode && Descriptions.words(normalised) > 0) {
        // The bank's code says a purchase, the words are a person's (Anything, Nowt): what was
        // bought, and from whom, is unknown (as Atto leaves such rows).
        unknownPurchase(m);
      }
      // (A line with no word left, only references and digits, gives the model nothing but the
      // direction and the amount: its guess would be a prior, salary for a round credit. The
      // fallback's transfer says what is known.)
      // A credit in capitals from a name shaped as a person's (J SMITH, SMITH J, JOHN SMITH) is a
      // person's payment or a sole trader's wages: the fallback leaves it open, as it does JOHN SMITH,
      // for income detection to weigh; the model would read a gig platform or a shop into it.
      boolean personCredit = credit && descriptor && prefix == 0 && m.source == RuleMatcher.SOURCE_NONE
          && star < 0
          && PersonNames.looksLikePerson(normalised, start, firstFieldEnd(raw, normalised, columnEnd), false);
      if (m.source == RuleMatcher.SOURCE_NONE && !options.useLegacyCategorisation() && model != null
          && Descriptions.words(normalised) > 0 && !typedReference && !personCredit) {
        int kind = !credit && cardPrefix ? 1 : namesCompany(normalised) ? 2 : 0;
        applyModel(m, normalised, columnEnd, credit, excludedByModel[3 * countrySlot + kind], band,
            mcc == TransactionBatch.NONE ? -1 : mcc, features, scores, probability);
        byBand[i] = true;
        if (credit && m.categoryId == cashDeposit && m.source == RuleMatcher.SOURCE_MODEL && m.paidInByBank()) {
          // Money the line says came by bank transfer (ELECTRONIC DEPOSIT ACME CORP, BANK CREDIT ...) was
          // no cash paid in at a counter, whatever DEPOSIT made the model read: what it is stays open
          // (uncategorised, which income detection weighs), as for a company paying in so.
          m.categoryId = 0;
          m.confidence = 0.2f;
          m.source = RuleMatcher.SOURCE_CUE;
        }
      }
      if (credit && m.source == RuleMatcher.SOURCE_MERCHANT_REFUND && !cardPrefix && !schemeStar) {
        // A company paying in a large sum with its legal form named (TESCO STORES LTD, 1,800.00: app
        // banks show a BACS credit as the payer's name alone) pays wages or fees; a shop refunds so
        // much on the card's own line. Smaller sums stay refunds: card refunds carry the form too.
        byBand[i] = true;
        m.merchantPaidByBank |= band >= LARGE_CREDIT_BAND && namesCompany(normalised);
      }
      if (m.merchantPaidByBank && m.source != RuleMatcher.SOURCE_CODE && (m.source == RuleMatcher.SOURCE_NONE
          || m.categoryId == refundCategory || m.categoryId == p2p)) {
        // A merchant's company paying in by bank transfer pays wages, fees or commission: what the
        // words do not say stays open (uncategorised, which income detection weighs), never a shop's
        // refund nor a person's payment, which income detection leaves out.
        m.categoryId = 0;
        m.confidence = 0.2f;
        m.classId = transferClass;
        m.classConfidence = 0.6f;
        m.source = RuleMatcher.SOURCE_CUE;
        m.merchantName = null;
      }
      if (m.source == RuleMatcher.SOURCE_NONE) {
        fallback(m, raw, normalised, lower, credit, credit && cardPrefix, purchaseCode);
      }
      if (m.source == RuleMatcher.SOURCE_CUE && m.classId == feeClass) {
        // The bank's fee names the payee of the item it charged for (INSUFFICIENT FUNDS FEE ... GEICO):
        // the bank took the fee, not the merchant.
        m.merchantName = null;
      }
      boolean extracted = false;
      boolean refund = credit && m.categoryId == refundCategory;
      // (A transfer has no merchant even after a prefix: FPO J SMITH pays a person.)
      boolean wants = !credit && (wantsMerchant.contains(m.categoryId) || cardLine && !transfers.contains(m.categoryId))
          || refund;
      if (m.nameIsProcessor && transfers.contains(m.categoryId)) {
        m.merchantName = null; // PAYPAL TOP UP: money moved through the processor, to no merchant
      } else if (m.nameIsProcessor && descriptor) {
        // PAYPAL *FUNKYPIGEON: the processor took the payment; the merchant behind it is the name.
        String behind = MerchantNames.extract(raw, knownWord, locations);
        if (behind != null && !MerchantNames.sameName(m.merchantName, behind)) {
          m.merchantName = behind;
        }
        extracted = true;
      }
      if (m.merchantName == null && wants && descriptor) {
        m.merchantName = MerchantNames.extract(raw, knownWord, locations);
        extracted = true;
        if (m.merchantName == null && bankMerchant != null) {
          m.merchantName = MerchantNames.extract(bankMerchant, knownWord, locations);
        }
      } else if (m.merchantName == null && wants && titleCase && namesCompany(normalised)) {
        // A company's name in title case (Village Food LLC Meriden CT) is no person's, whoever
        // decided the category: named as a descriptor is, without its legal form and town.
        m.merchantName = MerchantNames.extract(raw, knownWord, locations);
        extracted = true;
      } else if (m.merchantName == null && wants && titleCase && m.source != RuleMatcher.SOURCE_MODEL) {
        // Only where a rule read a business into the words (COFFEE HOUSE): the model's guess on a
        // name in title case may be a person's (John Smith), paid from an app bank. A US state's code
        // in capitals at the end makes it a card line in title case (Joes Deli Brooklyn NY): the
        // town and state go, as on a line in capitals.
        m.merchantName = locations == MerchantNames.US_LOCATIONS && MerchantNames.endsWithStateCode(raw)
            ? MerchantNames.extract(raw, knownWord, locations)
            : raw.trim().replaceAll(" {2,}", " "); // already the name people use
        extracted = true;
      }
      category[i] = m.categoryId;
      confidence[i] = calibration.calibrate(m.source, m.confidence);
      klass[i] = m.classId;
      classConfidence[i] = m.classConfidence;
      source[i] = m.source;
      if (m.merchantName != null) {
        int id = nameIds.getInt(m.merchantName);
        if (id < 0) {
          id = names.size();
          names.add(m.merchantName);
          nameIds.put(m.merchantName, id);
        }
        merchant[i] = id;
      } else {
        merchant[i] = -1;
      }
      if (plain) {
        cacheRow[key] = i;
        if (!extracted) {
          sameMap.put(normalised, i);
        }
      }
    }
    double floor = options.confidenceFloor();
    if (floor > 0) {
      for (int i = 0; i < n; i++) {
        if (confidence[i] < floor) {
          category[i] = 0;
        }
      }
    }
    return new Categorisation(taxonomy, category, confidence, klass, classConfidence, merchant,
        names.toArray(new String[0]), source);
  }
}
