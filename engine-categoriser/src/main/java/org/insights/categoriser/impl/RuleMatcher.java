package org.insights.categoriser.impl;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

/**
 * Applies the {@link RuleSet} to one normalised description in one pass of the automaton, then
 * decides. Not thread-safe: use one per thread (the categoriser makes one per call).
 * <p>
 * Decision order. Credits: a benefit payer (two- and three-letter UK codes only beside DWP, HMRC
 * or DSS); else the strongest credit cue of strength at least 0.8 (salary, pension, refund, own
 * transfer...); else a matched merchant, which on a credit means a loan advance from a lender
 * (loan, payday, car finance), winnings or holdings from a bookmaker or broker (its own category)
 * and a refund from any other merchant; else a weaker cue. Debits: the stronger of the best debit
 * cue and the best merchant (merchants count 0.80, brand-index ones 0.78; among merchants the
 * earliest match wins, then the longest; a payment processor only when no other merchant is
 * named); a brand-index merchant is outvoted by a
 * kind-of-business cue elsewhere in the column that names another category; else a weaker cue.
 * The class comes from the strongest payment-type cue, else from the decision (card merchants are
 * point of sale, credits are payment transfers).
 * <p>
 * Where words count: brand-index merchants only where the merchant column begins (else they may
 * still name the business, at 0.6, when nothing else spoke); cut cue words only at the end of the
 * merchant column; start cues only at the start of the description; in the location columns only
 * cues of 0.9 and above.
 */
public final class RuleMatcher implements AhoCorasickDoubleArrayTrie.IHit<int[]> {

  /** Where a decision came from; kept per row so every category can be explained. */
  public static final byte SOURCE_NONE = 0;
  /** A merchant from the dictionary. */
  public static final byte SOURCE_MERCHANT = 1;
  /** A description cue. */
  public static final byte SOURCE_CUE = 2;
  /** A benefit payer code. */
  public static final byte SOURCE_BENEFIT = 3;
  /** The merchant category code. */
  public static final byte SOURCE_MCC = 4;
  /** A refund from a known merchant. */
  public static final byte SOURCE_MERCHANT_REFUND = 5;
  /** The bank's transaction code. */
  public static final byte SOURCE_CODE = 6;
  /** The trained linear model. */
  public static final byte SOURCE_MODEL = 7;

  /**
   * Categories whose merchants bill the account (a lender, a letting agent, an insurer, a nursery):
   * named with no payment type, such a line is a direct debit or standing order, not a card sale.
   */
  private static final String[] BILLED = {"mortgage", "rent", "council_tax", "energy", "water", "insurance",
      "car_insurance", "childcare", "pension_contribution", "loan", "credit_card_repayment", "car_finance",
      "payday_loan", "debt_collection"};

  /**
   * Money moved between people or accounts, and into savings: no merchant's sale, whatever names the
   * payee. The one list for the rules' class and {@code Categoriser}'s names and model checks.
   */
  public static final java.util.List<String> MOVED = java.util.List.of("p2p_transfer", "own_transfer", "transfer",
      "savings");

  /** A cue this strong names a kind of business (STEAKHOUSE); weaker ones (MOBILE 0.6) may be a town. */
  private static final float OUTVOTING_CUE = 0.68f;

  private final RuleSet rules;
  private final byte country;
  private final int uncategorised;
  private final int refund;
  private final int loanAdvance;
  /** The {@link #MOVED} categories' ids, sorted. */
  private final int[] moved;
  private final int pos;
  private final int recurringClass;
  /** The {@link #BILLED} categories' ids, sorted. */
  private final int[] billed;
  private final int transferClass;
  private final int chequeClass;
  private final int unclassified;

  /** Words after a brand that still belong to the same shop's line (KIMS STORE 12). */
  private static final String[] SHOP_WORDS = {" STORE ", " STORES ", " STR ", " NO ", " INC ", " LLC ", " CO ",
      " CORP ", " LTD ", " COM ", " WWW ", " NET ", " ONLINE "};
  /** Words before which a brand's word is a place's name (NORTH ST PAUL, FT MYERS). */
  private static final String[] PLACE_PREFIXES = {" ST ", " SAINT ", " FT ", " FORT ", " MT "};

  // Per-call state.
  private String text;
  private boolean cardLine;
  private boolean credit;
  private int bestMerchant;
  private int looseBrand;
  private int cueBegin;
  /** Every class cue of the row and where it begins (the first few), to find one outside the merchant's name. */
  private final int[] classCues = new int[8];
  private final int[] classCueBegins = new int[8];
  private int classCueCount;
  /** Weak cues seen in the location columns, held until the line says whether they are a town's. */
  private final int[] columnCues = new int[8];
  private final int[] columnCueBegins = new int[8];
  private int columnCueCount;
  private boolean entryMarker;
  private int looseBegin;
  private int bestCue;
  private int bestWeakCue;
  private int bestClassCue;
  private int bestBenefit;
  private int contextBenefit;
  private boolean context;
  private int merchantEnd;
  private int merchantStart;
  private int merchantStart2;
  private int merchantBegin;
  /** The space after a personal title that opens a person's name, or -1 (see {@link #match}). */
  private int personAfter = -1;

  // Result of the last call.
  /** Category id decided. */
  public int categoryId;
  /** Class id decided. */
  public int classId;
  /** Category confidence. */
  public float confidence;
  /** Class confidence. */
  public float classConfidence;
  /** Predicted merchant name, or null. */
  public String merchantName;
  /** One of the SOURCE constants. */
  public byte source;
  /** Whether {@link #merchantName} is a payment processor's (PayPal), not the merchant it paid. */
  public boolean nameIsProcessor;
  /** Whether the line names a merchant of another country (JOHN LEWIS on an American account). */
  public boolean foreignMerchant;
  /**
   * Whether money paid in names a merchant but came by bank transfer or cheque, not back on a card
   * (BGC TESCO STORES LTD): the merchant's company paying, so no refund.
   */
  public boolean merchantPaidByBank;

  /**
   * @param rules  the compiled rules
   * @param country  the account's country (ISO 3166 alpha-2, or null): cues written for one
   *     country (a UK INN is a pub) hold only there
   */
  public RuleMatcher(RuleSet rules, String country) {
    this.rules = rules;
    this.country = RuleSet.countryCode(country);
    this.uncategorised = 0;
    this.refund = rules.taxonomy.categoryByKey("refund").id();
    this.loanAdvance = rules.taxonomy.categoryByKey("loan_advance").id();
    this.moved = sortedIds(rules.taxonomy, MOVED);
    this.pos = rules.taxonomy.classByKey("pos").id();
    this.recurringClass = rules.taxonomy.classByKey("recurring").id();
    this.billed = sortedIds(rules.taxonomy, java.util.Arrays.asList(BILLED));
    this.transferClass = rules.taxonomy.classByKey("transfer").id();
    this.chequeClass = rules.taxonomy.classByKey("cheque").id();
    this.unclassified = rules.taxonomy.classByKey("unclassified").id();
  }

  /**
   * Categorises one normalised description whose merchant column ends at {@code merchantEnd}:
   * merchants found after it (in the town and country columns) are ignored; cues count anywhere
   * (weak ones not in the location columns). A brand from the brand index counts only where the
   * column begins ({@code merchantStart}) or after one short scheme token such as {@code SQ}
   * ({@code merchantStart2}). Brand names are often ordinary words (BEACON, LOTUS, PINK), and
   * inside a longer name (JOHN STREET BEACON) they name a different business.
   *
   * @param normalised  from {@code Descriptions.normalise}, possibly two columns joined by '|'
   * @param merchantEnd  index where the merchant column ends
   * @param merchantStart  index of the space before the column's first word, or -1 when unknown
   * @param merchantStart2  index of the space before its second word when the first is a short
   *     scheme-like token, else -1
   * @param isCredit  true for a credit
   * @param isCardLine  true when the prefix before the merchant is a card payment's ({@code CHECK
   *     CRD PURCHASE}) rather than a bank transfer's ({@code ACH DEBIT}, {@code DD}): cues for card
   *     lines only (GAS is fuel there, a bill elsewhere) need it
   */
  public void match(String normalised, int merchantEnd, int merchantStart, int merchantStart2, boolean isCredit,
      boolean isCardLine) {
    match(normalised, merchantEnd, merchantStart, merchantStart2, isCredit, isCardLine, -1);
  }

  /**
   * As the other match, for a line whose merchant column is a person's name after a personal title
   * ({@code MR JOHN LEWIS}): a brand named by the words after the title ({@code titleEnd}, the space
   * after it) is the person, not the brand; a brand that begins with the title ({@code MRS FIELDS})
   * still counts. {@code titleEnd} is -1 for any other line.
   */
  public void match(String normalised, int merchantEnd, int merchantStart, int merchantStart2, boolean isCredit,
      boolean isCardLine, int titleEnd) {
    personAfter = titleEnd;
    cardLine = isCardLine;
    this.merchantEnd = merchantEnd;
    this.merchantStart = merchantStart;
    this.merchantStart2 = merchantStart2;
    text = normalised;
    credit = isCredit;
    foreignMerchant = false;
    bestMerchant = -1;
    looseBrand = -1;
    bestCue = -1;
    bestWeakCue = -1;
    bestClassCue = -1;
    classCueCount = 0;
    bestBenefit = -1;
    contextBenefit = -1;
    context = false;
    columnCueCount = 0;
    entryMarker = false;
    rules.trie.parseText(normalised, this);
    countColumnCues();
    decide();
  }

  @Override
  public void hit(int begin, int end, int[] value) {
    for (int r : value) {
      if (!holdsHere(r)) {
        foreignMerchant |= rules.kind[r] == RuleSet.MERCHANT;
        continue;
      }
      int dir = rules.direction[r];
      if (dir == RuleSet.CARD_DEBIT ? credit || !cardLine
          : dir == RuleSet.OTHER_DEBIT ? credit || cardLine : dir != 0 && dir != (credit ? 1 : -1)) {
        continue; // a card-line prefix came before the merchant (not a bank transfer's: ACH DEBIT, DD), or did not
      }
      switch (rules.kind[r]) {
        case RuleSet.MERCHANT:
          if (begin >= merchantEnd || personAfter >= 0 && begin >= personAfter) {
            break;
          }
          // The own list's brands count anywhere, but not as a town of two words or more the location
          // repeats (COSTA MESA TIRE, COSTA MESA CA); a company names itself there by its web address
          // (GOOGLE *OMGPOP, GOOGLE.COM; AMAZON *MARKETPLCE CA, AMAZON.CA): one word is no sign.
          if (rules.anywhere[r] ? namesTheTown(begin, nextSpace(end)) : !brandHere(r, begin, end)) {
            break;
          }
          if (!rules.anywhere[r] && merchantStart >= 0 && begin != merchantStart && begin != merchantStart2) {
            // Inside a longer name a brand names the business (CHESILHURST CITGO) but not always what it
            // sells: kept for the name only.
            if (looseBrand < 0 || begin < looseBegin || begin == looseBegin && rules.length[r] > rules.length[looseBrand]) {
              looseBrand = r;
              looseBegin = begin;
            }
            break;
          }
          if (bestMerchant >= 0 && rules.processor[r] != rules.processor[bestMerchant]) {
            // A payment processor (PAYPAL *NETFLIX) stands for the merchant only when none is named.
            if (rules.processor[bestMerchant]) {
              bestMerchant = r;
              merchantBegin = begin;
            }
            break;
          }
          // The merchant comes first in a descriptor and the town after it: the earliest match wins,
          // then the longest, then the project's own list over the brand index.
          if (bestMerchant < 0 || begin < merchantBegin
              || begin == merchantBegin && (rules.length[r] > rules.length[bestMerchant]
                  || rules.length[r] == rules.length[bestMerchant] && rules.strength[r] > rules.strength[bestMerchant])) {
            bestMerchant = r;
            merchantBegin = begin;
          }
          break;
        case RuleSet.CUT_CUE:
          // A word cut short counts only where the descriptor cut it: at the end of the column.
          if (end == merchantEnd) {
            cue(r, begin);
          }
          break;
        case RuleSet.CUE:
          cue(r, begin);
          break;
        case RuleSet.START_CUE:
          if (begin == 0) {
            cue(r, begin); // ^TO JOHN SMITH: only where the description begins
          }
          break;
        case RuleSet.NAME_START_CUE:
          if (begin == merchantStart || begin == merchantStart2 || merchantStart < 0 && begin == 0) {
            cue(r, begin); // >DR KATHLEEN THOMSE: only where the merchant's name begins
          }
          break;
        case RuleSet.BENEFIT:
          if (rules.needsContext[r]) {
            if (contextBenefit < 0 || rules.length[r] > rules.length[contextBenefit]) {
              contextBenefit = r;
            }
          } else if (bestBenefit < 0 || rules.length[r] > rules.length[bestBenefit]) {
            bestBenefit = r;
          }
          break;
        case RuleSet.CONTEXT:
          context = true;
          break;
        default:
          break;
      }
    }
  }

  /**
   * Whether a brand-index match at {@code [begin, end)} may be the brand. Brand names are ordinary
   * words and place names too, and three readings say they are not the brand here: the words are the
   * town's, which the line repeats in its location column after the shop's own name (ENSIGNAL
   * BURLINGTON, then BURLINGTON; WINDSOR POINT, then WINDSOR); they follow ST, FT or MT (NORTH ST
   * PAUL PIZZ); or they are a one-word alias of a longer brand (KIMS for Kim's Convenience Store, MACS
   * for Circle K) inside another name or before words that are not the brand's (KIMS KLOSET, DICKS
   * PLACE). A brand on its own in its column (NAPA 1234, then NAPA) is still the brand.
   */
  private boolean brandHere(int r, int begin, int end) {
    int from = Math.max(merchantStart, 0);
    if (namesTheTown(begin, end)) {
      return false;
    }
    if (begin > from) {
      for (String place : PLACE_PREFIXES) {
        int at = begin - place.length() + 1;
        if (at >= from && text.startsWith(place, at)) {
          return false;
        }
      }
    }
    String alias = rules.aliasOf[r];
    if (alias != null) {
      // (Short words after it are store codes: CHEVYS SLM.)
      boolean atStart = begin == merchantStart || begin == merchantStart2 || merchantStart < 0;
      return atStart && !hasOtherWord(end - 1, end - 1, end - 1, 4, true) || namesBrand(end - 1, alias);
    }
    return true;
  }

  /**
   * Whether the brand's words at {@code [begin, end)} begin the location column too, after a merchant
   * column with other words: the town's name (ENSIGNAL BURLINGTON, then BURLINGTON), not the brand.
   */
  private boolean namesTheTown(int begin, int end) {
    return end <= merchantEnd && merchantEnd < text.length()
        && text.regionMatches(merchantEnd + 1, text, begin, end - begin)
        && hasOtherWord(Math.max(merchantStart, 0), begin, end, 1, false);
  }

  /** @return the end of the word after the match ending at {@code end} (the space after it), or the text's length */
  private int nextSpace(int end) {
    int next = text.indexOf(' ', end);
    return next < 0 ? text.length() : next + 1;
  }

  /** Whether a word of the merchant column after the space at {@code from} is a word of {@code brandName}. */
  private boolean namesBrand(int from, String brandName) {
    int i = from;
    while (i < merchantEnd) {
      int next = text.indexOf(' ', i + 1);
      if (next < 0 || next > merchantEnd) {
        return false;
      }
      if (next - i > 1 && !among(i, next, SHOP_WORDS) && wordIn(i, next, brandName)) {
        return true;
      }
      i = next;
    }
    return false;
  }

  /**
   * Whether the merchant column from {@code from} holds a word with a letter outside {@code [begin,
   * end)}, of at least {@code shortest} characters, that is not a shop word (STORE, INC) nor, if
   * {@code notTown}, a word of the location column (NAPA DELTONA, then DELTONA).
   */
  private boolean hasOtherWord(int from, int begin, int end, int shortest, boolean notTown) {
    int i = from;
    while (i < merchantEnd) {
      int next = text.indexOf(' ', i + 1);
      if (next < 0 || next > merchantEnd) {
        break;
      }
      boolean outside = next <= begin || i >= end - 1;
      if (outside && next - i > shortest && hasLetter(i + 1, next) && !among(i, next, SHOP_WORDS)
          && !(notTown && merchantEnd < text.length() && townWord(i, next))) {
        return true;
      }
      i = next;
    }
    return false;
  }

  private boolean hasLetter(int from, int to) {
    for (int k = from; k < to; k++) {
      if (Character.isLetter(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word between the spaces at {@code space} and {@code next} is one of {@code words}. */
  private boolean among(int space, int next, String[] words) {
    for (String w : words) {
      if (w.length() == next - space + 1 && text.startsWith(w, space)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word between the spaces at {@code space} and {@code next} begins a word of the
   * location column (NEWPORT BEAC, then NEWPORT BEACH: the merchant column cut it).
   */
  private boolean townWord(int space, int next) {
    int len = next - space;
    for (int k = text.indexOf(' ', merchantEnd); k >= 0 && k + len <= text.length(); k = text.indexOf(' ', k + 1)) {
      if (text.regionMatches(k, text, space, len)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word between the spaces at {@code space} and {@code next} is a word of {@code name}. */
  private boolean wordIn(int space, int next, String name) {
    int len = next - space + 1;
    for (int k = name.indexOf(' '); k >= 0 && k + len <= name.length(); k = name.indexOf(' ', k + 1)) {
      if (name.regionMatches(k, text, space, len)) {
        return true;
      }
    }
    return false;
  }

  private void cue(int r, int begin) {
    // In the location columns (town, state) only strong cues count: COUNCIL BLUFFS is a town. An
    // ACH entry's class marker is no town's word and stands after the payee's columns
    // (APPLECARD GSBANK PAYMENT    12345    WEB ID: 9999999999): it counts wherever it is.
    boolean entryClass = rules.categoryId[r] < 0 && rules.strength[r] >= ENTRY_CLASS_STRENGTH;
    entryMarker |= entryClass;
    if (begin >= merchantEnd && rules.strength[r] < 0.9f && !entryClass) {
      if (columnCueCount < columnCues.length) {
        columnCues[columnCueCount] = r;
        columnCueBegins[columnCueCount++] = begin;
      }
      return;
    }
    countCue(r, begin);
  }

  /**
   * Counts the weak cues held from the location columns when the line carries an ACH entry's class
   * marker: those columns are then the entry's description, no town's (Chase: QZV CARD SVCS    CC
   * PAYMENT    1234567    WEB ID: 1234567890).
   */
  private void countColumnCues() {
    if (entryMarker) {
      for (int k = 0; k < columnCueCount; k++) {
        countCue(columnCues[k], columnCueBegins[k]);
      }
    }
  }

  private void countCue(int r, int begin) {
    if (rules.categoryId[r] >= 0 && (bestCue < 0 || better(r, bestCue))) {
      bestCue = r;
      cueBegin = begin;
    }
    if (rules.classId[r] >= 0 && classCueCount < classCues.length) {
      classCues[classCueCount] = r;
      classCueBegins[classCueCount++] = begin;
    }
    if (rules.classId[r] >= 0 && (bestClassCue < 0 || better(r, bestClassCue))) {
      bestClassCue = r;
    }
  }

  /** Class-only cues at least this strong are an ACH entry's markers (WEB ID, PPD ID), counted anywhere. */
  private static final float ENTRY_CLASS_STRENGTH = 0.75f;

  private boolean better(int a, int b) {
    float sa = rules.strength[a];
    float sb = rules.strength[b];
    return sa > sb || sa == sb && rules.length[a] > rules.length[b];
  }

  private void decide() {
    categoryId = uncategorised;
    confidence = 0.2f;
    merchantName = null;
    source = SOURCE_NONE;
    merchantPaidByBank = false;
    int benefit = bestBenefit >= 0 ? bestBenefit : context ? contextBenefit : -1;
    float cueStrength = bestCue >= 0 ? rules.strength[bestCue] : 0f;
    if (credit) {
      if (benefit >= 0) {
        set(rules.categoryId[benefit], rules.strength[benefit], SOURCE_BENEFIT);
      } else if (cueStrength >= 0.8f) {
        set(rules.categoryId[bestCue], cueStrength, SOURCE_CUE);
        merchantName = bestMerchant >= 0 && rules.categoryId[bestCue] == refund ? rules.merchantName[bestMerchant]
            : null;
      } else if (bestMerchant >= 0 && rules.lenders.contains(rules.categoryId[bestMerchant])) {
        // A lender paying in lends: the advance an underwriter looks for, never a shop's refund.
        set(loanAdvance, 0.75f, SOURCE_MERCHANT);
        merchantName = rules.merchantName[bestMerchant];
      } else if (bestMerchant >= 0 && rules.keptOnCredit.contains(rules.categoryId[bestMerchant])) {
        // A bookmaker, broker or crypto exchange paying in pays out winnings or holdings, and the
        // customer's own app bank account money moved back: the same activity as the money paid to it.
        set(rules.categoryId[bestMerchant], 0.75f, SOURCE_MERCHANT);
        merchantName = rules.merchantName[bestMerchant];
      } else if (bestMerchant >= 0 && !(rules.paysOthers[bestMerchant] && bestCue >= 0)
          && !(merchantPaidByBank = paidInByBank())) {
        set(refund, 0.7f, SOURCE_MERCHANT_REFUND);
        merchantName = rules.merchantName[bestMerchant];
      } else if (bestCue >= 0) {
        // (A processor paying in with a cue beside it, PAYPAL TRANSFER, is what the cue says: money
        // moved from a balance, not a shop's refund.)
        set(rules.categoryId[bestCue], cueStrength, SOURCE_CUE);
      }
    } else {
      float merchantStrength = bestMerchant >= 0 ? rules.strength[bestMerchant] : 0f;
      // A brand-index name is often an ordinary word (PINK, ROSAS): when the rest of the column says
      // the business sells something else (PINK PONY STEAKHOUSE), the words win and the brand is not the name.
      boolean outvoted = bestMerchant >= 0 && !rules.anywhere[bestMerchant] && bestCue >= 0
          && rules.categoryId[bestCue] != rules.categoryId[bestMerchant]
          && cueBegin >= merchantBegin + rules.length[bestMerchant] - 1 // after the brand, not in it (HOLIDAY INN)
          && cueStrength >= OUTVOTING_CUE;
      // A cue word in the merchant's own name is the name, not a second opinion: CHECK INTO CASH is a
      // payday lender, not a cash withdrawal.
      boolean cueInName = bestMerchant >= 0 && bestCue >= 0 && cueBegin >= merchantBegin
          && cueBegin + rules.length[bestCue] <= merchantBegin + rules.length[bestMerchant];
      if (outvoted) {
        set(rules.categoryId[bestCue], cueStrength, SOURCE_CUE);
      } else if (bestCue >= 0 && cueStrength > merchantStrength && !cueInName) {
        set(rules.categoryId[bestCue], cueStrength, SOURCE_CUE);
        if (bestMerchant >= 0) {
          merchantName = rules.merchantName[bestMerchant];
        }
      } else if (bestMerchant >= 0) {
        set(rules.categoryId[bestMerchant], merchantStrength, SOURCE_MERCHANT);
        merchantName = rules.merchantName[bestMerchant];
      }
    }
    if (merchantName == null && looseBrand >= 0 && bestMerchant < 0) {
      if (source == SOURCE_NONE && !credit) {
        // Nothing else spoke: the brand's category, weakly (it is right a little more often than the model).
        set(rules.categoryId[looseBrand], 0.6f, SOURCE_MERCHANT);
      }
      // The brand names the business unless the words around it say it sells something else
      // (PINK PONY STEAKHOUSE is no clothes shop).
      if (categoryId == rules.categoryId[looseBrand] || credit && categoryId == refund) {
        merchantName = rules.merchantName[looseBrand];
      }
    }
    nameIsProcessor = merchantName != null && bestMerchant >= 0 && rules.paysOthers[bestMerchant]
        && merchantName.equals(rules.merchantName[bestMerchant]);
    // A cue word in the merchant's name says how it was paid only when it says the merchant's own
    // category (EDF ENERGY is a bill): SPEEDY CASH and CHECK INTO CASH are lenders, no cash machine
    // or cheque. A payment type before the name (the DD of a DD AQUA entry) is no part of it.
    if (bestMerchant >= 0 && source == SOURCE_MERCHANT) {
      bestClassCue = -1;
      for (int k = 0; k < classCueCount; k++) {
        int r = classCues[k];
        boolean agrees = rules.categoryId[r] == categoryId;
        if ((agrees || !classCueInName(k)) && (bestClassCue < 0 || better(r, bestClassCue))) {
          bestClassCue = r;
        }
      }
    }
    if (bestClassCue >= 0) {
      classId = rules.classId[bestClassCue];
      classConfidence = Math.max(0.6f, rules.strength[bestClassCue]);
    } else if (source == SOURCE_MERCHANT && !credit) {
      merchantClass();
    } else if (credit) {
      classId = transferClass; // money paid in that no words class: a transfer to the account
      classConfidence = 0.6f;
    } else {
      classId = unclassified;
      classConfidence = 0.3f;
    }
  }

  /**
   * Whether the line says money came by bank transfer or cheque, outside the merchant's name and
   * with no card prefix (BGC TESCO STORES LTD, BANK CREDIT ..., ACH CREDIT ...): a merchant paying so
   * is an employer or a client, not a shop refunding a card, whose money back comes on the card's line.
   * (A company's legal form alone says nothing: card refunds carry it too, ASOS.COM LTD.)
   */
  public boolean paidInByBank() {
    if (cardLine) {
      return false; // a card prefix: money back on the card
    }
    for (int k = 0; k < classCueCount; k++) {
      int kind = rules.classId[classCues[k]];
      if ((kind == transferClass || kind == chequeClass) && !classCueInName(k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the row's {@code k}-th class cue lies inside the best merchant's matched name (after any prefix). */
  private boolean classCueInName(int k) {
    int begin = classCueBegins[k];
    return begin >= merchantBegin && begin >= merchantStart
        && begin + rules.length[classCues[k]] <= merchantBegin + rules.length[bestMerchant];
  }

  private void set(int category, float strength, byte from) {
    categoryId = category;
    confidence = strength;
    source = from;
  }

  /**
   * Applies the bank's transaction code: its class always, its category when stronger than what
   * the description gave.
   *
   * @param code  {@code transactionCode.code}, or null
   * @param subCode  {@code transactionCode.subCode}, or null
   * @return true when the code changed the category
   */
  public boolean applyTransactionCode(String code, String subCode) {
    int[] rule = rules.transactionCodes.get(code + "/" + subCode);
    if (rule == null) {
      rule = rules.transactionCodes.get(code + "/*");
    }
    if (rule == null) {
      return false;
    }
    float strength = rule[2] / 1000f;
    if (rule[1] >= 0 && (bestClassCue < 0 || strength >= classConfidence)) {
      classId = rule[1];
      classConfidence = Math.max(classConfidence, strength);
    }
    if (rule[0] >= 0 && strength > confidence) {
      categoryId = rule[0];
      confidence = strength;
      source = SOURCE_CODE;
      return true;
    }
    return false;
  }

  /**
   * Matches a description that is exactly a merchant's display name, as app banks write the
   * merchant ({@code Apple}, {@code Next}): the names no pattern holds because the word alone is too
   * common to match inside other lines. Debits only; after {@link #match}.
   *
   * @param description  the raw description, trimmed
   * @return true when it named a merchant of the account's country (or of none)
   */
  public boolean matchDisplayName(String description) {
    if (bestMerchant >= 0 || credit) {
      return false;
    }
    int r = rules.merchantByDisplayName(description);
    if (r < 0 || !holdsHere(r)) {
      return false;
    }
    bestMerchant = r;
    takeMerchant(r);
    merchantName = rules.merchantName[r];
    return true;
  }

  /**
   * @return whether rule {@code r} holds on this account: a country's cue there only, a country's
   *     brand everywhere but in the other country (an account of no known country may shop anywhere)
   */
  private boolean holdsHere(int r) {
    byte only = rules.country[r];
    return only == 0 || only == country || country == 0 && rules.kind[r] == RuleSet.MERCHANT;
  }

  /** Decides the row by merchant rule {@code r}: its category, and the merchant's class unless one is known. */
  private void takeMerchant(int r) {
    set(rules.categoryId[r], rules.strength[r], SOURCE_MERCHANT);
    if (classId == unclassified) {
      merchantClass();
    }
  }

  /** @return the ids of the categories of these keys, sorted for a binary search */
  private static int[] sortedIds(org.insights.categoriser.Taxonomy taxonomy, java.util.List<String> keys) {
    return keys.stream().mapToInt(key -> taxonomy.categoryByKey(key).id()).sorted().toArray();
  }

  /** Sets the class a debit to a merchant of the row's category has when no words say one. */
  private void merchantClass() {
    if (java.util.Arrays.binarySearch(billed, categoryId) >= 0) {
      classId = recurringClass; // VANQUIS BANK, LOWELL FINANCIAL: a bill, no counter sale
      classConfidence = 0.6f;
    } else if (java.util.Arrays.binarySearch(moved, categoryId) >= 0) {
      classId = transferClass; // a money-transfer service (REMITLY) or a savings app (Chip) moves money
      classConfidence = 0.6f;
    } else {
      classId = pos;
      classConfidence = 0.75f;
    }
  }

  /**
   * Matches the merchant name the bank sent ({@code merchantDetails.merchantName}) when the
   * description named no merchant.
   *
   * @param normalisedName  the normalised merchant name
   * @return the dictionary display name found, or null
   */
  public String matchMerchantName(String normalisedName) {
    if (bestMerchant >= 0) {
      return null;
    }
    int saveCue = bestCue;
    int saveWeak = bestWeakCue;
    int saveClass = bestClassCue;
    int saveBenefit = bestBenefit;
    int saveContext = contextBenefit;
    boolean saveCtx = context;
    merchantEnd = normalisedName.length();
    merchantStart = -1;
    text = normalisedName;
    rules.trie.parseText(normalisedName, this);
    bestCue = saveCue;
    bestWeakCue = saveWeak;
    bestClassCue = saveClass;
    bestBenefit = saveBenefit;
    contextBenefit = saveContext;
    context = saveCtx;
    if (bestMerchant < 0) {
      return null;
    }
    if (!credit && rules.strength[bestMerchant] > confidence) {
      takeMerchant(bestMerchant);
    }
    merchantName = rules.merchantName[bestMerchant];
    return merchantName;
  }

  /**
   * Applies a merchant category code when the description itself decided nothing better.
   *
   * @param mcc  the code 0..9999
   * @return true when the MCC changed the decision
   */
  public boolean applyMcc(int mcc) {
    int idx = rules.mccCategory[mcc];
    if (idx < 0 || confidence >= 0.8f) {
      return false;
    }
    categoryId = rules.categoryIdByIndex[idx];
    confidence = 0.8f;
    source = SOURCE_MCC;
    if (classId == unclassified) {
      classId = pos;
      classConfidence = 0.7f;
    }
    return true;
  }
}
