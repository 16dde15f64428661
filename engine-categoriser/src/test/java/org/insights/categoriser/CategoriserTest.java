package org.insights.categoriser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.insights.core.AccountInfo;
import org.insights.core.TransactionBatch;
import org.junit.jupiter.api.Test;

class CategoriserTest {

  private static final AccountInfo GB = AccountInfo.of("a", "GBP", "GB")
      .withBalances(OptionalLong.of(0), OptionalLong.empty());

  private static final AccountInfo US = AccountInfo.of("us", "USD", "US");

  /** Categorises single descriptions on a British account; positive amounts are credits. */
  /** A display name as a US account's line gives it, with {@code known} for the dictionaries' words. */
  private static String extractedInUs(String description, java.util.function.Predicate<String> known) {
    return MerchantNames.extract(description, known, MerchantNames.US_LOCATIONS);
  }

  private static Categorisation run(Object... rows) {
    return runIn(GB, rows);
  }

  /** As {@link #run}, on the given account (its country decides country-specific rules). */
  private static Categorisation runIn(AccountInfo account, Object... rows) {
    TransactionBatch.Builder b = TransactionBatch.builder(account);
    for (int k = 0; k < rows.length; k += 2) {
      b.add("t" + k, (Long) rows[k + 1], 19_000, true, (String) rows[k]);
    }
    return Categoriser.DEFAULT.categorise(b.build(), CategoriserOptions.defaults());
  }

  /** As {@link #runIn}, every description with the same amount. */
  private static Categorisation runAll(AccountInfo account, long amount, String... descriptions) {
    Object[] rows = new Object[descriptions.length * 2];
    for (int k = 0; k < descriptions.length; k++) {
      rows[2 * k] = descriptions[k];
      rows[2 * k + 1] = amount;
    }
    return runIn(account, rows);
  }

  /** Asserts the category of each of the first {@code expected.length} rows, naming its line. */
  private static void assertCategories(Categorisation c, String[] lines, String... expected) {
    for (int k = 0; k < expected.length; k++) {
      assertThat(c.category(k).key()).as(lines[k]).isEqualTo(expected[k]);
    }
  }

  /** Asserts the merchant name of each of the first {@code expected.length} rows, naming its line. */
  private static void assertNames(Categorisation c, String[] lines, String... expected) {
    for (int k = 0; k < expected.length; k++) {
      assertThat(c.merchantName(k)).as(lines[k]).isEqualTo(expected[k]);
    }
  }

  private static String key(String description, long amount) {
    return run(description, amount).category(0).key();
  }

  @Test
  void test_categorise_namesOfOrdinaryWords_areNotCategorisedWithConfidence() {
    // GOLDEN OAK, NORTH STAR: names of ordinary words say nothing of what was bought, so no rule
    // decides and a calibrated confidence is low on the whole, rarely 0.9. The model's is calibrated
    // on dictionary names it never saw; calibrated on the generated lines (whose names it was
    // trained on) it gave 59 of these 144 lines 0.9 or more, 0.72 on average.
    String[] first = {"GOLDEN", "BLUE", "NORTH", "SILVER", "RED", "GREEN", "OLD", "NEW", "LITTLE", "GRAND", "ROYAL",
        "SUNNY"};
    String[] second = {"OAK", "STAR", "RIVER", "HILL", "BRIDGE", "LION", "CROWN", "PEAK", "MOON", "STONE", "FIELD",
        "HARBOR"};
    String[] lines = new String[first.length * second.length];
    int n = 0;
    for (String f : first) {
      for (String s : second) {
        lines[n] = n % 2 == 0 ? "CHECK CRD PURCHASE 11/11 " + f + " " + s + "  TULSA        OK 123456XXXXXX7890"
            : f + " " + s;
        n++;
      }
    }
    Categorisation c = runAll(US, -2_500L, lines);
    double sum = 0;
    int sure = 0;
    for (int k = 0; k < lines.length; k++) {
      sum += c.categoryConfidence(k);
      sure += c.categoryConfidence(k) >= 0.9 ? 1 : 0;
    }
    assertThat(sum / lines.length).isLessThan(0.6);
    assertThat(sure).isLessThanOrEqualTo(lines.length / 20);
  }

  @Test
  void test_categorise_britishPaymentCodesThatAreAlsoNames_billPaymentAndCashline() {
    // HSBC and Lloyds write BP for a bill payment: the payee named after it is the merchant, and BP
    // alone or before a place is the filling station. RBS and NatWest write C/L for a Cashline
    // (cash machine) withdrawal; HSBC marks a contactless payment ))) where others write a prefix.
    String[] lines = {"BP BRITISH GAS", "BP CONNECT WITNEY", "BP OXFORD ROAD", "C/L 12MAR23 NATWEST BANK 1234",
        "C/L ABERDEEN UNION ST 13MAR", ")))  QUENTIN CAFE  LONDON"};
    Categorisation c = runAll(GB, -6_000L, lines);
    assertCategories(c, lines, "energy", "fuel", "fuel", "cash_withdrawal", "cash_withdrawal", "eating_out");
    assertNames(c, lines, "British Gas", "BP", "BP", null, null, "Quentin Cafe");
  }

  @Test
  void test_categorise_americanExportsPrefixesAndMarketAbbreviation() {
    // U.S. Bank's ACH bill payment (WEB AUTHORIZED PMT), Navy Federal's card line (POS Debit- Debit
    // Card, the card's number and a numeric date), and MKT for market (WHOLEFDS MKT's style).
    String[] lines = {"WEB AUTHORIZED PMT QUENTIN ELECTRIC COOP",
        "POS Debit- Debit Card 1234 03-12-23 Quentin Grill Austin TX", "QUENTIN MKT 10234 AUSTIN TX"};
    Categorisation c = runAll(US, -3_000L, lines);
    assertCategories(c, lines, "energy", "eating_out", "supermarket");
    assertNames(c, lines, "Quentin Electric Coop", "Quentin Grill", "Quentin Market");
  }

  @Test
  void test_categorise_chaseStyleAchColumnsAndBillsWithNoPaymentType() {
    // Chase writes an ACH entry in columns: payee, entry description, reference, then the entry's
    // class (WEB ID: a web-authorised debit, no card sale), which lies where a card line's town would.
    String[] ach = {"QUENTIN CARD SVCS PAYMENT    12345           WEB ID: 9999999999",
        "QUENTIN CARD SVCS PAYMENT    12345           PPD ID: 9999999999", "QUENTIN HOMES ACH LEASE 123456",
        "QUENTIN ELECTRIC COOP PMT 0312 J SMITH"};
    Categorisation c = runAll(US, -45_000L, ach);
    assertThat(c.paymentClass(0).key()).as(ach[0]).isEqualTo("transfer");
    assertThat(c.paymentClass(1).key()).as(ach[1]).isEqualTo("recurring");
    // The entry's own words (ACH, PMT) end the payee's name.
    assertNames(c, ach, "Quentin Card Services", "Quentin Card Services", "Quentin Homes", "Quentin Electric Coop");
    // A lender, collector or nursery named with no payment type bills the account: no card sale.
    String[] bills = {"VANQUIS BANK", "LOWELL FINANCIAL", "BRIGHT HORIZONS", "TESCO STORES 3217"};
    Categorisation b = runAll(GB, -9_000L, bills);
    for (int k = 0; k < 3; k++) {
      assertThat(b.paymentClass(k).key()).as(bills[k]).isEqualTo("recurring");
    }
    assertThat(b.paymentClass(3).key()).as(bills[3]).isEqualTo("pos");
  }

  @Test
  void test_categorise_creditUnionDraftsAndPaymentWordsAfterAPayee() {
    // A credit union's cheque is a share draft: the model had read eating out into DRAFT.
    String[] drafts = {"SHARE DRAFT #1234", "DRAFT 001234"};
    Categorisation d = runAll(US, -10_000L, drafts);
    for (int k = 0; k < drafts.length; k++) {
      assertThat(d.paymentClass(k).key()).as(drafts[k]).isEqualTo("cheque");
      assertThat(d.category(k).key()).as(drafts[k]).isNotEqualTo("eating_out");
    }
    // The channel's word before the entry's (ONLINE PMT) ends the payee's name with it.
    assertThat(runIn(US, "EXTERNAL WITHDRAWAL QZV ENERGY - ONLINE PMT", -20_000L).merchantName(0))
        .isEqualTo("Qzv Energy");
  }

  @Test
  void test_categorise_appBanksAdvancesRemittancesAndTdCardLines() {
    // An app bank's advance against the next pay is short-term credit in, its repayment payday
    // lending (the model had read SpotMe Repayment as clothing); a credit-builder loan is a loan
    // (BUILDER had made it home improvement); a remittance service moves money (clothing before).
    String[] debits = {"SpotMe Repayment", "Varo Advance repayment", "Self Lender credit builder", "REMITLY"};
    Categorisation d = runAll(US, -2_000L, debits);
    assertCategories(d, debits, "payday_loan", "payday_loan", "loan", "p2p_transfer");
    assertThat(d.paymentClass(3).key()).isEqualTo("transfer");
    // So does a savings app: money put by, no counter sale (it had been given the class pos).
    // (As a line in capitals, and as an app bank writes its display name.)
    Categorisation saved = run("MONEYBOX", -2_000L, "Chip", -2_000L);
    for (int i = 0; i < 2; i++) {
      assertThat(saved.category(i).key()).isEqualTo("savings");
      assertThat(saved.paymentClass(i).key()).isEqualTo("transfer");
    }
    // A bill named so is recurring, as in capitals.
    assertThat(run("Vanquis", -2_000L).paymentClass(0).key()).isEqualTo("recurring");
    String[] credits = {"Chime SpotMe", "Varo Advance"};
    assertCategories(runAll(US, 2_000L, credits), credits, "loan_advance", "loan_advance");
    // TD Bank's card line: a header (masked card, authorisation date, VISA DDA PUR) before the merchant.
    Categorisation td = runIn(US, "DEBIT POS, *****12345, AUT 031424 VISA DDA PUR QZV GRILL AUSTIN * TX", -2_000L);
    assertThat(td.merchantName(0)).isEqualTo("Qzv Grill");
    assertThat(td.paymentClass(0).key()).isEqualTo("pos");
  }

  @Test
  void test_categorise_achCreditsCalledDeposits_areNoCashPaidIn() {
    // An American bank writes an ACH credit as a deposit (ELECTRONIC DEPOSIT ACME CORP); the model,
    // reading DEPOSIT, said cash paid in (0.28), which an underwriter discounts as unverifiable.
    String[] lines = {"ELECTRONIC DEPOSIT QZV ROBOTICS INC", "ACH DEPOSIT QZV ROBOTICS", "CASH DEPOSIT",
        "ATM CASH DEPOSIT 03/14 1234 MAIN ST"};
    Categorisation c = runAll(US, 250_000L, lines);
    for (int k = 0; k < 2; k++) {
      assertThat(c.category(k).key()).as(lines[k]).isNotEqualTo("cash_deposit");
      assertThat(c.paymentClass(k).key()).as(lines[k]).isEqualTo("transfer");
    }
    // (What the credit is, the model may guess from the payer's name; cash it says only with CASH.)
    assertThat(c.category(2).key()).isEqualTo("cash_deposit");
    assertThat(c.category(3).key()).isEqualTo("cash_deposit");
  }

  @Test
  void test_categorise_businessSuppliersTillPrefixesAndStaffingAgencies() {
    // A firm's card pays suppliers named by what they supply; a more particular kind of shop still
    // says more (PET SUPPLIES are pets, a TRAVEL CENTER a truck stop).
    String[] lines = {"QZV SCIENTIFIC LTD", "QZV SOFTWARE INC", "QZV TRAINING LTD", "QZV TRAVEL", "QZV TRAVEL CENTER",
        "QZV PET SUPPLIES", "QZV ELECTRICAL", "TST* QZV HOUSE", "TM *QZV ARENA TOUR"};
    Categorisation c = runAll(GB, -9_000L, lines);
    assertCategories(c, lines, "retail", "subscriptions", "education", "holidays", "fuel", "pets", "home_improvement",
        "eating_out", "leisure");
    // A small British business's bills: its rates (council tax), its bank's charges, its insurer and
    // its suppliers (the model had said supermarket, card repayment, clothing and fuel).
    String[] business = {"BUSINESS RATES LEEDS CC", "BANK CHARGES", "SIMPLY BUSINESS", "FARNELL", "VIKING DIRECT"};
    assertCategories(runAll(GB, -9_000L, business), business, "council_tax", "service_charges", "insurance", "retail",
        "office_expenses");
    // A hospital trust paying in pays its staff; a delivery platform its riders; compensation is income.
    String[] paid = {"LEEDS TEACHING HOSP NHS", "DELIVEROO RIDER", "COMPENSATION PAYMENT"};
    assertCategories(runAll(GB, 250_000L, paid), paid, "salary", "gig_income", "other_income");
    // A staffing agency or an employer organisation paying in pays wages.
    String[] credits = {"ADECCO UK LTD", "RANDSTAD US PAYROLL", "TRINET 1234"};
    assertCategories(runAll(US, 120_000L, credits), credits, "salary", "salary", "salary");
  }

  @Test
  void test_categorise_britishAndAmericanBrandsOfOneName_eachServeTheirOwnAccounts() {
    // SAVERS is a British chemist and an American thrift store, THORNTONS a British chocolatier and
    // an American filling station: the brand index kept only the preferred kind of shop, so the
    // British accounts lost theirs.
    String[] lines = {"SAVERS 1234 LEEDS", "THORNTONS"};
    Categorisation gb = runAll(GB, -2_000L, lines);
    assertCategories(gb, lines, "healthcare", "eating_out");
    assertCategories(runAll(US, -2_000L, lines), lines, "retail", "fuel");
    // A chain whose name holds a bill's or a school's word: a car hire is no rent, a sports shop no school.
    String[] chains = {"DSW #1234", "CONTAINER STORE 12"};
    assertCategories(runAll(US, -9_000L, chains), chains, "clothing", "household");
    String[] british = {"BENUGO", "PAPERCHASE"};
    assertCategories(runAll(GB, -900L, british), british, "eating_out", "office_expenses");
    String[] words = {"ENTERPRISE RENT", "ACADEMY SPORTS #123", "ALASKA AIR 0271234567890"};
    assertCategories(runAll(US, -9_000L, words), words, "other_transport", "retail", "flight");
    // By the brand, not by the model's guess from the name's letters.
    assertThat(gb.source(0)).isEqualTo(org.insights.categoriser.impl.RuleMatcher.SOURCE_MERCHANT);
    assertThat(gb.source(1)).isEqualTo(org.insights.categoriser.impl.RuleMatcher.SOURCE_MERCHANT);
  }

  @Test
  void test_categorise_debtLinesAnUnderwriterMustSee() {
    // An IVA's contributions and a collector's solicitors are debt collection, a credit union's
    // debit a loan (the model had said buy-now-pay-later at 0.17, eating out, healthcare and payday
    // lending); card issuers and car finance brokers by their names.
    String[] lines = {"IVA PAYMENT", "CAPQUEST", "DRYDENS FAIRFAX", "CREDIT UNION", "ZABLE", "ZUTO", "PAYL8R"};
    assertCategories(runAll(GB, -5_000L, lines), lines, "debt_collection", "debt_collection", "debt_collection",
        "loan", "credit_card_repayment", "car_finance", "bnpl");
    // American ones (the model had read a collector as car finance and another as eating out).
    String[] us = {"ENCORE CAPITAL", "ERC COLLECTIONS", "PERPAY", "UPGRADE INC"};
    assertCategories(runAll(US, -20_000L, us), us, "debt_collection", "debt_collection", "bnpl", "loan");
  }

  @Test
  void test_categorise_appBankNamesOfBritishIndependents() {
    // An app bank's merchant names (title case, no prefix): the model had read a farm shop as a
    // supermarket at 0.39 with no name and a bus company as clothing; a spice restaurant was a
    // convenience store, a car dealer the clothing brand Evans, a nursery named after the American
    // investment app Acorns.
    String[] lines = {"Harrogate Farm Shop", "Oxford Bus Company", "Spice of India", "Evans Halshaw",
        "Little Acorns Nursery"};
    Categorisation c = runAll(GB, -3_000L, lines);
    assertCategories(c, lines, "supermarket", "public_transport", "eating_out", "vehicle_expenses", "childcare");
    assertThat(c.merchantName(4)).isEqualTo("Little Acorns Nursery");
  }

  @Test
  void test_categorise_lloydsTypeCodesBeforeThePayee() {
    // Lloyds' and Halifax's exports can write the type code before the payee: PAY a payment out
    // (the model read a shop into PAY J SMITH), CHG the bank's charge; PAY BY PHONE stays parking.
    String[] lines = {"PAY J SMITH", "CHG", "PAY BY PHONE PARKING"};
    assertCategories(runAll(GB, -1_500L, lines), lines, "p2p_transfer", "service_charges", "parking");
  }

  @Test
  void test_merchantName_refundWordsAreNoPartOfTheShopsName() {
    // REFUND before or after the shop's name said the money came back, and stayed in the name.
    // A card's rewards paid back name no shop either (CASHBACK BONUS REDEMPTION was a name).
    String[] lines = {"REFUND QZV SHOP", "RETURN FROM QZV STORE", "QZV SHOP REFUND", "REFUND",
        "CASHBACK BONUS REDEMPTION"};
    Categorisation c = runAll(GB, 5_000L, lines);
    assertCategories(c, lines, "refund", "refund", "refund", "refund", "refund");
    assertNames(c, lines, "Qzv Shop", "Qzv Store", "Qzv Shop", null, null);
    // A way of paying behind a processor is no merchant either (PAYPAL ECHECK was named Echeck).
    assertThat(runIn(US, "PAYPAL ECHECK", -2_000L).merchantName(0)).isEqualTo("PayPal");
    // Nor is the processor's PAYMENT before the shop's name (it was Payment Qzvshop).
    assertThat(run("PAYPAL PAYMENT QZVSHOP", -2_000L).merchantName(0)).isEqualTo("Qzvshop");
  }

  @Test
  void test_categorise_cardPurchaseAtUnknownMerchant_isNeverDebtSavingsOrGambling() {
    // Unknown merchants whose words (TOWER, STORE, MART, MANAGEMENT, FINANCIAL, REGIONAL) the model
    // had read as payday loans, card repayments and car finance: a card purchase needs a lender's
    // name or a cue word to be a repayment.
    String[] lines = {"CHECK CRD PURCHASE 03/14 SUNNY TOWER  MIAMI  FL 123456XXXXXX9876",
        "CHECK CRD PURCHASE 03/14 CAPITAL MANAGEMENT GRP  555-1234567  NY 123456XXXXXX9876",
        "CHECK CRD PURCHASE 03/14 PRAIRIE STORE  SALINA  KS 123456XXXXXX9876",
        "CHECK CRD PURCHASE 03/14 ACME FINANCIAL SERVICES  555-1234567  AZ 123456XXXXXX9876",
        "CHECK CRD PURCHASE 03/14 GOLDEN MART  FRESNO  CA 123456XXXXXX9876",
        "HSA CARD PURCHASE  03/14 LAKESIDE REGIONAL  DENVER  CO 123456XXXXXX9876"};
    Categorisation c = runAll(US, -4_200L, lines);
    for (int k = 0; k < lines.length; k++) {
      assertThat(c.affordabilityType(k)).as(lines[k]).isNotEqualTo("Debt");
      assertThat(c.category(k).key()).as(lines[k]).isNotIn("savings", "investments", "gambling");
    }
    // A named lender on a card line is still a repayment: the evidence is its name.
    assertThat(runIn(US, "CHECK CRD PURCHASE 03/14 SPEEDY CASH  555-1234567  KS 123456XXXXXX9876", -9_000L)
        .affordabilityType(0)).isEqualTo("Debt");
    // A health savings account card pays for medical costs.
    assertThat(runIn(US, lines[5], -4_200L).category(0).key()).isEqualTo("healthcare");
  }

  @Test
  void test_categorise_benefitsCutShortSpelledOutOrOfAnotherCountry() {
    // British statements cut a benefit's name at their field's width.
    Categorisation uk = run("UNIVERSAL CRED", 60_000L, "HOUSING BEN", 40_000L, "CARERS ALLOW", 30_000L, "TAX CRED",
        20_000L, "ATTENDANCE ALLOWANCE", 30_000L, "DEPT FOR WORK AND PENSIONS", 30_000L, "BEN SMITH", 30_000L);
    assertThat(uk.category(0).key()).isEqualTo("universal_credit");
    assertThat(uk.category(1).key()).isEqualTo("housing_benefit");
    assertThat(uk.category(2).key()).isEqualTo("carers_allowance");
    assertThat(uk.category(3).key()).isEqualTo("tax_credits");
    assertThat(uk.category(4).key()).isEqualTo("disability_benefit");
    assertThat(uk.category(5).key()).isEqualTo("other_benefit");
    assertThat(uk.category(6).key()).as("a person named Ben").doesNotContain("benefit");
    // American payers: veterans' benefits, California's unemployment insurance, a benefit of no named kind.
    Categorisation us = runIn(US, "VA BENEFITS TREAS 310", 150_000L, "STATE OF CALIF DES:EDD ID:1234", 45_000L,
        "TREAS 310 BENEFITS", 30_000L, "DWP 12345", 30_000L);
    assertThat(us.category(0).key()).isEqualTo("disability_benefit");
    assertThat(us.category(1).key()).isEqualTo("unemployment_benefit");
    assertThat(us.category(2).key()).isEqualTo("other_benefit");
    // Food and cash assistance paid onto the account (the model had said cash paid in).
    assertThat(runIn(US, "EBT DEPOSIT", 30_000L).category(0).key()).isEqualTo("other_benefit");
    // The model reads Universal Credit into a bare DWP on a British account; an American account
    // receives no British means-tested benefit, so the model may not choose one there.
    assertThat(runIn(GB, "DWP 12345", 30_000L).category(0).key()).isEqualTo("universal_credit");
    assertThat(us.category(3).key()).isNotIn("universal_credit", "child_benefit", "carers_allowance",
        "housing_benefit", "tax_credits", "state_pension", "council_tax");
  }

  @Test
  void test_categorise_amazonMarketplaceSellersAndFacebookAds() {
    // AMZ pays Amazon's marketplace sellers: the seller is the name, with or without the star.
    Categorisation c = run("AMZ*Cameta Camera  amzn.com/pmts WA", -8_900L, "AMZ JESWELL TECH", -1_299L,
        "FACEBK B2ARRFW9R2", -5_000L, "SQUARE ONE PIZZA", -1_800L);
    assertThat(c.merchantName(0)).isEqualTo("Cameta Camera");
    assertThat(c.category(0).key()).isEqualTo("online_retail");
    assertThat(c.merchantName(1)).isEqualTo("Jeswell Tech");
    assertThat(c.merchantName(2)).isEqualTo("Facebook");
    // A processor whose name is a word keeps its star: SQUARE opens this pizzeria's name.
    assertThat(c.merchantName(3)).isEqualTo("Square One Pizza");
  }

  @Test
  void test_merchantNames_appBankExportsInTitleCaseAreTheNameAsWritten() {
    // App banks export the merchant's name cleaned, in title case; a typed reference is a sentence.
    Categorisation c = run("Joe's Coffee House", -380L, "Cafe de la Paix", -2_400L, "Dinner with Sam", -2_000L,
        "John Smith", -5_000L);
    assertThat(c.merchantName(0)).isEqualTo("Joe's Coffee House");
    assertThat(c.merchantName(1)).isEqualTo("Cafe de la Paix");
    assertThat(c.merchantName(2)).isNull();
    // A person paid from an app bank is written the same way: only a rule's reading names a business.
    assertThat(c.merchantName(3)).isNull();
  }

  @Test
  void test_categorise_billsAnUnderwriterNeedsInBothCountries() {
    Categorisation uk = run("DD FOXTONS LTD", -95_000L, "DD HASTINGS DIRECT", -4_500L, "DD DENPLAN", -1_800L,
        "DD ABC LETTINGS LTD", -90_000L, "DD BLUE CROSS", -1_000L);
    assertThat(uk.category(0).key()).isEqualTo("rent");
    assertThat(uk.category(1).key()).isEqualTo("car_insurance");
    assertThat(uk.category(2).key()).isEqualTo("healthcare");
    assertThat(uk.category(3).key()).isEqualTo("rent");
    // The own list's American Blue Cross does not hide the brand index's British one.
    assertThat(uk.category(4).key()).isIn("pets", "gifts_charity");
    Categorisation us = runIn(US, "MR COOPER ACH", -180_000L, "CON ED OF NY INTELL CK", -12_000L, "SEZZLE", -4_000L,
        "PORTFOLIO RECOVERY ASSOC", -5_000L, "SYNCHRONY BANK PAYMENT", -7_500L, "BLUE CROSS", -45_000L);
    assertThat(us.category(0).key()).isEqualTo("mortgage");
    assertThat(us.category(1).key()).isEqualTo("energy");
    assertThat(us.category(2).key()).isEqualTo("bnpl");
    assertThat(us.category(3).key()).isEqualTo("debt_collection");
    assertThat(us.category(4).key()).isEqualTo("credit_card_repayment");
    assertThat(us.category(5).key()).isEqualTo("insurance");
  }

  @Test
  void test_categorise_digitalServicesGamesAndMealKits() {
    Categorisation c = run("AUDIBLE UK", -799L, "PLAYSTATION NETWORK", -5_999L, "HELLOFRESH", -3_499L,
        "BOLT.EU/O/2301", -1_250L, "STEAM CLEANING CO", -8_000L);
    assertThat(c.category(0).key()).isEqualTo("subscriptions");
    assertThat(c.category(1).key()).isEqualTo("leisure");
    assertThat(c.category(2).key()).isEqualTo("supermarket");
    assertThat(c.category(3).key()).isEqualTo("other_transport");
    // STEAM is Valve's shop only as STEAM GAMES, STEAM PURCHASE...: a carpet cleaner is no game.
    assertThat(c.merchantName(4)).isNotEqualTo("Steam");
  }

  @Test
  void test_categorise_incomeLinesOfMoreKinds() {
    Categorisation uk = run("NHS PENSIONS", 90_000L, "STUDENT FINANCE ENGLAND", 250_000L, "NHS PENSIONS", -9_000L);
    assertThat(uk.category(0).key()).isEqualTo("pension_income");
    assertThat(uk.category(1).key()).as("a maintenance loan paid in").isEqualTo("loan_advance");
    assertThat(uk.category(2).key()).isEqualTo("pension_contribution");
    Categorisation us = runIn(US, "US TREASURY 310 SSI", 90_000L, "ETSY DEPOSIT", 12_000L, "INSTACART SHOPPER", 30_000L);
    assertThat(us.category(0).key()).isEqualTo("social_security");
    assertThat(us.category(1).key()).isEqualTo("gig_income");
    assertThat(us.category(2).key()).isEqualTo("gig_income");
    // A wallet's balance moved to the bank is the holder's own money, no refund from the processor.
    Categorisation wallet = run("PAYPAL TRANSFER", 12_000L, "PAYPAL WITHDRAWAL", 8_000L, "PAYPAL *EBAY", 2_500L);
    assertThat(wallet.category(0).key()).isEqualTo("own_transfer");
    assertThat(wallet.category(1).key()).isEqualTo("own_transfer");
    assertThat(wallet.category(2).key()).isEqualTo("refund");
  }

  @Test
  void test_categorise_trainAndTransitOperatorsOfTheirCountry() {
    assertThat(run("GWR OXFORD SST", -2_340L).category(0).key()).isEqualTo("public_transport");
    assertThat(run("LNER 123456", -4_500L).merchantName(0)).isEqualTo("LNER");
    assertThat(runIn(US, "SEPTA 1234 PHILADELPHIA PA", -250L).category(0).key()).isEqualTo("public_transport");
    assertThat(runIn(GB, "SEPTA 1234 PHILADELPHIA PA", -250L).merchantName(0)).isNotEqualTo("SEPTA");
  }

  @Test
  void test_categorise_merchantsCuesAndDirection() {
    assertThat(key("CARD PAYMENT TO TESCO STORES 2041 ON 05 JAN", -1250L)).isEqualTo("supermarket");
    assertThat(key("CRV*CAFFE NERO 0423 LEEDS GB", -320L)).isEqualTo("eating_out");
    assertThat(key("DD BRITISH GAS", -6500L)).isEqualTo("energy");
    assertThat(key("DD LEEDS CITY COUNCIL CTAX", -14_500L)).isEqualTo("council_tax");
    assertThat(key("SO J PATEL RENT", -85_000L)).isEqualTo("rent");
    assertThat(key("OVERDRAFT INTEREST", -1_200L)).isEqualTo("overdraft_charges");
    assertThat(key("BGC ACME LTD SALARY", 250_000L)).isEqualTo("salary");
    assertThat(key("ACME CORP PAYROLL PPD ID: 1234567890", 250_000L)).isEqualTo("salary");
    // A shop on a credit is a refund from it, and keeps the shop's name.
    Categorisation refund = run("AMAZON.CO.UK", 2_599L);
    assertThat(refund.category(0).key()).isEqualTo("refund");
    assertThat(refund.merchantName(0)).isEqualTo("Amazon");
    // The same platform pays gig workers and sells rides.
    assertThat(key("UBER BV PAYOUT", 18_000L)).isEqualTo("gig_income");
    // Atto files rides under its own 30068 Other transport (the recorded file: UBER *TRIP).
    assertThat(key("UBER *TRIP", -1_450L)).isEqualTo("other_transport");
    assertThat(key("ATM WITHDRAWAL LEEDS", -2_000L)).isEqualTo("cash_withdrawal");
    // US bill payments: a card issuer's "thank you", the tax authority, a P2P app that says CASH.
    Categorisation bills = run("ONLINE PAYMENT THANK YOU", -25_000L, "IRS USATAXPYMT", -120_000L,
        "CASH APP*JOHN SMITH", -4_000L);
    assertThat(bills.category(0).key()).isEqualTo("credit_card_repayment");
    assertThat(bills.merchantName(0)).isNull();
    assertThat(bills.category(1).key()).isEqualTo("service_charges");
    assertThat(bills.category(2).key()).isEqualTo("p2p_transfer");
    Categorisation more = run("AUTOMATIC PAYMENT - THANK", -20_785L, "Send Money transaction initiated", 75_000L);
    assertThat(more.category(0).key()).isEqualTo("credit_card_repayment");
    assertThat(more.merchantName(0)).isNull();
    assertThat(more.category(1).key()).isEqualTo("p2p_transfer");
    // A payment processor stands for the merchant only when no known merchant is named after it
    // (its category); an unknown merchant behind it still gives the name.
    Categorisation paypal = run("PAYPAL *NETFLIX", -999L, "PAYPAL *QZXWIDGETS", -1_500L);
    assertThat(paypal.category(0).key()).isEqualTo("subscriptions");
    assertThat(paypal.merchantName(0)).isEqualTo("Netflix");
    assertThat(paypal.category(1).key()).isEqualTo("online_retail");
    assertThat(paypal.merchantName(1)).isEqualTo("Qzxwidgets");
    assertThat(key("CHECK CRD PURCHASE 11/11 SHELL OIL 57444 AUSTIN TX 4111XXXXXXXX1111", -4_000L))
        .isEqualTo("fuel");
  }

  @Test
  void test_categorise_independentsOnFixedWidthCardLines() {
    // Invented card lines in the fixed-width layout (22-character merchant column, then town, state).
    // A kind-of-business word names what an unknown business sells.
    Categorisation c = run(
        "CHECK CRD PURCHASE 11/11 QUENTIN FLORAL DESIGN  OMAHA        NE 123456XXXXXX7890", -4_500L,
        // The column was cut at its width: the last word is a fragment of CHIROPRACTIC, which counts as
        // the cue there and is no part of the name.
        "CHECK CRD PURCHASE 11/11 HIMMEL FAMILY CHIROPR  DALLAS       TX 123456XXXXXX7890", -6_000L,
        // A brand inside a longer name (PINK, a clothes brand) does not outvote what the name says ...
        "CHECK CRD PURCHASE 11/11 PINK PONY STEAKHOUSE   SCOTTSDALE   AZ 123456XXXXXX7890", -8_800L,
        // ... at the start of the column it is the merchant ...
        "CHECK CRD PURCHASE 11/11 PINK #1234             SCOTTSDALE   AZ 123456XXXXXX7890", -3_900L,
        // ... and inside a name nothing contradicts, it still names the business.
        "CHECK CRD PURCHASE 11/11 SMALLTOWN CITGO        SPRINGFIELD  IL 123456XXXXXX7890", -3_000L);
    assertThat(c.category(0).key()).isEqualTo("gifts_charity");
    assertThat(c.merchantName(0)).isEqualTo("Quentin Floral Design");
    assertThat(c.category(1).key()).isEqualTo("healthcare");
    assertThat(c.merchantName(1)).isEqualTo("Himmel Family");
    assertThat(c.category(2).key()).isEqualTo("eating_out");
    assertThat(c.merchantName(2)).isEqualTo("Pink Pony Steakhouse");
    assertThat(c.category(3).key()).isEqualTo("clothing");
    assertThat(c.merchantName(3)).isEqualTo("Pink");
    assertThat(c.category(4).key()).isEqualTo("fuel");
    assertThat(c.merchantName(4)).isEqualTo("Citgo");
    // A weak cue (MOBILE, here the store's town) does not outvote the brand that opens the column.
    Categorisation hooters = run("CHECK CRD PURCHASE 11/11 HOOTERS MOBILE         MOBILE       AL", -2_500L);
    assertThat(hooters.category(0).key()).isEqualTo("eating_out");
    assertThat(hooters.merchantName(0)).isEqualTo("Hooters");
  }

  @Test
  void test_categorise_doctorsByTitleWhereTheNameBeginsOrByLicence() {
    // Invented lines: a practice billed under its doctor's or therapist's name. DR counts where the
    // merchant's name begins (after a card prefix), not later in the name; a brand named DR... stays
    // the brand, and a bank transfer to a DR stays a transfer.
    String[] us = {"CHECK CRD PURCHASE 11/11 DR HELGA VANTERPOOL TULSA        OK 123456XXXXXX7890",
        "CHECK CRD PURCHASE 11/11 MARA QUILLEN LCSW  BOISE        ID 123456XXXXXX7890",
        "CHECK CRD PURCHASE 11/11 OTTO BRANDT DVM    BOISE        ID 123456XXXXXX7890",
        "CHECK CRD PURCHASE 11/11 SMOG DR            LA MESA      CA 123456XXXXXX7890"};
    Categorisation c = runAll(US, -6_000L, us);
    assertCategories(c, us, "healthcare", "healthcare", "pets");
    assertThat(c.category(3).key()).as(us[3]).isNotEqualTo("healthcare");
    assertThat(c.merchantName(0)).isEqualTo("Dr Helga Vanterpool");
    String[] gb = {"CARD PAYMENT TO DR A PATEL ON 12 MAR", "CARD PAYMENT TO DR MARTENS ON 12 MAR",
        "FPO DR A PATEL REF DINNER"};
    assertCategories(runAll(GB, -6_000L, gb), gb, "healthcare", "clothing", "p2p_transfer");
  }

  @Test
  void test_merchantNames_townGluedInItsOwnCaseToACutColumnIsNotTheName() {
    // Invented lines in a US bank's layout: the merchant column cut at its width, the town glued to it.
    String[] lines = {"DEBIT PURCHASE -VISA SQ *BLUE BOTTLE COFFEOakland CA",
        "DEBIT PURCHASE -VISA QUENTIN FLORAL DESIGNOmaha NE"};
    Categorisation c = runAll(US, -2_500L, lines);
    // The column filled to its width was cut: its fragment goes, as it would before a gap.
    assertThat(c.merchantName(0)).isEqualTo("Blue Bottle");
    assertThat(c.merchantName(1)).isEqualTo("Quentin Floral Design");
    assertThat(c.category(1).key()).isEqualTo("gifts_charity");
    // Capitals meeting a word of fewer than three small letters are no town (a camel-cased code).
    String code = "ACT*VSAofWaukeeOLR 555-555-5555 CA";
    assertThat(Descriptions.ungluedTown(code)).isSameAs(code);
    assertThat(Descriptions.ungluedTown("Tesco Stores 3107")).isEqualTo("Tesco Stores 3107");
  }

  @Test
  void test_merchantNames_ukPaymentTypeAfterTheNameIsNoPartOfIt() {
    // Invented UK lines: the payment type written after the payee (DD, DDR) names nobody, and a
    // processor with nothing but such words behind it is the payee itself.
    String[] lines = {"PAYPAL EUROPE DD", "PAYPAL PAYMENT 1234567890 DDR", "HOLLOWAY PLUMBING LTD DDR",
        "Monzo Flex repayment"};
    Categorisation c = runAll(GB, -5_000L, lines);
    assertThat(c.merchantName(0)).isEqualTo("PayPal");
    assertThat(c.merchantName(1)).isEqualTo("PayPal");
    assertThat(c.merchantName(2)).isEqualTo("Holloway Plumbing");
    // Monzo's own buy-now-pay-later line is a debt repayment, not money moved to an own account.
    assertThat(c.category(3).key()).isEqualTo("bnpl");
  }

  @Test
  void test_categorise_aCueWordInALendersNameSaysNothingOfHowItWasPaid() {
    // CASH in a payday lender's name is no cash machine; CASH alone still is one.
    String[] lines = {"SPEEDY CASH", "CHECK INTO CASH", "CASH 12MAR HIGH ST"};
    Categorisation c = runAll(US, -20_000L, lines);
    assertCategories(c, lines, "payday_loan", "payday_loan", "cash_withdrawal");
    assertThat(c.paymentClass(0).key()).isNotEqualTo("atm");
    assertThat(c.paymentClass(1).key()).isNotIn("atm", "cheque");
    assertThat(c.paymentClass(2).key()).isEqualTo("atm");
    // A cue word in the name that says the merchant's own category still says how a bill is paid,
    // and a payment type before the name is no part of it.
    String[] bills = {"DD EDF ENERGY", "EDF ENERGY", "DD AQUA", "DD C TAX 123456"};
    Categorisation b = runAll(GB, -9_000L, bills);
    for (int k = 0; k < bills.length; k++) {
      assertThat(b.paymentClass(k).key()).as(bills[k]).isEqualTo("recurring");
    }
    assertThat(b.category(3).key()).isEqualTo("council_tax");
  }

  @Test
  void test_categorise_aMerchantPayingInByBankTransferIsNoRefund() {
    // A shop's money back comes on the card's line; by BGC, BACS or a faster payment a merchant's
    // company pays its staff or its clients.
    String[] lines = {"BGC TESCO STORES LTD", "ROYAL MAIL GROUP LTD BGC", "BACS SAINSBURYS SUPERMARKETS LTD",
        "Bank credit TESCO STORES LTD", "Payment from TESCO STORES LTD", "CREDIT FROM ROYAL MAIL GROUP LTD",
        "TESCO STORES LTD"};
    Categorisation c = runAll(GB, 180_000L, lines);
    for (int k = 0; k < lines.length; k++) {
      // Neither a refund nor a person's payment: both are left out of income. (The last: a company
      // paying in 1,800.00 under its legal name, as app banks show a BACS credit, with no bank word.)
      assertThat(c.category(k).key()).as(lines[k]).isNotIn("refund", "p2p_transfer");
      assertThat(c.merchantName(k)).as(lines[k]).isNull();
    }
    // A legal form alone says nothing of a refund-sized sum: a card's refunds carry it too. Nor does a
    // card line, whatever the sum.
    String[] refunds = {"VIS TESCO STORES 3107", "TESCO STORES 3107 LONDON", "ASOS.COM LTD", "TESCO STORES LTD"};
    Categorisation r = runAll(GB, 4_500L, refunds);
    for (int k = 0; k < refunds.length; k++) {
      assertThat(r.category(k).key()).as(refunds[k]).isEqualTo("refund");
    }
    assertThat(runAll(GB, 180_000L, "VIS TESCO STORES 3107").category(0).key()).isEqualTo("refund");
  }

  @Test
  void test_categorise_restaurantAbbreviatedToFitTheColumn() {
    // Invented card lines: REST and RSTRNT are RESTAURANT cut to fit, spelled out in the name when
    // last; REST inside a name is a word of its own, and a rest area is a roadside stop.
    String[] lines = {"CHECK CRD PURCHASE 11/11 QUENTIN FAMILY REST   TULSA        OK 123456XXXXXX7890",
        "CHECK CRD PURCHASE 11/11 TAJ RSTRNT             TULSA        OK 123456XXXXXX7890",
        "CHECK CRD PURCHASE 11/11 I-40 REST AREA         AMARILLO     TX 123456XXXXXX7890"};
    Categorisation c = runAll(US, -2_500L, lines);
    assertCategories(c, lines, "eating_out", "eating_out", "fuel");
    assertThat(c.merchantName(0)).isEqualTo("Quentin Family Restaurant");
    assertThat(c.merchantName(1)).isEqualTo("Taj Restaurant");
    // The other abbreviations of a kind of business say what the word spelled out says.
    String[] more = {"DEBIT CRD PUR INTL 11/11 HTL QUENTINA         CAPRI        IT 123456XXXXXX7890",
        "CHECK CRD PURCHASE 11/11 QUENTIN PHARM          TULSA        OK 123456XXXXXX7890",
        "CHECK CRD PURCHASE 11/11 QUENTIN HAWAII SUPRMKT  TULSA        OK 123456XXXXXX7890"};
    assertCategories(runAll(US, -2_500L, more), more, "holidays", "healthcare", "supermarket");
  }

  @Test
  void test_categorise_cardIssuersOwnCreditsAndWordsThatNameNobody() {
    // Invented credit-card statement lines: the issuer's own credits are money back and name no
    // merchant; a star before words that name nobody leaves the name before it.
    String[] credits = {"INTEREST CHARGE REVERSAL", "STATEMENT CREDIT", "CASHBACK REWARD"};
    Categorisation c = runAll(US, 1_500L, credits);
    assertCategories(c, credits, "refund", "refund", "refund");
    for (int k = 0; k < credits.length; k++) {
      assertThat(c.merchantName(k)).as(credits[k]).isNull();
    }
    Categorisation d = runAll(US, -3_900L, "CHECK CRD PURCHASE 11/11 QZV*MEMBERSHIP 555-555-5555 VA 123456XXXXXX7890",
        "ANNUAL MEMBERSHIP FEE");
    assertThat(d.merchantName(0)).isEqualTo("Qzv");
    assertThat(d.merchantName(1)).isNull();
  }

  @Test
  void test_merchantNames_moreKindsOfBusinessEndANameBeforeTownAndState() {
    // Invented one-space lines of restaurant point-of-sale processors: the kind of business ends the
    // name, the town and state after it go.
    String[] lines = {"TST* THE LOCAL EATERY BOSTON MA", "TST* QUENTIN TAQUERIA AUSTIN TX",
        "TST* RED BARN SMOKEHOUSE NASHVILLE TN"};
    Categorisation c = runAll(US, -2_500L, lines);
    assertThat(c.merchantName(0)).isEqualTo("Local Eatery");
    assertThat(c.merchantName(1)).isEqualTo("Quentin Taqueria");
    assertThat(c.merchantName(2)).isEqualTo("Red Barn Smokehouse");
    // British one-space lines have no state: one unknown word after a kind of business that ends a
    // name is the town; a word that goes on from a kind (AUTO RECYCLING) is no town.
    String[] gb = {"VIS THE OLD BAKERY CAFE CHELTENHAM", "DEB QUENTINS BARBERS STROUD",
        "VIS QZV AUTO RECYCLING", "VIS QUENTIN CAFE"};
    Categorisation g = runAll(GB, -2_500L, gb);
    assertThat(g.merchantName(0)).isEqualTo("Old Bakery Cafe");
    assertThat(g.merchantName(1)).isEqualTo("Quentins Barbers");
    assertThat(g.merchantName(2)).isEqualTo("Qzv Auto Recycling");
    assertThat(g.merchantName(3)).isEqualTo("Quentin Cafe");
    // A store's number or the legal form ends the name before a British line's town; the country's
    // code at the end says the words after a kind of business are the town's, known word or two.
    String[] town = {"QUENTINS CAFE 0234 MANCHESTER GB", "IZ *QZV CORNER LTD OXFORD", "QZV TRADERS PLC ONLINE",
        "SQ *THE QUENTIN SHOP BRISTOL GB", "THE QZV PUB HIGH WYCOMBE GB", "THE QZV PUB HIGH WYCOMBE",
        "QUENTIN 1234 CAFE", "ROUTE 66 QZV DINER"};
    Categorisation t = runAll(GB, -2_500L, town);
    assertThat(t.merchantName(0)).isEqualTo("Quentins Cafe");
    assertThat(t.merchantName(1)).isEqualTo("Qzv Corner");
    assertThat(t.merchantName(2)).isEqualTo("Qzv Traders");
    assertThat(t.merchantName(3)).isEqualTo("Quentin Shop");
    assertThat(t.merchantName(4)).isEqualTo("Qzv Pub");
    assertThat(t.merchantName(5)).isEqualTo("Qzv Pub High Wycombe"); // no country code: nothing says where it ends
    assertThat(t.merchantName(6)).isEqualTo("Quentin Cafe"); // a kind of business is no town
    assertThat(t.merchantName(7)).isEqualTo("Route 66 Qzv Diner"); // two digits are the name's
    // NatWest's fields: card, date, the contactless mark, then the merchant and the town between commas.
    String[] natwest = {"4829 12MAR23 C , QUENTINS BAKERY , CHELTENHAM GB", "4829 12MAR23 , QZV HARDWARE LTD , STROUD GB"};
    Categorisation n = runAll(GB, -450L, natwest);
    assertThat(n.merchantName(0)).isEqualTo("Quentins Bakery");
    assertThat(n.merchantName(1)).isEqualTo("Qzv Hardware");
    assertThat(Descriptions.normaliseColumns(natwest[0], 0, new Chars(64), MerchantNames.NO_LOCATIONS))
        .endsWith("| CHELTENHAM GB ");
    // The amount in a foreign currency after a purchase abroad is no part of the name; a taverna
    // ends a name before its town as a cafe does.
    assertThat(MerchantNames.extract("CAFE QUENTIN PARIS FR 35.00 EUR")).isEqualTo("Cafe Quentin Paris");
    assertThat(runAll(GB, -3_500L, "VIS THE QZV TAVERNA CHELTENHAM").merchantName(0)).isEqualTo("Qzv Taverna");
    // A number that is the name's keeps its place though the store's own number repeats it.
    assertThat(MerchantNames.extract("ROUTE 1 #1 QZV DINER")).isEqualTo("Route 1 Qzv Diner");
    // Lloyds' and Halifax's lines end in the day written in digits: ON and the date go together.
    assertThat(runAll(GB, -2_300L, "CARD PAYMENT TO THE QZV PUB ON 12-03-2023", "QUENTIN BARBERS ON 2023-03-12",
        "QUENTIN BARBERS ON 12/03").merchantName(0)).isEqualTo("Qzv Pub");
    assertThat(MerchantNames.extract("QUENTIN BARBERS ON 2023-03-12")).isEqualTo("Quentin Barbers");
    assertThat(MerchantNames.extract("QUENTIN BARBERS ON 12/03")).isEqualTo("Quentin Barbers");
    // A web address's WWW is no part of the shop's name.
    assertThat(runAll(GB, -5_500L, "CARD PAYMENT TO WWW.QUENTINSHOP.CO.UK ON 12 MAR").merchantName(0))
        .isEqualTo("Quentinshop.co.uk");
    // Nor is a domain the column cut short (.CO.U of .CO.UK) a word of it.
    assertThat(MerchantNames.extract("WWW.QUENTINMEDICAL.CO.U")).isEqualTo("Quentinmedical");
    assertThat(MerchantNames.extract("WWW.QUENTIN-DIRECT.CO.")).isEqualTo("Quentin Direct");
    assertThat(MerchantNames.extract("QUENTIN DIRECT.")).isEqualTo("Quentin Direct");
  }

  @Test
  void test_merchantNames_lendersAndCollectorsAreNamedEachByItsOwnName() {
    // Who is repaid, or who collects, is what an underwriter reads first: each lender its own name,
    // not one shared "no name" for the group. TK Maxx is not TJ Maxx in Britain; WH Smith's spellings.
    String[] lines = {"LOWELL FINANCIAL LTD", "CABOT FINANCIAL", "HALIFAX MORTGAGE 12345678", "LENDING STREAM",
        "T K MAXX", "TJ MAXX", "W H SMITH 1234 READING", "J SAINSBURY PLC"};
    Categorisation c = runAll(GB, -3_500L, lines);
    assertCategories(c, lines, "debt_collection", "debt_collection", "mortgage", "payday_loan", "clothing",
        "clothing", "retail", "supermarket");
    String[] names = {"Lowell", "Cabot Financial", "Halifax", "Lending Stream", "TK Maxx", "TJ Maxx", "WHSmith",
        "Sainsbury's"};
    // A housing group's or a council's housing rent; PayPal's Pay in 3 glued.
    String[] more = {"QZV HOUSING GROUP", "LB QUENTIN HOUSING RENT", "PAYPAL PAYIN3"};
    assertCategories(runAll(GB, -50_000L, more), more, "rent", "rent", "bnpl");
    // A business's own payments: a salary paid out is a transfer (as wages are), its cloud and its
    // accountant are what they are.
    String[] business = {"SALARY J SMITH", "AWS EMEA", "ACCOUNTANCY FEES"};
    Categorisation b = runAll(GB, -200_000L, business);
    assertCategories(b, business, "transfer", "subscriptions", "professional_fees");
    assertThat(b.merchantName(1)).isEqualTo("Amazon Web Services");
    // A supermarket's petrol filling station sells fuel; the driving test; Amazon's e-books; milk delivered.
    String[] shops = {"TESCO PFS 1234", "DVSA", "KINDLE", "MILK & MORE"};
    Categorisation sh = runAll(GB, -1_500L, shops);
    assertCategories(sh, shops, "fuel", "vehicle_expenses", "online_retail", "supermarket");
    assertThat(sh.merchantName(0)).isEqualTo("Tesco");
    assertThat(sh.merchantName(2)).isEqualTo("Amazon");
    // British chains the own list lacked (the model read eating out into most of them).
    String[] chains = {"SELFRIDGES", "HMV", "MOONPIG", "FATFACE", "BOOHOO", "PRETTYLITTLETHING", "ALIEXPRESS"};
    assertCategories(runAll(GB, -1_500L, chains), chains, "retail", "retail", "gifts_charity", "clothing", "clothing",
        "clothing", "online_retail");
    // Gyms' direct-debit collectors, and a cheque paid in.
    assertThat(runAll(GB, -4_000L, "DD GYMFLEX", "DD HARLANDS GROUP").category(1).key()).isEqualTo("fitness");
    assertThat(runAll(GB, -4_000L, "DD GYMFLEX").category(0).key()).isEqualTo("fitness");
    Categorisation cheque = runAll(GB, 10_000L, "CHEQUE PAID IN");
    assertThat(cheque.category(0).key()).isEqualTo("other_income");
    assertThat(cheque.paymentClass(0).key()).isEqualTo("cheque");
    assertNames(c, lines, names);
    String[] usLines = {"LVNV FUNDING LLC", "OPPLOANS PAYMENT", "BK OF AMER VISA ONLINE PMT", "NETSPEND RELOAD",
        "PAYPAL INST XFER"};
    // Restaurant chains are named as the chains name themselves (the model had the category, not the name).
    Categorisation r = runAll(US, -1_500L, "PF CHANGS #1234", "JERSEY MIKES 12345", "MCALISTERS DELI");
    assertThat(r.merchantName(0)).isEqualTo("P.F. Chang's");
    assertThat(r.merchantName(1)).isEqualTo("Jersey Mike's Subs");
    assertThat(r.merchantName(2)).isEqualTo("McAlister's Deli");
    String[] usShops = {"QFC", "JOANN STORES", "CRUMBL COOKIES", "FANDANGO.COM", "SPIRIT AIRLINES", "GREYHOUND LINES"};
    assertCategories(runAll(US, -1_500L, usShops), usShops, "supermarket", "retail", "eating_out", "leisure", "flight",
        "public_transport");
    Categorisation us = runAll(US, -9_000L, usLines);
    assertThat(us.merchantName(0)).isEqualTo("LVNV Funding");
    assertThat(us.merchantName(1)).isEqualTo("OppLoans");
    // Bank of America's card repaid; a prepaid card reloaded is the holder's own money moved; PayPal
    // funded by instant transfer is a transfer of what the line does not tell, to no merchant "Inst Xfer".
    assertCategories(us, usLines, "debt_collection", "payday_loan", "credit_card_repayment", "own_transfer",
        "transfer");
    assertThat(us.merchantName(2)).isEqualTo("Bank of America");
    assertThat(us.merchantName(4)).isNull();
  }

  @Test
  void test_merchantNames_otherUsBanksStyles() {
    // Invented lines in the styles of Chase's title-case exports, bill pay, and exports that put the
    // country after the state: the prefix, the town, the state and the country go.
    String[] lines = {"Card Purchase With Pin 11/11 Quentins Market Brooklyn NY Card 1234",
        "Recurring Card Purchase 11/11 Qzv Fitness Club Denver CO Card 1234", "ONLINE PMT QZV ELECTRIC COOP",
        "Quentins Deli Brooklyn NY", "QUENTINS DELI BROOKLYN NY USA", "QUENTINS DELI BROOKLYN NY US"};
    Categorisation c = runAll(US, -2_345L, lines);
    String[] names = {"Quentins Market", "Qzv Fitness Club", "Qzv Electric Coop", "Quentins Deli", "Quentins Deli",
        "Quentins Deli"};
    assertNames(c, lines, names);
    // A title-case name with no state's code in capitals is the name people use, as an app bank writes it.
    assertThat(runAll(US, -2_345L, "Quentins Deli Brooklyn").merchantName(0)).isEqualTo("Quentins Deli Brooklyn");
  }

  @Test
  void test_categorise_usLendersTaxAndPlatformPayoutsInOtherBanksStyles() {
    // Invented lines in the styles of US exports (push-to-card payouts, ACH tax debits, invoice
    // payments received through QuickBooks, cash-advance apps).
    String[] debits = {"BRIDGECREST DT RETAIL 1234 123 1234567890", "LEGALSHIELD *MEMBRSHIP 1234567890 OK",
        "CCD DEBIT, ADP TAX ADP TAX KHXFH 123456", "WEBFILE TAX PYMT DD 123/45678901 CCD ID: 1234",
        "ONLINE PURCHASE QZV DINER"};
    Categorisation d = runAll(US, -20_000L, debits);
    assertCategories(d, debits, "car_finance", "professional_fees", "service_charges", "service_charges", "eating_out");
    assertThat(d.merchantName(0)).isEqualTo("Bridgecrest");
    assertThat(d.merchantName(4)).isEqualTo("Qzv Diner");
    String[] credits = {"QZV CONST/QUICKBOOKS / 123, 456 O", "Instacash Funds NEW YORK NY 123456 11/11",
        "Uber 11/11 #123456789 PMNT RCVD Uber San Francisco CA"};
    Categorisation c = runAll(US, 80_000L, credits);
    // An invoice paid through QuickBooks is the business's takings; a cash advance is a loan paid
    // out; Uber's push to the driver's card is gig income (the town's Uber is no second name).
    assertCategories(c, credits, "gig_income", "loan_advance", "gig_income");
    // Round-ups and pots: money kept going out, the holder's own money coming back; a shop named
    // ROUNDUP is no round-up (the cue holds only where the line begins).
    String[] out = {"Round Up - Checking", "KEEP THE CHANGE TRANSFER TO ACCT 1234", "Transfer to Pot",
        "CHECK CRD PURCHASE 11/11 ROUNDUP HARDWARE ROUNDUP MT 123456XXXXXX1234"};
    assertCategories(runAll(US, -2_100L, out), out, "savings", "savings", "savings", "home_improvement");
    String[] in = {"Round-up Credit from Purchase", "RoundUp Deposit", "Withdrawn from Pot"};
    assertCategories(runAll(US, 2_100L, in), in, "own_transfer", "own_transfer", "own_transfer");
    // The ATM charged for a declined withdrawal or a balance enquiry: a fee, no cash.
    String[] fees = {"Debit: ATM Transaction Decline Fee - Domestic", "ATM Balance Inquiry Fee (out-of-network)"};
    Categorisation f = runAll(US, -100L, fees);
    assertCategories(f, fees, "service_charges", "service_charges");
    assertThat(f.paymentClass(0).key()).isEqualTo("fee");
    // An exporter's label before the merchant's own name, and its semicolons between fields, end the
    // name the description gives; the labelled name is read as a bank's merchant name would be.
    assertThat(MerchantNames.labelledMerchant("HIS*QZV INC. Merchant name: Qzv Inc")).isEqualTo("Qzv Inc");
    assertThat(MerchantNames.labelledMerchant("QZV SURNAME: SMITH")).isNull();
    String[] labelled = {"HIS*QZV INSURERS INC. Merchant name: Qzv Insurers Inc", "QUENTIN HEALTH; QUENTIN HEALTH::; 12345",
        "TYPEFORM, S.L.. Merchant name: TYPEFORM, S.L."};
    Categorisation l = runAll(US, -22_300L, labelled);
    assertThat(l.merchantName(0)).isEqualTo("Qzv Insurers");
    assertThat(l.merchantName(1)).isEqualTo("Quentin Health");
    assertThat(l.merchantName(2)).isEqualTo("Typeform");
    // An export that masks the authorisation's digits keeps its letter: still the card's reference.
    assertThat(runAll(US, -485L, "PURCHASE AUTHORIZED ON XX/XX QUENTINS DONUT KIRKLAND WA SXXXXXXXXXXXXXXX CARD XXXX")
        .merchantName(0)).isEqualTo("Quentins Donut");
  }

  @Test
  void test_categorise_appBanksOwnMoves() {
    // Revolut's and Monzo's own lines: currency exchanged between the holder's balances, vaults, a
    // top-up from the holder's card, the plan's fee, interest charged, a payment to another user.
    String[] out = {"Exchanged to EUR", "To Vault", "Apple Pay top-up", "Revolut Premium", "Interest",
        "Transfer to Revolut user"};
    assertCategories(runAll(GB, -1_000L, out), out, "own_transfer", "savings", "own_transfer", "service_charges",
        "overdraft_charges", "p2p_transfer");
    String[] in = {"Exchanged from USD", "From Vault", "Interest"};
    assertCategories(runAll(GB, 1_000L, in), in, "own_transfer", "own_transfer", "interest_income");
    // An app bank writes the merchant's display name: exactly that names the merchant, even where the
    // word alone is too common for a pattern (Apple, Next); not a given name (Max, a friend), nor a
    // bank's name alone (Halifax: a mortgage, a card or the holder's own account), nor money in.
    String[] names = {"Apple", "Next", "Max", "Halifax"};
    Categorisation d = runAll(GB, -1_500L, names);
    assertCategories(d, names, "subscriptions", "clothing", "p2p_transfer");
    assertThat(d.merchantName(0)).isEqualTo("Apple");
    assertThat(d.merchantName(1)).isEqualTo("Next");
    assertThat(d.merchantName(2)).isNull();
    assertThat(d.category(3).key()).isNotEqualTo("mortgage");
    assertThat(runAll(GB, 1_500L, "Apple").merchantName(0)).isNull();
  }

  @Test
  void test_categorise_creditUnionLines() {
    // Invented lines in credit unions' styles: POS WITHDRAWAL is a card prefix, the card's number
    // after the state goes with the town, and a cheque paid out names nobody.
    String[] lines = {"POS Withdrawal QUENTIN FAMILY DINER TULSA OK",
        "DBT CRD 1234 03/12/24 12345678 QUENTIN FAMILY DINER TULSA OK C#1234", "Withdrawal Check 1234"};
    Categorisation c = runAll(US, -4_500L, lines);
    assertThat(c.merchantName(0)).isEqualTo("Quentin Family Diner");
    assertThat(c.merchantName(1)).isEqualTo("Quentin Family Diner");
    assertThat(c.category(2).key()).isEqualTo("transfer");
    assertThat(c.paymentClass(2).key()).isEqualTo("cheque");
    // Chase-style lines: the card's last digits end the name, Apple Pay's marker is a prefix, and
    // services (cleaners, repairs) end a name before the town like shops.
    String[] chase = {"CARD PURCHASE 03/12 QUENTIN FAMILY DINER TULSA OK CARD 1234",
        "AplPay QUENTIN GRILL TULSA OK", "PY *QUENTIN DRY CLEANERS TULSA OK", "QUENTIN AUTO REPAIR TULSA OK"};
    Categorisation d = runAll(US, -2_500L, chase);
    assertThat(d.merchantName(0)).isEqualTo("Quentin Family Diner");
    assertThat(d.merchantName(1)).isEqualTo("Quentin Grill");
    assertThat(d.merchantName(2)).isEqualTo("Quentin Dry Cleaners");
    assertThat(d.merchantName(3)).isEqualTo("Quentin Auto Repair");
  }

  @Test
  void test_categorise_brandsWithANumberOfTheirOwn() {
    // The normaliser drops numbers as store numbers; brands named with one are glued first.
    String[] lines = {"CHECK CRD PURCHASE 11/11 7 ELEVEN 1234 DALLAS TX", "PHILLIPS 66 - 12345 TULSA OK",
        "MOTEL 6 #1234 TULSA OK", "24 HOUR FITNESS USA", "99 CENTS ONLY #123", "JOHN PHILLIPS 66 ELM ST"};
    Categorisation c = runAll(US, -500L, lines);
    assertCategories(c, lines, "convenience", "fuel", "holidays", "fitness", "retail");
    assertThat(c.merchantName(0)).isEqualTo("7-Eleven");
    assertThat(c.merchantName(1)).isEqualTo("Phillips 66");
    // Only where the merchant's name begins: a surname before a house number is not the brand.
    assertThat(c.merchantName(5)).isNotEqualTo("Phillips 66");
    assertThat(c.source(5)).isNotEqualTo((byte) 1);
  }

  @Test
  void test_categorise_everyDictionaryBrandWithANumber() {
    // Not a hand list: every dictionary pattern with a number of its own is matched, written with
    // the number spaced, hyphened, after a # or glued, in any case, cut after the number.
    String[] lines = {"CHECK CRD PURCHASE 11/14 FOREVER 21 #1234 SAN JOSE CA 412345XXXXXX1234",
        "POS PURCHASE FOOD-4-LESS 0345 FRESNO CA", "84 LUMBER 0456 PITTSBURGH PA", "Seasons 52",
        "FOREVER21 1234 NEW YORK NY", "BIG 5 STORE REF 12345", "TAKE 5 OIL CHANGE #778 DALLAS TX",
        "FLOYDS 99 BARBERSHOP DENVER CO", "FOOD4LESS #345 LOS ANGELES CA"};
    Categorisation c = runAll(US, -2500L, lines);
    assertCategories(c, lines, "clothing", "supermarket", "home_improvement", "eating_out", "clothing", "retail",
        "vehicle_expenses", "personal_care", "supermarket");
    String[] names = {"Forever 21", "Food 4 Less", "84 Lumber", "Seasons 52", "Forever 21", "Big 5 Sporting Goods",
        "Take 5", "Floyd's 99 Barbershop", "Food 4 Less"};
    for (int k = 0; k < names.length; k++) {
      assertThat(c.merchantName(k)).as(lines[k]).isEqualTo(names[k]);
      assertThat(c.source(k)).as(lines[k]).isEqualTo((byte) 1);
    }
    Categorisation gb = runAll(GB, -650L, "VIS COFFEE#1 CARDIFF", "CARD PAYMENT TO COFFEE #1 ON 12 MAR");
    assertThat(gb.merchantName(0)).isEqualTo("Coffee#1");
    assertThat(gb.merchantName(1)).isEqualTo("Coffee#1");
    // The number must be the brand's: a store number after MOBIL is ExxonMobil's fuel, not Mobil 1's oil change.
    Categorisation mobil = runAll(US, -3300L, "MOBIL 12345678 AUSTIN TX", "MOBIL 1 LUBE EXPRESS 2212 AUSTIN TX");
    assertThat(mobil.category(0).key()).isEqualTo("fuel");
    assertThat(mobil.category(1).key()).isEqualTo("vehicle_expenses");
    // A brand's words with no number are not the brand (BLAIR SUPERFOODS is not Super 1 Foods).
    Categorisation blair = runAll(US, -3300L, "CHECK CRD PURCHASE 11/11 BLAIR SUPERFOODS BLAIR NE");
    assertThat(blair.merchantName(0)).isNotEqualTo("Super 1 Foods");
  }

  @Test
  void test_categorise_aTitleBeforeABrandNamedAfterPeopleIsAPerson() {
    // John Lewis, Ted Baker, Samuel Smith's are brands named after people; with a personal title
    // before the name, paid or paying by transfer, it is a person: money between people, no name.
    String[] lines = {"FPO MR JOHN LEWIS", "Mr John Lewis", "MR SAM SMITH", "Mr Ted Baker"};
    Categorisation c = runIn(GB, lines[0], -2000L, lines[1], 2000L, lines[2], -2000L, lines[3], -2000L);
    for (int k = 0; k < lines.length; k++) {
      assertThat(c.category(k).key()).as(lines[k]).isEqualTo("p2p_transfer");
      assertThat(c.merchantName(k)).as(lines[k]).isNull();
    }
    // A brand that begins with the title is the brand; so is one on a card line, where a title opens a shop's name.
    Categorisation brands = runIn(US, "MRS FIELDS COOKIES", -900L, "MR COOPER MORTGAGE PMT", -120000L,
        "JOHN LEWIS", -2000L);
    assertThat(brands.merchantName(0)).isEqualTo("Mrs. Fields");
    assertThat(brands.category(1).key()).isEqualTo("mortgage");
    assertThat(brands.merchantName(2)).isEqualTo("John Lewis");
  }

  @Test
  void test_categorise_achEntryClassEndsTheNameAndSaysThePaymentType() {
    // US ACH lines end with the entry class and the originator's id: no part of the payee's name,
    // and the payment type whatever the payee's trade (a landscaper's cue says a counter sale).
    String[] lines = {"TOYOTA MOTOR CR PAYMENT PPD ID: 1234", "QUENTIN LANDSCAPING PAYMENT PPD ID: 1234",
        "DISCOVER E-PAYMENT 1234 WEB ID: 2510020270", "RENT PAYMENT QUENTIN APTS WEB ID: 1234"};
    Categorisation c = runAll(US, -40_000L, lines);
    assertThat(c.merchantName(0)).isEqualTo("Toyota Motor CR");
    assertThat(c.merchantName(1)).isEqualTo("Quentin Landscaping");
    assertThat(c.paymentClass(1).key()).isEqualTo("recurring");
    assertThat(c.paymentClass(2).key()).isEqualTo("transfer");
    // A bill's own cue still says more than a web authorisation.
    assertThat(c.category(3).key()).isEqualTo("rent");
    assertThat(c.paymentClass(3).key()).isEqualTo("recurring");
  }

  @Test
  void test_categorise_spacesBeforeAStarJoinABrandOnlyWhereBothSidesNameIt() {
    // Card schemes pad a name to its field before the star. UBER   *EATS is Uber Eats (food), not a
    // ride; AARP   *FOUNDATION stays AARP's (the words after the star say what was sold).
    String[] lines = {"UBER   *EATS PENDING help.uber.com CA", "UBER   *TRIP",
        "CHECK CRD PURCHASE 11/11 AARP   *FOUNDATION      111-111-1111  DC", "DD *DOORDASH MCDONALDS 855-431-0459 CA",
        "DD *DASHPASS"};
    Categorisation c = runAll(US, -2_299L, lines);
    assertThat(c.merchantName(0)).isEqualTo("Uber Eats");
    assertThat(c.category(0).key()).isEqualTo("eating_out");
    assertThat(c.category(1).key()).isEqualTo("other_transport");
    assertThat(c.merchantName(2)).isEqualTo("Aarp");
    // DoorDash's descriptor opens with DD: an order paid by card, no direct debit.
    assertThat(c.paymentClass(3).key()).isEqualTo("pos");
    assertThat(c.merchantName(4)).isEqualTo("DoorDash");
    assertThat(c.category(4).key()).isEqualTo("subscriptions");
  }

  @Test
  void test_categorise_aBusinessAccountsTaxesLendersAcquirersStaffAndClients() {
    String[] out = {"HMRC CORPORATION TAX", "IWOCA LTD DD", "WORLDPAY UK CHARGES", "SAGE UK LTD DD",
        "DIVIDEND J SMITH", "PAYROLL J SMITH"};
    assertCategories(runAll(GB, -50_000L, out), out, "service_charges", "loan", "service_charges", "subscriptions",
        "transfer", "transfer");
    // A client paying an invoice is earned income, no wage.
    assertThat(key("INVOICE 1234 ACME LTD BGC", 250_000L)).isEqualTo("other_income");
    // The acquirers' names cut short are no English words: WORLD is no WORLDPAY, PAYMENTS no PAYMENTSENSE.
    String[] shops = {"CHECK CRD PURCHASE 11/11 FABRIC WORLD PORTLAND OR", "UBMI ONLINE PAYMENTS"};
    Categorisation c = runAll(US, -5_000L, shops);
    for (int k = 0; k < shops.length; k++) {
      assertThat(c.paymentClass(k).key()).as(shops[k]).isNotEqualTo("fee");
    }
    // A payroll service bought by card is no wage paid.
    assertThat(runAll(US, -5_000L, "CHECK CRD PURCHASE 11/11 INTUIT/ONLINE PAYROLL 111-1111111 CA").category(0).key())
        .isNotEqualTo("transfer");
  }

  @Test
  void test_categorise_theBerkaBanksCodesInCzechAndTranslated() {
    // The PKDD'99 data description's codes, as the converter writes a line (operation, purpose,
    // counterparty bank and account): the purpose outweighs the operation.
    AccountInfo cz = AccountInfo.of("cz", "CZK", "CZ");
    String[] czech = {"VYBER SLUZBY", "PREVOD NA UCET SIPO AB 12345678", "PREVOD NA UCET POJISTNE GH 1234",
        "PREVOD NA UCET UVER IJ 1234", "VYBER SANKC. UROK", "VYBER KARTOU", "VYBER", "PREVOD NA UCET CD 12345678"};
    assertCategories(runAll(cz, -3_000L, czech), czech, "service_charges", "energy", "insurance", "loan",
        "overdraft_charges", "cash_withdrawal", "cash_withdrawal", "transfer");
    String[] english = {"withdrawal in cash payment for statement", "remittance to another bank household AB 12345678",
        "remittance to another bank insurrance payment GH 1234", "credit card withdrawal",
        "transer_to_another_bank loan_pmt IJ 1234", "withdraw_cash service"};
    assertCategories(runAll(cz, -3_000L, english), english, "service_charges", "energy", "insurance",
        "cash_withdrawal", "loan", "service_charges");
    // Money from another bank with no purpose is left open for income detection (salaries, most likely).
    Categorisation in = runAll(cz, 30_000L, "PREVOD Z UCTU EF 87654321", "collection from another bank EF 87654321");
    assertThat(in.category(0).key()).isEqualTo("uncategorised");
    assertThat(in.category(1).key()).isEqualTo("uncategorised");
  }

  @Test
  void test_digitsGlued_gluesANumberToItsWord() {
    assertThat(Descriptions.digitsGlued("FOOD 4 LESS")).isEqualTo("FOOD4 LESS");
    assertThat(Descriptions.digitsGlued("7 ELEVEN")).isEqualTo("7ELEVEN");
    assertThat(Descriptions.digitsGlued("THE 99 STORE")).isEqualTo("THE99 STORE");
    assertThat(Descriptions.digitsGlued("TESCO EXPRESS")).isEqualTo("TESCO EXPRESS");
    // A number with no word beside it to join cannot be matched (the normaliser drops it).
    assertThat(Descriptions.digitsGlued("7 11")).isNull();
    assertThat(Descriptions.digitsGlued("5 11 TACTICAL")).isNull();
  }

  @Test
  void test_merchantNames_cutWordDroppedOnlyFromAFullColumn() {
    // 21 characters: cut; RESTAU is no word the dictionaries know.
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 VERONAS ITALIAN RESTAU  TUCSON  AZ",
        w -> !w.equals("RESTAU"))).isEqualTo("Veronas Italian");
    // A short column was not cut: its last word stays whatever it is.
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 LILYS NAIL  CLINTON  UT", w -> false))
        .isEqualTo("Lilys Nail");
    // A full column ending in a known word keeps it; a one-letter fragment goes with the AND before it.
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 FEMME CHIC HAIR SALON  MISSION VIEJO CA", w -> true))
        .isEqualTo("Femme Chic Hair Salon");
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 SUSSMAN AND STALLE M  PEMBROKE  FL", w -> true))
        .isEqualTo("Sussman And Stalle");
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 SMITH HARDWARE AND M  PEMBROKE  FL", w -> true))
        .isEqualTo("Smith Hardware");
    // A shorter column ending in an unknown one- or two-letter word was cut by the merchant's own
    // registration; a known short word (MD) stays.
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 SHELLYS STYLING CE  SHAKOPEE  MN", w -> false))
        .isEqualTo("Shellys Styling");
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 JOHN R SMITH MD  TUCSON  AZ", w -> w.equals("MD")))
        .isEqualTo("John R Smith MD");
    // The cut word gone, a letter left at the end of a longer name goes too (S for SOUTH, F for F & B),
    // with the OF before it; initials and a pair across an AND stay.
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 MAPLE TREE CAFE S OAKRIDG  BOISE  ID", w -> false))
        .isEqualTo("Maple Tree Cafe");
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 RIVER LODGE F & B  BEND  OR", w -> true))
        .isEqualTo("River Lodge");
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 DENTAL CARE OF S  TEMPE  AZ", w -> true))
        .isEqualTo("Dental Care");
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 K L M N  TEMPE  AZ", w -> true)).isEqualTo("K L M N");
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 MAPLE J AND B  TEMPE  AZ", w -> true))
        .isEqualTo("Maple J And B");
  }

  @Test
  void test_oneSpaceUsLines_townAndStateEndTheName() {
    // The card's references after the state (a mask, a reference, a query field) do not hide it.
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 JOES HAIR SALON LEESBURG VA 123456XXXXXX1234 9876543210",
        w -> true)).isEqualTo("Joes Hair Salon");
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 JOES HAIR SALON LEESBURG VA 123456XXXXXX1234 ?MCC=7230",
        w -> true)).isEqualTo("Joes Hair Salon");
    // All in capitals, no store number, no kind of business: the town is the word before the state,
    // or two words where they begin or end as towns do.
    assertThat(extractedInUs("DEBIT CARD PURCHASE IMAGEWEST PHOENIX AZ", w -> true)).isEqualTo("Imagewest");
    assertThat(extractedInUs("DEBIT CARD PURCHASE TOLANI NEW YORK NY", w -> true)).isEqualTo("Tolani");
    assertThat(extractedInUs("DEBIT CARD PURCHASE NOLAND FEED KANSAS CITY MO", w -> true)).isEqualTo("Noland Feed");
    assertThat(extractedInUs("DEBIT CARD PURCHASE UU GUEST HOUSE SALT LAKE CIT UT 4321", w -> true))
        .isEqualTo("Uu Guest House");
    // A chain's descriptor repeating its town loses both; a phone number in the town's field goes.
    assertThat(extractedInUs("POS DEBIT HOOTERS MOBILE MOBILE AL", w -> true)).isEqualTo("Hooters");
    assertThat(extractedInUs("RECUR DEBIT CRD PMT11/11 THE LOVE SHACK 615-5551234 TN", w -> true))
        .isEqualTo("Love Shack");
    // No town read where the word before the state cannot be one, or the code may be the name's.
    assertThat(extractedInUs("DEBIT CARD PURCHASE BLUE RIVER PIZZA TX", w -> true)).isEqualTo("Blue River Pizza");
    assertThat(extractedInUs("ACME SUPPLY CO", w -> true)).isEqualTo("Acme Supply Co");
    // A code that ends no name is a state without other evidence (HI, OR); an ambiguous one (CO) is
    // after a two-word town's shape.
    assertThat(extractedInUs("KAHALA HOTEL & RESORT HONOLULU HI", w -> true)).isEqualTo("Kahala Hotel & Resort");
    assertThat(extractedInUs("EL TORO LOCO FORT COLLINS CO", w -> true)).isEqualTo("El Toro Loco");
    assertThat(extractedInUs("MIKES BIKES MOUNTAIN VIEW CA", w -> true)).isEqualTo("Mikes Bikes");
    assertThat(extractedInUs("QZV CONNECT AMERICAN FORK UT", w -> true)).isEqualTo("Qzv Connect");
    assertThat(extractedInUs("QUENTIN TANNING TOMS RIVER NJ", w -> true)).isEqualTo("Quentin Tanning");
    assertThat(extractedInUs("QUENTIN NEWSSTAND WHITE PLAINS NY", w -> true)).isEqualTo("Quentin Newsstand");
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 CRAIGOS ROUND ROCK ROUND ROCK TX 123456XXXXXX1234",
        w -> true)).isEqualTo("Craigos");
    // On an account of no known country only a payment prefix says it is a card line and reads a town
    // (Berka's bank codes end lines as states do: PREVOD NA UCET MN 12345678).
    assertThat(MerchantNames.extract("OXFORD BUS CO")).isEqualTo("Oxford Bus Co");
    assertThat(MerchantNames.extract("IMAGEWEST PHOENIX AZ 1234")).isEqualTo("Imagewest Phoenix Az");
    assertThat(MerchantNames.extract("DEBIT CARD PURCHASE IMAGEWEST PHOENIX AZ 1234")).isEqualTo("Imagewest");
  }

  @Test
  void test_oneSpaceUsLines_fieldsAndCaseAsColumnsWouldSay() {
    // The merchant's words before the town fill the scheme's field as a column would: its cut last
    // word goes (the dictionaries know no RESTAUR).
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 LA CAPILLA RESTAUR TORRANCE CA 123456XXXXXX1234",
        w -> !w.equals("RESTAUR"))).isEqualTo("La Capilla");
    // The town's 13-character field, filled and cut: two words ending in a fragment are one town.
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 STEPHANO`S RISTORA WAPPINGERS FA NY 123456XXXXXX1234",
        w -> true)).isEqualTo("Stephanos Ristora");
    // Case tells where it differs: a town in small letters after capitals, capitals after title case.
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 SQ *KINGMAN BLUEPRINTS Kingman AZ 123456XXXXXX1234",
        w -> true)).isEqualTo("Kingman Blueprints");
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 Burlingame Tobacco BURLINGAME CA 123456XXXXXX1234",
        w -> true)).isEqualTo("Burlingame Tobacco");
    // A foreign purchase ends in the country's code, followed by the card's references.
    assertThat(extractedInUs("DEBIT CRD PUR INTL 11/11 CAFFE ITALIANO FIRENZE IT 123456XXXXXX1234",
        w -> true)).isEqualTo("Caffe Italiano");
    // One or two digits with no # may be the name's; a store's number ends the display name unless a
    // kind of business follows it, and the words between it and the town stay in what the rules read.
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 CHARLIE THE BUTCHER 1 WILLIAMSVILLE NY 123456XXXXXX1234",
        w -> true)).isEqualTo("Charlie The Butcher");
    Categorisation c = runAll(US, -3_500L,
        "CHECK CRD PURCHASE 11/11 SAHN'S #1 NAILS FLAGSTAFF AZ 123456XXXXXX1234",
        "CHECK CRD PURCHASE 11/11 FLAMERS # 123 CAMP HILL PA 123456XXXXXX1234");
    assertThat(c.category(0).key()).isEqualTo("personal_care");
    assertThat(c.merchantName(1)).isEqualTo("Flamers");
    // A kind of business after the store's number is still the name's.
    assertThat(c.merchantName(0)).isEqualTo("Sahns Nails");
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 JOES #1 CAFE AUSTIN TX 123456XXXXXX1234", w -> true))
        .isEqualTo("Joes Cafe");
    // A British account reads no town from the words alone, but a kind of business still ends the name.
    assertThat(MerchantNames.extract("SQ *JOES COFFEE BROOKLYN NY", w -> true, MerchantNames.NO_LOCATIONS))
        .isEqualTo("Joes Coffee");
    assertThat(MerchantNames.extract("IMAGEWEST PHOENIX AZ", w -> true, MerchantNames.NO_LOCATIONS))
        .isEqualTo("Imagewest Phoenix Az");
  }

  @Test
  void test_oneSpaceUsLines_aTownIsNoBrand() {
    String[] lines = {"DEBIT CARD PURCHASE WATCH CONNECTION COSTA MESA CA",
        "DEBIT CARD PURCHASE STEPHENS FUEL PILOT POINT TX", "DEBIT CARD PURCHASE AMES PIZZA RANCH AMES IA",
        "DEBIT CARD PURCHASE COSTA COFFEE SEATTLE WA"};
    Categorisation c = runAll(US, -1250, lines);
    // Costa Mesa is a town, not Costa Coffee; Pilot Point not Pilot's fuel stops: the merchants'
    // own words decide. A brand in the merchant's words is still found, also across a kind of business.
    assertThat(c.merchantName(0)).isEqualTo("Watch Connection");
    assertThat(c.source(0)).as("no merchant's rule decided").isNotEqualTo(1);
    assertThat(c.merchantName(1)).isEqualTo("Stephens Fuel");
    assertThat(c.merchantName(2)).isEqualTo("Pizza Ranch");
    assertThat(c.merchantName(3)).isEqualTo("Costa Coffee");
    // Wells Fargo's own export ends with the card's number after the word CARD; the town a shop is
    // named after, repeated as the town, is no brand of the project's own list either.
    String[] named = {"PURCHASE AUTHORIZED ON 05/11 COSTA MESA TIRE COSTA MESA CA S461045608341234 CARD 1234",
        "CHECK CRD PURCHASE 11/11 COSTA MESA TIRE         COSTA MESA    CA 123456XXXXXX1234",
        "PURCHASE AUTHORIZED ON 05/11 COSTA COFFEE 123 BROOKLYN NY S461045608341234 CARD 1234"};
    Categorisation t = runAll(US, -12_000, named);
    assertThat(t.merchantName(0)).isEqualTo("Costa Mesa Tire");
    assertThat(t.merchantName(1)).isEqualTo("Costa Mesa Tire");
    assertThat(t.category(0).key()).isEqualTo("vehicle_expenses");
    assertThat(t.merchantName(2)).isEqualTo("Costa Coffee");
    // Best Buy's glued descriptor is Best Buy; a pharmacy named BEST BUY DRUGS stays a pharmacy.
    Categorisation b = runAll(US, -5_500, "BESTBUY 00001234 AUSTIN TX",
        "CHECK CRD PURCHASE 11/11 BEST BUY DRUGS12345678  ALBUQUERQUE   NM 123456XXXXXX1234");
    assertThat(b.merchantName(0)).isEqualTo("Best Buy");
    assertThat(b.category(0).key()).isEqualTo("retail");
    assertThat(b.category(1).key()).isEqualTo("healthcare");
  }

  @Test
  void test_merchantNames_blankedCharacterAndInitialsWithTheirForm() {
    // Two spaces after one or two letters with a column gap still to come: a blanked & (A&J, B&Q).
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 A  J WINBECKLER ENTERP   555-1234567   CA", w -> true))
        .isEqualTo("A J Winbeckler Enterp");
    Categorisation c = runIn(GB, "CRV*B  Q 1308 NEWCRAIG London        US", -988L);
    assertThat(c.merchantName(0)).isEqualTo("B&Q");
    // Initials alone are no name: the legal form stays with them.
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 H W INC                 555-1234567   GA", w -> true))
        .isEqualTo("H W Inc");
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 ACME WIDGETS INC  555-1234567   GA", w -> true))
        .isEqualTo("Acme Widgets");
  }

  @Test
  void test_merchantNames_articleNetworkInitialsAndShortNames() {
    // The leading article goes (Atto's recorded names drop it: THE RED LION is Red Lion), unless
    // too little would remain.
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 03/14 THE COPPER KETTLE  AUSTIN  TX")).isEqualTo("Copper Kettle");
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 03/14 THE OX  AUSTIN  TX")).isEqualTo("The Ox");
    // A florists' network's initials before the florist.
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 03/14 TLF ROSEDALE FLOWERS  OMAHA  NE"))
        .isEqualTo("Rosedale Flowers");
    // A name never ends in a conjunction, cut or not.
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 03/14 MAPLE BAKERY &  OMAHA  NE")).isEqualTo("Maple Bakery");
    // Nor in the words of how a bill was paid; words that may be a name's own (FOR YOU, ONLINE) stay.
    assertThat(MerchantNames.extract("CITY OF AUSTIN UTILITIES WEB PMT")).isEqualTo("City Of Austin Utilities");
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 03/14 EYECARE FOR YOU  OMAHA  NE")).isEqualTo("Eyecare For You");
    // Two consonants are initials and stay capitals; ST and DR are words written short.
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 03/14 JJ MAIN ST DELI  OMAHA  NE")).isEqualTo("JJ Main St Deli");
    // Two letters alone name the business on a card line, but not an abbreviation left from a town.
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 03/14 HP #1234  PEARLAND  TX")).isEqualTo("HP");
    assertThat(MerchantNames.extract("HP #1234")).isNull();
  }

  @Test
  void test_merchantNames_oneSpaceUsLines_townAndStateGoOnlyWithASign() {
    // A store number before the town ends the name; so does a town in small letters after capitals.
    assertThat(MerchantNames.extract("JOES CRAB SHACK 123 AUSTIN TX")).isEqualTo("Joes Crab Shack");
    assertThat(MerchantNames.extract("JOHNS CAFE #12 SALT LAKE CITY UT")).isEqualTo("Johns Cafe");
    assertThat(MerchantNames.extract("SQ *SUNRISE BAGELS Portland OR")).isEqualTo("Sunrise Bagels");
    // A number in the name is no store number (ROUTE 66): the kind of business after it still ends the
    // name; without any sign (and, on an account of no known country, no card prefix) the words stay.
    assertThat(MerchantNames.extract("ROUTE 66 DINER AUSTIN TX")).isEqualTo("Route 66 Diner");
    assertThat(MerchantNames.extract("ROUTE 66 AUSTIN TX")).isEqualTo("Route 66 Austin TX");
    assertThat(MerchantNames.extract("SMITH & CO")).isEqualTo("Smith & Co");
  }

  @Test
  void test_merchantNames_aNameOpeningWithItsLinesStateSpellsItOut() {
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 03/14 AZ WESTERN COLLEGE  YUMA  AZ 123456XXXXXX9876"))
        .isEqualTo("Arizona Western College");
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 03/14 NY SPINE  BROOKLYN  NY 123456XXXXXX9876"))
        .isEqualTo("New York Spine");
    // LA of the town LA HABRA is no state column; the line's state is CA.
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 03/14 LA HABRA SMILES  LA HABRA  CA 123456XXXXXX9876"))
        .isEqualTo("La Habra Smiles");
  }

  @Test
  void test_merchantNames_otherBanksPrefixesAndUkDates() {
    // Invented lines in the layouts of other US and UK banks.
    assertThat(MerchantNames.extract("VISA PURCHASE MIKES AUTO REPAIR")).isEqualTo("Mikes Auto Repair");
    assertThat(MerchantNames.extract("CHECK CARD PURCHASE MIKES TIRES")).isEqualTo("Mikes Tires");
    assertThat(MerchantNames.extract("PIN PURCHASE SMITHS FOOD & DRUG")).isEqualTo("Smiths Food & Drug");
    assertThat(MerchantNames.extract("CHECKCARD 0705 RIVERSIDE CAR WASH  ANYTOWN  TX")).isEqualTo("Riverside Car Wash");
    assertThat(MerchantNames.extract("CARD PAYMENT TO SMITHS DENTAL CARE ON 12 MAR")).isEqualTo("Smiths Dental Care");
    assertThat(MerchantNames.extract("SMITHS DENTAL CARE ON 12MAR CLP")).isEqualTo("Smiths Dental Care");
    // A merchant from the project's own list that names no business (CAR WASH) lends no brand its name.
    assertThat(run("CHECKCARD 0705 RIVERSIDE CAR WASH  ANYTOWN  TX", -1_500L).merchantName(0))
        .isEqualTo("Riverside Car Wash");
  }

  @Test
  void test_categorise_appLinesAnchoredAtTheStart() {
    // Invented lines in the layout of app banks: the direction opens the line.
    Categorisation c = run("To John Smith", -2_000L, "Payment from John Smith", 2_000L, "Top-Up by *1234", 5_000L,
        "pot_0000A1B2C3", -10_000L, "TOTAL WINE", -3_000L);
    assertThat(c.category(0).key()).isEqualTo("p2p_transfer");
    assertThat(c.category(1).key()).isEqualTo("p2p_transfer");
    assertThat(c.category(2).key()).isEqualTo("own_transfer");
    assertThat(c.category(3).key()).isEqualTo("savings");
    // Anchored: TO inside TOTAL or in the middle of a line is no transfer.
    assertThat(c.category(4).key()).isNotEqualTo("p2p_transfer");
    assertThat(key("SMITH TO JONES CAFE", -500L)).isNotEqualTo("p2p_transfer");
    // UK and app name endings: an amount after a comma, a card number, a processor's underscore.
    assertThat(MerchantNames.extract("CARD PAYMENT TO JOHNS CAFE,12.50 GBP, RATE 1.00/GBP ON 01-01-2023"))
        .isEqualTo("Johns Cafe");
    assertThat(MerchantNames.extract("JOHNS BARBERS CD 1234")).isEqualTo("Johns Barbers");
    assertThat(MerchantNames.extract("ZETTLE_*JOHNS CAFE")).isEqualTo("Johns Cafe");
    assertThat(MerchantNames.extract("Contactless Payment JOHNS CAFE")).isEqualTo("Johns Cafe");
  }

  @Test
  void test_calibration_entriesFromFewRowsAreIgnored() throws java.io.IOException {
    Calibration c = Calibration.read(new java.io.BufferedReader(new java.io.StringReader(
        "# source, strength, share right, rows\n7\t0.27\t0.0065\t151\n7\t1.00\t0.9999\t8566\n"
            + "2\t0.80\t0.9980\t495\n")));
    assertThat(c.calibrate((byte) 7, 0.27f)).isEqualTo(0.27f); // 151 rows: too few, raw stands
    assertThat(c.calibrate((byte) 7, 1.00f)).isEqualTo(0.9999f);
    assertThat(c.calibrate((byte) 2, 0.80f)).isEqualTo(0.998f);
    assertThat(c.calibrate((byte) 2, 0.72f)).isEqualTo(0.72f); // never seen
  }

  @Test
  void test_categorise_countrySpecificCues() {
    // A British inn is a pub; an American one a place to stay. The account's country decides.
    assertThat(key("THE CROWN INN ON 04 MAR CLP", -1_850L)).isEqualTo("eating_out");
    assertThat(runIn(US, "THE CROWN INN", -12_900L).category(0).key()).isEqualTo("holidays");
    // A word inside a brand's own name does not outvote the brand.
    assertThat(key("HOLIDAY INN EXPRESS", -12_900L)).isEqualTo("holidays");
  }

  @Test
  void test_merchantNames_storeTownAtTheEndIsDropped() {
    // The town column repeats the chain's store town at the end of the name: where, not who.
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 11/11 HOOTERS MOBILE  MOBILE  AL 1234XXXX5678"))
        .isEqualTo("Hooters");
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 11/11 MUNGENAST ST LOUIS  SAINT LOUIS  MO"))
        .isEqualTo("Mungenast");
    // At the start the town is the independent's own name and stays.
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 11/11 OAKLAND GRILL  OAKLAND  CA"))
        .isEqualTo("Oakland Grill");
    // A name that is nothing but the town stays whole.
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 11/11 DENVER  DENVER  CO")).isEqualTo("Denver");
  }

  @Test
  void test_categorise_benefitsNeedContextForShortCodes() {
    assertThat(key("DWP UC 12345678", 80_000L)).isEqualTo("universal_credit");
    assertThat(key("HMRC CHILD BENEFIT", 10_240L)).isEqualTo("child_benefit");
    assertThat(key("DWP PIP", 30_000L)).isEqualTo("disability_benefit");
    assertThat(key("SSA TREAS 310 XXSOC SEC", 150_000L)).isEqualTo("social_security");
    assertThat(key("CA EDD UI PAYMENT", 45_000L)).isEqualTo("unemployment_benefit");
    // "CA" alone is a state, not Carer's Allowance: only beside DWP does it count.
    assertThat(key("DWP CA", 30_700L)).isEqualTo("carers_allowance");
    assertThat(key("SQ *BLUE BOTTLE CA", 30_700L)).isNotEqualTo("carers_allowance");
  }

  @Test
  void test_categorise_merchantNames() {
    Categorisation c = run("CHECK CRD PURCHASE 11/11 GREAT RIVER MEDICAL     DAVENPORT     IA 111111XXXXXX1111", -100L,
        "DD BRITISH GAS", -100L, "TFR FROM ISA 123456", 100L, "BGC ACME LTD SALARY", 100L);
    assertThat(c.merchantName(0)).isEqualTo("Great River Medical");
    assertThat(c.merchantName(1)).isEqualTo("British Gas");
    assertThat(c.merchantName(2)).isNull();
    assertThat(c.merchantName(3)).isNull();
  }

  @Test
  void test_categorise_confidenceFloorKeepsConfidence() {
    TransactionBatch.Builder b = TransactionBatch.builder(GB);
    b.add("x", -100, 19_000, true, "ZZQY WIDGETRY");
    b.add("y", -100, 19_000, true, "TESCO STORES");
    TransactionBatch batch = b.build();
    Categorisation plain = Categoriser.DEFAULT.categorise(batch, CategoriserOptions.defaults());
    Categorisation floored = Categoriser.DEFAULT.categorise(batch,
        CategoriserOptions.defaults().withConfidenceFloor(0.99));
    assertThat(plain.categoryId(1)).isEqualTo(30024);
    float confidence = plain.categoryConfidence(1);
    assertThat(floored.categoryId(1)).isEqualTo(confidence < 0.99 ? 0 : 30024);
    assertThat(floored.categoryConfidence(1)).isEqualTo(confidence);
    assertThatThrownBy(() -> CategoriserOptions.defaults().withConfidenceFloor(1.5))
        .hasMessageContaining("'confidenceFloor' must be between 0 and 1");
  }

  @Test
  void test_categorise_transactionCodeAndBankMerchantName() {
    TransactionBatch.Builder b = TransactionBatch.builder(GB);
    int r0 = b.add("m", -80_000, 19_000, true, "Online Payment 123 To XYZ");
    b.transactionCode(r0, "PAYMENT", "HOME_LOAN_MORTGAGE");
    int r1 = b.add("n", -500, 19_000, true, "LOC 1234 LONDON");
    b.merchant(r1, "Sainsbury's", TransactionBatch.NONE);
    int r2 = b.add("o", -500, 19_000, true, "ZZQY WIDGETRY");
    b.merchant(r2, null, 5812);
    Categorisation c = Categoriser.DEFAULT.categorise(b.build(), CategoriserOptions.defaults());
    assertThat(c.category(0).key()).isEqualTo("mortgage");
    assertThat(c.category(1).key()).isEqualTo("supermarket");
    assertThat(c.merchantName(1)).isEqualTo("Sainsbury's");
    assertThat(c.category(2).key()).isEqualTo("eating_out");
  }

  @Test
  void test_categorise_aSentenceAPersonTypedIsATransferNotWhatItNames() {
    // Invented references as app banks show them: the model, trained on merchants' lines, read
    // eating out into both. With the bank's purchase code the words are still no merchant's.
    TransactionBatch.Builder b = TransactionBatch.builder(GB);
    b.add("a", -7_000, 19_000, true, "Mum birthday present");
    b.add("b", -3_000, 19_000, true, "Dinner with Sam");
    int coded = b.add("c", -2_000, 19_000, true, "Whatever");
    b.transactionCode(coded, "PURCHASE", "PURCHASE");
    b.add("d", -3_000, 19_000, true, "Costa Coffee"); // a merchant's name in title case stays one
    Categorisation c = Categoriser.DEFAULT.categorise(b.build(), CategoriserOptions.defaults());
    assertThat(c.category(0).key()).isEqualTo("p2p_transfer");
    assertThat(c.category(1).key()).isEqualTo("p2p_transfer");
    assertThat(c.category(2).key()).isEqualTo("uncategorised");
    assertThat(c.paymentClass(2).key()).isEqualTo("pos");
    assertThat(c.category(3).key()).isEqualTo("eating_out");
    // A bank's sentence around a company in capitals is no person's: neither a typed reference nor a
    // payment between people, which income detection would leave out.
    String[] company = {"Bank credit QZV WIDGETS LTD", "Faster payment from QZV WIDGETS LTD"};
    Categorisation d = runAll(GB, 250_000L, company);
    for (int k = 0; k < company.length; k++) {
      assertThat(d.category(k).key()).as(company[k]).isNotEqualTo("p2p_transfer");
    }
    // A bank's own words before a payee are no part of its name; a card paid names nobody.
    Categorisation e = runAll(GB, -2_500L, "Payment to QUENTIN BUILDERS LTD", "PAYMENT TO CRD 1234",
        "CHAPS PAYMENT TO QUENTIN SOLICITORS LLP", "MOBILE PAYMENT TO J SMITH");
    assertThat(e.merchantName(0)).isEqualTo("Quentin Builders");
    assertThat(e.merchantName(1)).isNull();
    assertThat(e.merchantName(2)).isEqualTo("Quentin Solicitors");
    // The bank's channel (MOBILE) is no mobile-phone bill.
    assertThat(e.category(3).key()).isEqualTo("p2p_transfer");
    assertThat(e.merchantName(3)).isNull();
    // Other countries' channels are no part of the payee's name either (Canada's pre-authorised
    // debits, Australia's BPAY and EFTPOS).
    Categorisation g = runAll(AccountInfo.of("x", "CAD", null), -3_500L, "PRE-AUTHORIZED DEBIT ROGERS WIRELESS",
        "BPAY ORIGIN ENERGY", "EFTPOS PURCHASE QUENTIN BAKERY 1234");
    assertThat(g.merchantName(0)).isEqualTo("Rogers Wireless");
    assertThat(g.merchantName(1)).isEqualTo("Origin Energy");
    assertThat(g.merchantName(2)).isEqualTo("Quentin Bakery");
    // A company's name in title case is named as a descriptor is, whoever decided the category.
    assertThat(runAll(US, -1_200L, "Quentin Food LLC Meriden CT").merchantName(0)).isEqualTo("Quentin Food");
    // US banks' bill pay names the payee between the channel and its own words.
    Categorisation h = runAll(US, -12_000L, "BILL PAY QUENTIN LANDSCAPING ON-LINE xxxxx12345 ON 05-12",
        "ONLINE BILL PAYMENT TO QUENTIN PLUMBING");
    assertThat(h.merchantName(0)).isEqualTo("Quentin Landscaping");
    assertThat(h.merchantName(1)).isEqualTo("Quentin Plumbing");
    // Santander's transfer lines name the channel before the payee, and the payee is the name.
    Categorisation f = runAll(GB, -5_000L,
        "BILL PAYMENT VIA FASTER PAYMENT TO QUENTIN BUILDERS LTD REFERENCE INV 223 , MANDATE NO 0",
        "BILL PAYMENT VIA FASTER PAYMENT TO BRITISH GAS REFERENCE 1234567 , MANDATE NO 0");
    assertThat(f.merchantName(0)).isEqualTo("Quentin Builders");
    assertThat(f.merchantName(1)).isEqualTo("British Gas");
    assertThat(f.category(1).key()).isEqualTo("energy");
  }

  @Test
  void test_categorise_modelGeneralisesWhereNoRuleFires() {
    // Invented names whose words are in no rule (the cues know PIZZA, TYRES and BOOKSELLERS, not
    // PIZZAS, TYRESERVICE or BOOKWORLD).
    // (MARIOS PIZZAS NAPOLI was the first example: MARIOS and NAPOLI lean to leisure, and a retrained
    // model put it at leisure 0.45 against eating out 0.44; TONYS PIZZAS BRISTOL, like BELLA, GINOS
    // and MARIOS PIZZAS, is eating out at 0.94 or more.)
    String[] descriptions = {"TONYS PIZZAS BRISTOL", "JOES TYRESERVICE", "CITY BOOKWORLD", "SUNRISE NAILBAR"};
    String[] expected = {"eating_out", "vehicle_expenses", "retail", "personal_care"};
    TransactionBatch.Builder b = TransactionBatch.builder(GB);
    for (int k = 0; k < descriptions.length; k++) {
      b.add("t" + k, -1_000, 19_000, true, descriptions[k]);
    }
    TransactionBatch batch = b.build();
    Categorisation model = Categoriser.DEFAULT.categorise(batch, CategoriserOptions.defaults());
    Categorisation legacy = Categoriser.DEFAULT.categorise(batch,
        CategoriserOptions.defaults().withLegacyCategorisation(true));
    for (int k = 0; k < descriptions.length; k++) {
      assertThat(model.category(k).key()).as(descriptions[k]).isEqualTo(expected[k]);
      assertThat(model.source(k)).isEqualTo((byte) 7);
      // Rules only: nothing recognises these invented names.
      assertThat(legacy.categoryId(k)).as(descriptions[k]).isZero();
    }
  }

  @Test
  void test_taxonomy_confirmedIdsVerbatimAndExtensionsInRange() {
    Taxonomy t = Taxonomy.DEFAULT;
    // SPEC section 4's confirmed ids and names.
    Object[][] confirmed = {{0, "Uncategorised"}, {30001, "Salary"}, {30016, "Mortgage payment"},
        {30019, "Telephone and TV"}, {30022, "Home improvement"}, {30024, "Supermarket"}, {30027, "Eating out"},
        {30030, "Healthcare and medical"}, {30034, "Leisure and entertainment"}, {30036, "Online retail"},
        {30038, "Service charges and fees"}, {30041, "Investments"}, {30043, "Loan"},
        {30055, "Subscriptions and renewals"}, {30063, "Vehicle fuel"}, {30064, "Vehicle expenses"},
        {30067, "Flight"}, {30068, "Other transport"}, {30073, "Transfer payments"}, {30075, "Office expenses"},
        {30076, "Savings"}, {30078, "Retail"}};
    for (Object[] c : confirmed) {
      assertThat(t.category((Integer) c[0]).name()).isEqualTo(c[1]);
      assertThat(t.category((Integer) c[0]).confirmedByAtto()).isTrue();
    }
    assertThat(t.categories().stream().filter(c -> c.confirmedByAtto()).count()).isEqualTo(confirmed.length);
    for (Category c : t.categories()) {
      assertThat(java.util.Set.of("Income", "Fixed", "Flexible", "Debt", "Other")).contains(c.affordabilityType());
      if (!c.confirmedByAtto()) {
        assertThat(c.id()).isBetween(39_001, 39_999);
      }
    }
    assertThat(t.paymentClass(5).name()).isEqualTo("Point-of-Sale Transaction");
    assertThat(t.paymentClass(6).name()).isEqualTo("Recurring Payment");
    assertThat(t.paymentClass(9).name()).isEqualTo("International");
    assertThat(t.paymentClass(11).name()).isEqualTo("Payment Transfer");
    assertThat(t.categoryByKey("rent").affordabilityType()).isEqualTo("Fixed");
    assertThat(t.categoryByKey("supermarket").affordabilityType()).isEqualTo("Flexible");
    assertThat(t.categoryByKey("credit_card_repayment").affordabilityType()).isEqualTo("Debt");
    assertThat(t.categoryByKey("own_transfer").affordabilityType()).isEqualTo("Other");
  }

  @Test
  void test_normalise_dropsReferencesAndMasks() {
    assertThat(Descriptions.normalise("CRV*Caffe Nero 0423   London GB")).isEqualTo(" CRV CAFFE NERO LONDON GB ");
    assertThat(Descriptions.normalise("SSA TREAS 310 XXSOC SEC")).isEqualTo(" SSA TREAS SOC SEC ");
    assertThat(Descriptions.normalise("McDonald's #1234 11/11")).isEqualTo(" MCDONALDS ");
    assertThat(Descriptions.normalise("DD O2 UK")).isEqualTo(" DD O2 UK ");
    assertThat(Descriptions.normalise("XXXXXX XXXX1111 Café")).isEqualTo(" CAFE ");
    // A name glued to a store number keeps its letters; short glued words (REF, PMT) and masks do not.
    assertThat(Descriptions.normalise("NC-1 STARBUCKS11111111 REF12345 PMT11/11 XXXXXX1234"))
        .isEqualTo(" NC STARBUCKS ");
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 11/11 GURUAID111-111-1111  111-1111111  CT"))
        .isEqualTo("Guruaid");
    // A store number before the name too; a reference of digits and a short word stays dropped.
    assertThat(Descriptions.normalise("11111LULULEMON SHO 12AB")).isEqualTo(" LULULEMON SHO ");
    assertThat(MerchantNames.extract("CHECK CRD PUR RTRN 11/11 11111LULULEMON SHO  ST LOUIS PARK MN"))
        .isEqualTo("Lululemon Sho");
    assertThat(key("CHECK CRD PURCHASE 11/11 NC-1 STARBUCKS11111111  SAN JOSE     CA", -450L))
        .isEqualTo("eating_out");
    // A number hyphened to a word is one token: a brand spelled so (7-ELEVEN, 24-HOUR FITNESS) stays
    // whole, anything else loses its digits as a store number would (12-MAR, 1-STOP).
    assertThat(Descriptions.normalise("7-ELEVEN 12345")).isEqualTo(" 7ELEVEN ");
    assertThat(Descriptions.normalise("12-MAR-2024 TESCO")).isEqualTo(" TESCO ");
    assertThat(Descriptions.normalise("24-HOUR FITNESS")).isEqualTo(" 24HOUR FITNESS ");
    assertThat(Descriptions.normalise("1-STOP SHOP")).isEqualTo(" STOP SHOP ");
    Categorisation seven = runIn(US, "7-ELEVEN 12345", -800L);
    assertThat(seven.category(0).key()).isEqualTo("convenience");
    assertThat(seven.merchantName(0)).isEqualTo("7-Eleven");
  }

  @Test
  void test_extract_legalFormsFragmentsAndNumbersInNames() {
    // A legal form is not the name people know (also spelt in letters).
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 11/11 ZOO MED LABS INC.  SAN LUIS OBISPO CA"))
        .isEqualTo("Zoo Med Labs");
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 11/11 COMMSPEED L.L.C.  PHOENIX  AZ")).isEqualTo("Commspeed");
    assertThat(MerchantNames.extract("CARD PAYMENT TO ACME WIDGETS LTD ON 12 MAR")).isEqualTo("Acme Widgets");
    // ...but a legal form alone is all there is.
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 11/11 LLC  PHOENIX  AZ")).isEqualTo("Llc");
    // A single letter ending a long column is what is left of a cut word, even where a dictionary
    // knows the letter as a word.
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 GREEN PARROT BAR A  TAMPA  FL", w -> true))
        .isEqualTo("Green Parrot Bar");
    assertThat(extractedInUs("HSA CARD PURCHASE  11/11 LA HABRA SMILES, I  LA HABRA  CA", w -> true))
        .isEqualTo("La Habra Smiles");
    // Numbers inside a name belong to it; store numbers (after # or NO, or at the end) do not.
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 11/11 ROUTE 66 INN  WILLIAMS  AZ")).isEqualTo("Route 66 Inn");
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 11/11 TOOT #12 N TOTUM  AMARILLO  TX"))
        .isEqualTo("Toot N Totum");
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 11/11 FORUM 2 ROLLA  ROLLA  MO")).isEqualTo("Forum");
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 11/11 1.50 A SCOOP  GREELEY  CO")).isEqualTo("A Scoop");
    // A scheme prefix with a space before its star.
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 11/11 GR *GRADESAVER  NEW YORK  NY")).isEqualTo("Gradesaver");
  }

  @Test
  void test_prefix_bankWordsBeforeADateAreAPrefix() {
    // Other banks abbreviate the payment type their own way; bank words and a date are a prefix.
    assertThat(MerchantNames.extract("DBCD PUR RTN INTL  11/11 VODAFONE SHOP  LONDON  GB")).isEqualTo("Vodafone Shop");
    assertThat(MerchantNames.extract("RECUR DBCD PMT INTL11/11 WSW ATHENS AIRPORT  SPATA  GR"))
        .isEqualTo("Wsw Athens Airport");
    assertThat(MerchantNames.prefixLength("HSA RECUR DB CD PMT11/11 LTF*LIFE TIME")).isEqualTo(25);
    // Not without the date, and not with a word that is no bank's.
    assertThat(MerchantNames.prefixLength("CARD SHOP 11/11 SOMETHING")).isZero();
    assertThat(MerchantNames.prefixLength("DB CD")).isZero();
  }

  /** Asserts each line's extracted merchant name: a line, then its name, in turn. */
  private static void assertExtracted(String... lineThenName) {
    for (int k = 0; k < lineThenName.length; k += 2) {
      assertThat(MerchantNames.extract(lineThenName[k])).as(lineThenName[k]).isEqualTo(lineThenName[k + 1]);
    }
  }

  @Test
  void test_prefix_chainedCardMarksAreOnePrefix() {
    assertExtracted(
        // Banks chain their marks, with dashes, card numbers and AT between them.
        "POS Debit - Visa Check Card 1234 - QZV GRILL SEATTLE WA", "Qzv Grill",
        "Withdrawal Debit Card VISA QZV GRILL SEATTLE WA Date 03/14/24 123 Card 1234", "Qzv Grill",
        "DEBIT CARD PURCHASE AT QZV GRILL, SEATTLE, WA ON 031424 FROM CARD#: XXXX1234", "Qzv Grill",
        "VISA DEBIT QZV PIZZA", "Qzv Pizza",
        "POS W/D QZV GRILL SEATTLE WA", "Qzv Grill",
        // Bank words with a card's among them are a prefix with no date too.
        "PIN POS PURCHASE QZV GRILL COLUMBUS OH", "Qzv Grill",
        "MASTERCARD DEBIT QZV GRILL SEATTLE WA", "Qzv Grill",
        "Visa Check Card Purchase QZV GRILL SEATTLE WA", "Qzv Grill",
        // More banks' ACH and bill-payment prefixes (PNC, KeyBank with a comma, Capital One), and the
        // payment's type written after the merchant.
        "ACH WEB-RECUR QZV ENERGY", "Qzv Energy",
        "DIRECT WITHDRAWAL, QZV ENERGY", "Qzv Energy",
        "TEL AUTHORIZED PMT QZV INSURANCE", "Qzv Insurance",
        "Withdrawal to QZV ENERGY", "Qzv Energy",
        "QZV GRILL DEBIT CARD PURCHASE", "Qzv Grill",
        // (One bank word, or bank words with no card's among them, may be the name's own.)
        "QZV CREDIT", "Qzv Credit",
        "QZV ONLINE CHECK", "Qzv Online Check",
        // Chase's bill payment: the payee after the payment's number and TO.
        "Online Payment 1234567 To QZV ELECTRIC 03/14", "Qzv Electric",
        "QZV ELECTRIC COOP BILL PAYMT 031424", "Qzv Electric Coop",
        // After a date the prefix has ended: SO, DEB and AT there are the shop's words.
        "CHECK CRD PURCHASE 11/11 SO QZV BAKERY     SANTA BARBARA CA", "So Qzv Bakery",
        "CHECK CRD PURCHASE 11/11 AT THE QZV BAR     EL PASO       TX", "At The Qzv Bar",
        // Wells Fargo's card return (the name had been Authorized).
        "PURCHASE RETURN AUTHORIZED ON 03/14 QZV GRILL AUSTIN TX S464074123456789 CARD 1234", "Qzv Grill",
        // Bank of America's card line: the merchant, the date and a reference, then the purchase's words.
        "QZV GRILL 03/14 #000123456 PURCHASE QZV GRILL AUSTIN TX", "Qzv Grill",
        // A state glued to the country after it is the location all the same.
        "Debit Card Purchase QZV GRILL AUSTIN TXUS", "Qzv Grill");
    // An insurer abbreviated, where a one-space line reads CO as Colorado (it had been eating out).
    assertThat(runIn(US, "PREAUTHORIZED DEBIT QZV INS CO", -9_000L).category(0).key()).isEqualTo("insurance");
    // Its card repayment from the current account (it had been the model's retail, 0.22).
    assertThat(runIn(US, "BA ELECTRONIC PAYMENT", -20_000L).category(0).key()).isEqualTo("credit_card_repayment");
    // An ATM's fee is a bank charge, whatever ATM says (it had been cash drawn).
    Categorisation fee = runIn(US, "NON-WELLS FARGO ATM TRANSACTION FEE", -250L);
    assertThat(fee.category(0).key()).isEqualTo("service_charges");
    assertThat(fee.paymentClass(0).key()).isEqualTo("fee");
    // Nor is a transfer's prefix chained after a card's, nor one bank word alone, nor a run with no card word.
    assertThat(MerchantNames.extract("VISA SO QZV")).isEqualTo("So Qzv");
    assertThat(MerchantNames.prefixLength("CREDIT ONE BANK")).isZero();
    assertThat(MerchantNames.prefixLength("ONLINE REFUND QZV")).isZero();
    assertThat(MerchantNames.prefixLength("MC DONALDS")).isZero();
    // The first prefix says whether a card paid.
    assertThat(MerchantNames.isCardPrefix("ACH DEBIT - QZV", MerchantNames.prefixLength("ACH DEBIT - QZV"))).isFalse();
    assertThat(MerchantNames.isCardPrefix("VISA DEBIT QZV", MerchantNames.prefixLength("VISA DEBIT QZV"))).isTrue();
    Categorisation c = runIn(US, "Visa Check Card Purchase QZV GRILL SEATTLE WA", -2_000L);
    assertThat(c.paymentClass(0).key()).isEqualTo("pos");
    assertThat(c.category(0).key()).isEqualTo("eating_out");
  }

  @Test
  void test_categorise_payrollAbbreviationsAndRetirementDistributions() {
    // Fixed-width fields abbreviate payroll (the model had read PAYRLL at 0.52 and DIRDEP at 0.46);
    // a retirement account's distribution is retirement income, not an investment sold.
    String[] lines = {"QZV INDUSTRIES PAYRLL", "QZV INDUSTRIES DIRDEP", "FIDELITY INVESTMENTS IRA DISTR",
        "QZV TRUST CO 401(K) DISTRIBUTION"};
    Categorisation c = runAll(US, 250_000L, lines);
    assertCategories(c, lines, "salary", "salary", "pension_income", "pension_income");
    for (int i = 0; i < lines.length; i++) {
      assertThat(c.categoryConfidence(i)).as(lines[i]).isGreaterThanOrEqualTo(0.85f);
    }
  }

  @Test
  void test_categorise_achEntryDescriptionColumnsAreNoTowns() {
    // Chase writes an ACH debit as the payee's, the entry description's and the reference's columns,
    // then the entry's class: there the second column says what was paid, no town's word. Weak cues
    // there had been dropped as a town's (the model read CC PAYMENT at 0.30, PROP TAX as eating out).
    String[] lines = {"QZV CARD SVCS    CC PAYMENT 1234567         WEB ID: 1234567890",
        "QZV COUNTY       PROP TAX   1234567         WEB ID: 1234567890",
        "QZV STATE        TAX PYMT   1234567         CCD ID: 1234567890"};
    Categorisation c = runAll(US, -25_000L, lines);
    assertCategories(c, lines, "credit_card_repayment", "council_tax", "service_charges");
    // Without the entry's class the columns after a card line's merchant are its town's: COUNCIL
    // BLUFFS is no council.
    Categorisation town = runIn(US, "QZV GRILL        COUNCIL BLUFFS IA", -2_000L);
    assertThat(town.category(0).key()).isNotEqualTo("council_tax");
  }

  @Test
  void test_categorise_htmlEscapedDescriptionsAreReadAsTheBankMeantThem() {
    // Some feeds escape descriptions for HTML: M&amp;S had been the model's M&amp, B&amp;Q a person.
    String[] lines = {"M&amp;S SIMPLY FOOD", "B&amp;Q 1234", "SAINSBURY&#39;S S/MKT"};
    Categorisation c = runAll(GB, -2_000L, lines);
    assertCategories(c, lines, "supermarket", "home_improvement", "supermarket");
    assertNames(c, lines, "Marks & Spencer", "B&Q", "Sainsbury's");
    assertThat(Descriptions.unescaped("A&#x27;B &quot;C&quot; &lt;D&gt;")).isEqualTo("A'B \"C\" <D>");
    // What is no reference stays as written, and a line with none is not copied.
    assertThat(Descriptions.unescaped("AT&T; B & C; &zz; &#zz;")).isEqualTo("AT&T; B & C; &zz; &#zz;");
    String plain = "TESCO STORES 3217";
    assertThat(Descriptions.unescaped(plain)).isSameAs(plain);
    // Full-width letters and ligatures are their letters (compatibility decomposition): the
    // full-width line had been a transfer with no words, the ligature the model's.
    String[] wide = {"\uff34\uff25\uff33\uff23\uff2f \uff33\uff34\uff2f\uff32\uff25\uff33", "\ufb01ve guys"};
    Categorisation w = runAll(GB, -2_000L, wide);
    assertNames(w, wide, "Tesco", "Five Guys");
  }

  @Test
  void test_categorise_britishCouncilsAbbreviatedNorthernIrishRatesAndParkingPenalties() {
    // A city council as direct debits abbreviate it (the model had read clothing and holidays),
    // Northern Ireland's rates (the model's 0.19), and a parking penalty (council tax by COUNCIL).
    String[] lines = {"MANCHESTER CC", "LPS RATES", "LAND AND PROPERTY SERVICES", "QZV COUNCIL PCN",
        "QZV CC PAYMENT", "QZV GOLF CC"};
    Categorisation c = runAll(GB, -15_000L, lines);
    assertCategories(c, lines, "council_tax", "council_tax", "council_tax", "parking", "credit_card_repayment",
        "leisure");
    // American bills: refuse collection with the utilities, Verizon's wireless descriptor, Starlink.
    String[] us = {"QZV SANITATION", "VZWRLSS*APOCC VISE", "STARLINK"};
    Categorisation u = runAll(US, -9_000L, us);
    assertCategories(u, us, "water", "telephone_tv", "telephone_tv");
    assertNames(u, us, "Qzv Sanitation", "Verizon", "Starlink");
  }

  @Test
  void test_categorise_natwestFieldsAfterAPayersName() {
    // NatWest's credit separates its fields with " , ": the payer is the first (the whole line had
    // been read, and the model said an own transfer at 0.26). A person's credit is left open, as
    // JOHN SMITH alone is, for income detection to weigh.
    Categorisation c = run("J SMITH , BIRTHDAY , FP 12/03/24 1021 , 123456789", 5_000L, "J SMITH", 5_000L);
    assertThat(c.category(0).key()).isEqualTo(c.category(1).key());
    assertThat(c.source(0)).isEqualTo(c.source(1));
    // A company's name in the first field is no person.
    assertThat(run("QZV LTD , INVOICE 12 , FP 12/03/24 1021 , 123456789", 5_000L).category(0).key())
        .isNotEqualTo("p2p_transfer");
  }

  @Test
  void test_categorise_governmentBackedBusinessLoans() {
    // A Bounce Back loan's repayment had been the model's clothing at 0.12.
    assertThat(run("BBL REPAYMENT", -50_000L).category(0).key()).isEqualTo("loan");
    assertThat(run("BOUNCE BACK LOAN", 5_000_000L).category(0).key()).isEqualTo("loan_advance");
    // American business lines: a state's sales tax (the model's retail), a payroll service debiting
    // the employer (eating out), online lenders (clothing, eating out), the SBA's disaster loan paid out.
    String[] debits = {"TX COMPTROLLER SALES TAX", "PAYCHEX EIB INVOICE", "ONDECK CAPITAL", "KABBAGE"};
    assertCategories(runAll(US, -50_000L, debits), debits, "service_charges", "professional_fees", "loan", "loan");
    assertThat(runIn(US, "SBAD TREAS 310 MISC PAY", 1_500_000L).category(0).key()).isEqualTo("loan_advance");
    // (A payroll service paying in is still wages.)
    assertThat(runIn(US, "GUSTO PAYROLL", 250_000L).category(0).key()).isEqualTo("salary");
  }

  @Test
  void test_categorise_gamblingNeedsARulesWord() {
    // The model read gambling into BET inside unknown names (BETTERHELP, a therapy service, 0.35;
    // BETTAVIZ 0.42): gambling is a rule's word, on any line. CASINO is one (the French supermarket
    // of that name had taken QZV CASINO), and the brands still are.
    String[] lines = {"BETTAVIZ", "BETTERHELP", "QZV CASINO", "BET365", "CMS MEDICARE PREMIUM"};
    Categorisation c = runAll(US, -2_000L, lines);
    assertThat(c.category(0).key()).isNotEqualTo("gambling");
    assertCategories(c, lines, c.category(0).key(), "healthcare", "gambling", "gambling", "insurance");
  }

  @Test
  void test_categorise_aCardCalledCashIsNoCashDrawn() {
    // Cash App's card writes its name before the merchant: a purchase, not money drawn.
    String[] lines = {"Cash Card: QZV Grill", "CASH CARD QZV GRILL AUSTIN TX", "CASH 03/14 1234 MAIN ST",
        "ATM CASH 1234 MAIN ST"};
    Categorisation c = runAll(US, -2_000L, lines);
    assertCategories(c, lines, "eating_out", "eating_out", "cash_withdrawal", "cash_withdrawal");
    assertThat(c.paymentClass(0).key()).isEqualTo("pos");
    assertThat(c.merchantName(0)).isEqualTo("Qzv Grill");
    // Nor does the model read cash into a shop's name on a card line.
    Categorisation shop = runIn(US, "PURCHASE AUTHORIZED ON 03/14 QZV CASH SAVER HOUSTON TX S123456789012345 CARD 1234",
        -2_000L);
    assertThat(shop.category(0).key()).isNotEqualTo("cash_withdrawal");
  }

  @Test
  void test_categorise_cardLineCreditNoRuleExplainsIsARefund() {
    Categorisation c = run("RECUR DB CD PMT REV11/11 ZQX*FLORBIT QUARNEX  111-111-1111  CA 111111XXXXXX1111", 2_000L,
        "RECUR DB CD PMT11/11 ZQX*FLORBIT QUARNEX  111-111-1111  CA 111111XXXXXX1111", -2_000L);
    assertThat(c.category(0).key()).isEqualTo("refund");
    assertThat(c.merchantName(0)).isEqualTo("Florbit Quarnex");
    assertThat(c.category(1).key()).isNotEqualTo("refund");
    // A faster payment in is no card's money back, whatever its reference says.
    assertThat(run("FPI JANE DOE REF PIZZA", 2_000L).category(0).key()).isNotEqualTo("refund");
    assertThat(MerchantNames.isCardPrefix("FPI JANE DOE", MerchantNames.prefixLength("FPI JANE DOE"))).isFalse();
    assertThat(MerchantNames.isCardPrefix("CHECK CRD PUR RTRN 11/11 X", MerchantNames.prefixLength(
        "CHECK CRD PUR RTRN 11/11 X"))).isTrue();
  }

  @Test
  void test_extract_achFieldsPhoneNumbersAndWebAddresses() {
    // An ACH line's description field and a phone number end the name on a one-space line.
    assertThat(MerchantNames.extract("ACME WIDGETS DES:BILL PAY ID:12345 INDN:SMITH JOHN CO ID:99 PPD"))
        .isEqualTo("Acme Widgets");
    assertThat(MerchantNames.extract("ORIG CO NAME:ACME WIDGETS ORIG ID:1234567 DESC DATE:010523 CO ENTRY DESCR:BILL"))
        .isEqualTo("Acme Widgets");
    assertThat(MerchantNames.extract("ACME WIDGETS 800-555-0199 FL")).isEqualTo("Acme Widgets");
    // A web address keeps its domain, digits and all.
    assertThat(MerchantNames.extract("FLORBIT411.COM 800-555-0199 FL")).isEqualTo("Florbit411.com");
    // A phone number in the columns after a fixed-width merchant column leaves the column's cut alone.
    assertThat(extractedInUs("RECUR DEBIT CRD PMT11/11 FLORBITLINK COMMUNICTN  800-555-0199  CA", w -> false))
        .isEqualTo("Florbitlink");
  }

  @Test
  void test_categorise_usDebtAndFeeLines() {
    Categorisation c = run("NAVIENT DES:STUDNTLOAN ID:123", -20_000L, "TOYOTA MOTOR CREDIT TMCC PMT", -38_000L,
        "ZQX MOTOR ACCEPTANCE CORP", -30_000L, "ATM FEE", -300L, "ATM WITHDRAWAL 001234 MAIN ST", -6_000L);
    assertThat(c.category(0).key()).isEqualTo("loan");
    assertThat(c.merchantName(0)).isEqualTo("Navient");
    assertThat(c.category(1).key()).isEqualTo("car_finance");
    assertThat(c.category(2).key()).isEqualTo("car_finance");
    assertThat(c.category(3).key()).isEqualTo("service_charges");
    assertThat(c.category(4).key()).isEqualTo("cash_withdrawal");
  }

  @Test
  void test_categorise_ukLendersGamblingAndNamesWithDigits() {
    // A merchant's name that holds digits is no reference number: BET365 is kept whole.
    assertThat(Descriptions.normalise("BET365 LTD REF123456")).isEqualTo(" BET365 LTD ");
    Categorisation c = run("BET365", -1_500L, "VANQUIS BANK", -15_000L, "AMIGO LOANS", -12_000L, "NOW TV", -800L);
    assertThat(c.category(0).key()).isEqualTo("gambling");
    assertThat(c.category(1).key()).isEqualTo("credit_card_repayment");
    // A lender's longer name beats a shorter brand (a supermarket called Amigo).
    assertThat(c.category(2).key()).isEqualTo("loan");
    assertThat(c.category(3).key()).isEqualTo("subscriptions");
    Categorisation more = run("LONDON BOROUGH OF HACKNEY", -14_000L, "AMZNMktplace", -2_000L, "MONEYBOX", -1_000L,
        "HARGREAVES LANSDOWN", -50_000L);
    assertThat(more.category(0).key()).isEqualTo("council_tax");
    assertThat(more.merchantName(1)).isEqualTo("Amazon");
    assertThat(more.category(2).key()).isEqualTo("savings");
    assertThat(more.category(3).key()).isEqualTo("investments");
  }

  @Test
  void test_categorise_aCountrysBrandsHoldOutsideTheOtherCountry() {
    // Holiday is a US fuel chain in the brand index; on a British account the brand does not apply.
    String holiday = "HOLIDAY 0123 ANOKA MN";
    assertThat(runIn(US, holiday, -4_000L).merchantName(0)).isEqualTo("Holiday");
    // On a British account the line's own words name it (Holiday, from the descriptor), not the brand;
    // what it is, the model guesses (its training saw the brand's words too, so it may say fuel).
    Categorisation british = runIn(GB, holiday, -4_000L);
    assertThat(british.source(0)).isNotEqualTo(org.insights.categoriser.impl.RuleMatcher.SOURCE_MERCHANT);
    // An account of no known country may shop anywhere.
    assertThat(runIn(AccountInfo.of("xx", "EUR", null), holiday, -4_000L).merchantName(0)).isEqualTo("Holiday");
    // The own list's country column: M&S's initials name it in Britain only; its name everywhere
    // (an American shops at Marks & Spencer in London).
    assertThat(runIn(GB, "M&S 1234 LONDON", -4_000L).merchantName(0)).isEqualTo("Marks & Spencer");
    assertThat(runIn(US, "BAPTIST M&S IMAGIN", -4_000L).merchantName(0)).isNotEqualTo("Marks & Spencer");
    assertThat(runIn(US, "MARKS SPENCER PLC      LONDON", -4_000L).merchantName(0)).isEqualTo("Marks & Spencer");
  }

  @Test
  void test_extract_anEighteenCharacterColumnWasCut() {
    // The schemes' merchant-name field is 18 characters: a column filled to it ends in a fragment.
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 CHAMAS CHURRASCAIR  AUSTIN  TX", w -> false))
        .isEqualTo("Chamas");
    // One character shorter, it was not cut; a word the dictionaries know was not cut either.
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 CHAMAS CHURRASCAI  AUSTIN  TX", w -> false))
        .isEqualTo("Chamas Churrascai");
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 CHAMAS STEAKHOUSES  AUSTIN  TX",
        w -> w.equals("STEAKHOUSES"))).isEqualTo("Chamas Steakhouses");
    // A scheme prefix fills the field too: SQ * and 14 characters are 18.
    assertThat(extractedInUs("CHECK CRD PURCHASE 11/11 SQ *CHAMAS CHURRAS  AUSTIN  TX", w -> false))
        .isEqualTo("Chamas");
  }

  @Test
  void test_extract_descriptorAbbreviationsSpelledOut() {
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 11/11 SMOKY MTN KNIFE WORKS  SEVIERVILLE  TN"))
        .isEqualTo("Smoky Mountain Knife Works");
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 11/11 PERFECT SKIN LASER CTR  TEMPE  AZ"))
        .isEqualTo("Perfect Skin Laser Center");
    // Saint or street, doctor or drive: left as they are.
    assertThat(MerchantNames.extract("CHECK CRD PURCHASE 11/11 ST LUKES DR OFFICE  BOISE  ID"))
        .isEqualTo("St Lukes Dr Office");
  }

  @Test
  void test_rules_shippedCompiledAutomatonIsCurrent() {
    // Built from the rules afresh, the automaton equals the shipped one; if not, run
    // CompiledRulesBuilder (loading would still be right, only slower).
    assertThat(new org.insights.categoriser.impl.RuleSetAccess().compiledAutomatonCurrent())
        .as("rules.trie is stale: run CompiledRulesBuilder").isTrue();
  }

  @Test
  void test_calibration_modelEntriesAreTheTrainersUnseenNamesTable() throws java.io.IOException {
    // The model's calibration comes from TrainCategoriserModel's names-never-seen table; after a
    // retrain, CalibrationBuilder must be run again or the two disagree.
    java.util.Map<String, String> unseen = new java.util.TreeMap<>();
    for (String[] f : CalibrationBuilder.modelUnseen()) {
      unseen.put(f[0], f[1]);
    }
    java.util.Map<String, String> calibrated = new java.util.TreeMap<>();
    try (java.io.InputStream in = CategoriserTest.class.getResourceAsStream("calibration.tsv")) {
      assertThat(in).as("calibration.tsv").isNotNull();
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.split("\t");
        if (f[0].equals(String.valueOf(org.insights.categoriser.impl.RuleMatcher.SOURCE_MODEL))) {
          calibrated.put(f[1], f[2]);
        }
      }
    }
    assertThat(unseen).hasSize(101);
    assertThat(calibrated).as("calibration.tsv is stale: run CalibrationBuilder").isEqualTo(unseen);
  }

  @Test
  void test_categorise_incomeCreditsGigPlatformsSupportAndCouncilBenefits() {
    Categorisation c = run("DOORDASH INC. DIRECT DEP", 150_000L, "INSTACART SHOPPERS", 90_000L,
        "CHILD SUPPORT PAYMENT", 50_000L, "MOBILE DEPOSIT", 20_000L, "LONDON BOROUGH OF HACKNEY HB", 30_000L,
        "DELIVEROO", 1_500L);
    // A platform paying its workers is gig income, though DIRECT DEP alone says salary.
    assertThat(c.category(0).key()).isEqualTo("gig_income");
    assertThat(c.category(1).key()).isEqualTo("gig_income");
    assertThat(c.category(2).key()).isEqualTo("other_income");
    assertThat(c.category(3).key()).isEqualTo("other_income");
    assertThat(c.paymentClass(3).key()).isEqualTo("cheque");
    // HB is a benefit code beside a council, as beside DWP.
    assertThat(c.category(4).key()).isEqualTo("housing_benefit");
    // The platform's name alone on a credit is a customer's refund.
    assertThat(c.category(5).key()).isEqualTo("refund");
    // Deliveroo pays its riders as Roofoods, its company; Etsy its sellers as ETSY PAYMENTS; Florida's
    // reemployment assistance is unemployment benefit; a remote deposit is a cheque paid in.
    String[] more = {"ROOFOODS LTD", "ETSY PAYMENTS", "FL DEO UC", "REMOTE ONLINE DEPOSIT #1"};
    Categorisation m = runAll(US, 40_000L, more);
    assertCategories(m, more, "gig_income", "gig_income", "unemployment_benefit", "other_income");
    assertThat(m.paymentClass(3).key()).isEqualTo("cheque");
  }

  @Test
  void test_categorise_aBareChequeIsATransferNeverAPaydayLoan() {
    // The model learned CHECK from cheque cashers (payday lenders); a cheque alone names nobody.
    Categorisation c = run("CHECK 1234", -100_000L, "CHQ 000123", -5_000L, "CHEQUE 100234", 20_000L);
    assertThat(c.category(0).key()).isEqualTo("transfer");
    assertThat(c.paymentClass(0).key()).isEqualTo("cheque");
    assertThat(c.category(1).key()).isEqualTo("transfer");
    assertThat(c.category(2).key()).isEqualTo("other_income");
    // A payday lender's name still says payday loan (a US brand: a US account).
    assertThat(runIn(US, "CHECK INTO CASH #123", -30_000L).category(0).key()).isEqualTo("payday_loan");
  }

  @Test
  void test_categorise_ukChainsAndNurseries() {
    Categorisation c = run("B&M RETAIL LTD", -1_000L, "TIMPSON LTD", -1_000L, "WEE TREE NURSERIES", -1_000L,
        "LITTLE ACORNS DAY NURSERY", -60_000L);
    assertThat(c.category(0).key()).isEqualTo("retail");
    // Timpson's vending machines no longer make it a place to eat: the brand index leaves out
    // vending machines, whose brands sell drinks, parcel lockers, photos and keys alike.
    assertThat(c.category(1).key()).isNotEqualTo("eating_out");
    assertThat(c.category(2).key()).isEqualTo("home_improvement");
    assertThat(c.category(3).key()).isEqualTo("childcare");
  }

  @Test
  void test_categorise_anExportInSmallLettersIsADescriptor() {
    // Some banks' exports write every line in small letters: the merchant still gets its name; a
    // person's typed reference, which mixes cases, does not.
    Categorisation c = run("virgin trains", -5_000L, "wee tree nurseries", -2_000L, "Dinner with Sam", -2_000L);
    assertThat(c.merchantName(0)).isEqualTo("Virgin Trains");
    assertThat(c.merchantName(1)).isEqualTo("Wee Tree Nurseries");
    assertThat(c.merchantName(2)).isNull();
  }

  @Test
  void test_categorise_aProcessorsNameYieldsToTheMerchantBehindIt() {
    Categorisation c = run("PAYPAL *QUENTINSHOP    US", -2_500L, "PAYPAL *NETFLIX", -1_099L, "PAYPAL PAYMENT", -1_000L,
        "PAYPAL *FUNKYPIGEON    US", -2_500L);
    assertThat(c.merchantName(0)).isEqualTo("Quentinshop");
    assertThat(c.category(0).key()).isEqualTo("online_retail");
    // A brand behind the processor names itself and says what was bought (cards and gifts).
    assertThat(c.merchantName(3)).isEqualTo("Funky Pigeon");
    assertThat(c.category(3).key()).isEqualTo("gifts_charity");
    assertThat(c.merchantName(1)).isEqualTo("Netflix");
    // Nobody behind it: the processor is the name.
    assertThat(c.merchantName(2)).isEqualTo("PayPal");
    // An app store sells what it takes payment for: an unknown app leaves the store as the name; a
    // known merchant after it is still the merchant.
    Categorisation store = run("GOOGLE *OMGPOP INC", -199L, "GOOGLE *YouTubePremium", -999L);
    assertThat(store.merchantName(0)).isEqualTo("Google");
    assertThat(store.merchantName(1)).isEqualTo("YouTube");
  }

  @Test
  void test_categorise_brandWordsThatNameAPlaceOrAnotherShop() {
    // Invented fixed-width card lines. A brand's word repeated as the town after another name is the
    // place; alone in its column it is still the brand.
    Categorisation c = runIn(US,
        "CHECK CRD PURCHASE 11/11 ZORBEX BURLINGTON      BURLINGTON   VT 123456XXXXXX7890", -2_000L,
        "CHECK CRD PURCHASE 11/11 BURLINGTON #1234       BURLINGTON   VT 123456XXXXXX7890", -2_000L,
        // After ST, FT or MT a brand's word (PAUL, a bakery chain) is part of a place's name.
        "CHECK CRD PURCHASE 11/11 NORTH ST PAUL DINER    NORTH SAINT  MN 123456XXXXXX7890", -1_500L,
        // A one-word alias of a longer brand (KIMS: Kim's Convenience Store) before words that are not
        // the brand's is another shop; alone, or before the town or the brand's own words, it is the brand.
        "CHECK CRD PURCHASE 11/11 KIMS KLOSET            KELLER       TX 123456XXXXXX7890", -4_000L,
        "CHECK CRD PURCHASE 11/11 KIMS #12               DALLAS       TX 123456XXXXXX7890", -900L,
        "CHECK CRD PURCHASE 11/11 NAPA DELTONA           DELTONA      FL 123456XXXXXX7890", -3_100L,
        "CHECK CRD PURCHASE 11/11 ELKHORN NAPA AUTO PART ELKHORN      NE 123456XXXXXX7890", -3_100L);
    assertThat(c.merchantName(0)).isEqualTo("Zorbex");
    assertThat(c.merchantName(1)).isEqualTo("Burlington");
    assertThat(c.category(1).key()).isEqualTo("retail");
    assertThat(c.merchantName(2)).isNotEqualTo("Paul");
    assertThat(c.category(2).key()).isEqualTo("eating_out");
    assertThat(c.merchantName(3)).isEqualTo("Kims Kloset");
    assertThat(c.category(3).key()).isNotEqualTo("convenience");
    assertThat(c.merchantName(4)).isEqualTo("Kim's Convenience Store");
    assertThat(c.merchantName(5)).isEqualTo("NAPA Auto Parts");
    assertThat(c.merchantName(6)).isEqualTo("NAPA Auto Parts");
    assertThat(c.category(6).key()).isEqualTo("vehicle_expenses");
  }

  @Test
  void test_categorise_driversPayInterestAbbreviatedPayrollServicesAndBusinessSoftware() {
    Categorisation c = runIn(US,
        "UBER PAYMENT 8812", 41_250L, // a platform paying in is a driver's pay ...
        "UBER REFUND 8812", 1_250L, // ... its money back says so
        "INTRST PYMNT", 312L,
        "GUSTO DES:PAY ID:88123 INDN:J SMITH", 212_000L,
        "HUBSPOT INC 888-482-7768 MA", -5_000L,
        "CHECK CRD PURCHASE 11/11 ZOOM CAR WASH          DENVER       CO 123456XXXXXX7890", -1_500L);
    assertThat(c.category(0).key()).isEqualTo("gig_income");
    assertThat(c.category(1).key()).isEqualTo("refund");
    assertThat(c.category(2).key()).isEqualTo("interest_income");
    assertThat(c.category(3).key()).isEqualTo("salary");
    assertThat(c.category(4).key()).isEqualTo("subscriptions");
    assertThat(c.merchantName(4)).isEqualTo("HubSpot");
    // ZOOM alone is an ordinary word: only Zoom's whole names are Zoom.
    assertThat(c.merchantName(5)).isNotEqualTo("Zoom");
    assertThat(c.category(5).key()).isEqualTo("vehicle_expenses");
  }

  @Test
  void test_categorise_aBankMerchantNameIsReadLikeTheLine() {
    // The bank's own merchant name is read by the same rules as a line: an alias before another
    // shop's word is not the brand.
    TransactionBatch.Builder b = TransactionBatch.builder(US);
    b.merchant(b.add("k1", -4_000, 19_000, true, "POS 1234"), "Kims Kloset", TransactionBatch.NONE);
    b.merchant(b.add("k2", -900, 19_000, true, "POS 5678"), "Kims", TransactionBatch.NONE);
    Categorisation c = Categoriser.DEFAULT.categorise(b.build(), CategoriserOptions.defaults());
    assertThat(c.merchantName(0)).isNotEqualTo("Kim's Convenience Store");
    assertThat(c.merchantName(1)).isEqualTo("Kim's Convenience Store");
  }

  @Test
  void test_categorise_aTransferOutToAPersonIsATransferWithNoMerchant() {
    // UK transfer prefixes before a person's name: a payment to a person, never a spending category
    // the model reads into the name; a known payee, a bill cue or a kind of business still wins.
    Categorisation c = run("FPO J SMITH", -4_000L, "STO MRS A JONES", -25_000L, "FASTER PAYMENT TO JOHN SMITH", -1_000L,
        "FPO BRITISH GAS", -9_000L, "FPO ACME PLUMBING LTD", -12_000L, "SO LANDLORD RENT", -70_000L);
    for (int i = 0; i < 3; i++) {
      assertThat(c.category(i).key()).as("row %d", i).isEqualTo("p2p_transfer");
      assertThat(c.merchantName(i)).isNull();
    }
    assertThat(c.category(3).key()).isEqualTo("energy");
    assertThat(c.category(4).key()).isEqualTo("home_improvement");
    assertThat(c.category(5).key()).isEqualTo("rent");
    // Money in from a person, the payer's reference after the name: a transfer from a person, never
    // the salary the model reads into a round credit.
    // NatWest's OTR (other) before a person is such a payment too.
    assertThat(run("OTR J SMITH", -5_000L).category(0).key()).isEqualTo("p2p_transfer");
    // ... and its DPC (a digital banking payment); HSBC's OBP after the payee is a bill payment's
    // transfer, and its VIS after a card purchase's merchant no word of the name.
    assertThat(run("DPC J SMITH 123456 12345678", -5_000L).category(0).key()).isEqualTo("p2p_transfer");
    assertThat(run("J SMITH OBP", -5_000L).paymentClass(0).key()).isEqualTo("transfer");
    assertThat(MerchantNames.extract("QZV CAFE VIS")).isEqualTo("Qzv Cafe");
    Categorisation in = run("FPI J SMITH REF DINNER", 5_000L, "FPI SMITH J REFERENCE 123", 20_000L);
    assertThat(in.category(0).key()).isEqualTo("p2p_transfer");
    assertThat(in.category(1).key()).isEqualTo("p2p_transfer");
    // SO is a standing order only on a British account: SO CAL is Southern California.
    Categorisation us = runIn(US, "SO CAL EDISON", -9_000L, "TOYOTA MOTOR CR PAYMENT", -42_000L,
        "CHECK CRD PURCHASE 11/11 GOURMET TO YOU         BOSTON       MA 123456XXXXXX7890", -3_000L);
    assertThat(us.category(0).key()).isEqualTo("energy");
    assertThat(us.category(1).key()).isEqualTo("car_finance");
    // A card purchase is never a transfer on the model's word (TO in a shop's name).
    assertThat(us.category(2).key()).isNotIn("p2p_transfer", "own_transfer", "transfer");
  }

  @Test
  void test_categorise_ukSavingsCardBanksAndAbbreviatedCharges() {
    Categorisation c = run("NS&I PREMIUM BONDS", -10_000L, "TESCO BANK", -6_000L, "M&S BANK", -5_000L,
        "UNARRANGED OD FEE", -500L, "NATWEST CC PAYMENT", -15_000L, "Booking.com", -20_000L,
        "TESCO STORES 2345", -900L);
    assertThat(c.category(0).key()).isEqualTo("savings");
    // A retailer's bank is a card issuer, not the retailer's shop.
    assertThat(c.category(1).key()).isEqualTo("credit_card_repayment");
    assertThat(c.merchantName(1)).isEqualTo("Tesco Bank");
    assertThat(c.category(2).key()).isEqualTo("credit_card_repayment");
    assertThat(c.category(3).key()).isEqualTo("overdraft_charges");
    assertThat(c.category(4).key()).isEqualTo("credit_card_repayment");
    assertThat(c.merchantName(5)).isEqualTo("Booking.com");
    assertThat(c.category(6).key()).isEqualTo("supermarket");
  }

  @Test
  void test_categorise_aLenderPayingInIsALoanAdvanceAndInstalmentLendersAreNotPayday() {
    Categorisation c = runIn(US, "SPEEDY CASH", 30_000L, "ONEMAIN FINANCIAL", 250_000L, "EARNIN ACTIVEHOURS", 10_000L,
        "AMAZON", 2_500L, "ONEMAIN FINANCIAL", -31_000L, "EARNIN", -10_500L);
    for (int i = 0; i < 3; i++) {
      assertThat(c.category(i).key()).as("row %d", i).isEqualTo("loan_advance");
      assertThat(c.paymentClass(i).key()).as("row %d", i).isEqualTo("transfer");
    }
    assertThat(c.merchantName(0)).isEqualTo("Speedy Cash");
    // A loan paid in by name, whoever lent it (a government-backed small-business loan).
    assertThat(runIn(US, "ACH CREDIT SBA LOAN", 200_000L).category(0).key()).isEqualTo("loan_advance");
    // A shop paying in refunds.
    assertThat(c.category(3).key()).isEqualTo("refund");
    // OneMain lends over years (the brand index files it with payday lenders); an earned-wage app
    // lends against the next pay.
    assertThat(c.category(4).key()).isEqualTo("loan");
    assertThat(c.category(5).key()).isEqualTo("payday_loan");
  }

  @Test
  void test_categorise_usRentChildSupportWarehouseClubsAndWalletTransfers() {
    Categorisation c = runIn(US, "OAKWOOD APARTMENTS", -140_000L, "ABC PROPERTY MGMT", -150_000L,
        "CHILD SUPPORT PAYMENT", -30_000L, "CHILD SUPPORT", 30_000L, "COSTCO WHOLESALE #123", -15_000L,
        "SAMS CLUB #1234 AUSTIN TX", -12_000L, "SAMS CLUB FUEL CENTER", -4_000L, "PAYPAL INST XFER", 20_000L);
    assertThat(c.category(0).key()).isEqualTo("rent");
    assertThat(c.category(1).key()).isEqualTo("rent");
    // Maintenance paid for a child is a fixed cost of children; paid in, it is income.
    assertThat(c.category(2).key()).isEqualTo("childcare");
    assertThat(c.category(3).key()).isEqualTo("other_income");
    assertThat(c.category(4).key()).isEqualTo("supermarket");
    assertThat(c.category(5).key()).isEqualTo("supermarket");
    assertThat(c.category(6).key()).isEqualTo("fuel");
    assertThat(c.category(7).key()).isEqualTo("own_transfer");
  }

  @Test
  void test_categorise_creditsThatAreNotRefunds() {
    Categorisation c = run("BET365", 10_000L, "COINBASE", 20_000L, "HMRC", 30_000L, "HMRC CHILD BENEFIT", 10_240L,
        "BONUS", 50_000L, "RENT FROM TENANT", 80_000L, "INSURANCE CLAIM", 100_000L, "ATM DEPOSIT", 20_000L,
        "AMAZON", 2_000L);
    // A bookmaker's or exchange's money paid in is the same activity, not a refund.
    assertThat(c.category(0).key()).isEqualTo("gambling");
    assertThat(c.category(1).key()).isEqualTo("investments");
    // HMRC with no benefit named repays tax; a benefit by name still decides.
    assertThat(c.category(2).key()).isEqualTo("tax_refund");
    assertThat(c.category(3).key()).isEqualTo("child_benefit");
    assertThat(c.category(4).key()).isEqualTo("salary");
    assertThat(c.category(5).key()).isEqualTo("other_income");
    assertThat(c.category(6).key()).isEqualTo("other_income");
    assertThat(c.category(7).key()).isEqualTo("cash_deposit");
    assertThat(c.category(8).key()).isEqualTo("refund");
  }

  @Test
  void test_categorise_appBanksPubsAndResaleApps() {
    Categorisation c = run("Monzo", -10_000L, "REVOLUT", 5_000L, "The Red Lion", -2_200L, "Vinted", -1_500L);
    // Money moved to or from the customer's own app bank account.
    assertThat(c.category(0).key()).isEqualTo("own_transfer");
    assertThat(c.paymentClass(0).key()).isEqualTo("transfer");
    assertThat(c.merchantName(0)).isNull();
    assertThat(c.category(1).key()).isEqualTo("own_transfer");
    // A British Red Lion is a pub, never the American hotel chain of that name.
    assertThat(c.category(2).key()).isEqualTo("eating_out");
    assertThat(c.category(3).key()).isEqualTo("clothing");
    assertThat(c.merchantName(3)).isEqualTo("Vinted");
    Categorisation us = runIn(US, "RED LION HOTEL PORTLAND", -12_000L);
    assertThat(us.category(0).key()).isEqualTo("holidays");
  }

  @Test
  void test_categorise_usAchRepaymentsToLendersCardIssuersAndInsurers() {
    String[] lines = {"ACH DEBIT UPSTART", "ACH DEBIT BEST EGG", "ACH DEBIT NETCREDIT", "ACH DEBIT CARVANA",
        "ACH DEBIT AMAZON CORP SYF PAYMNT", "ACH DEBIT WEBBANK FINGERHUT", "ACH DEBIT METLIFE", "ACH DEBIT BETTERMENT",
        "ACH DEBIT TOYOTA ACH LEASE", "OAKWOOD APARTMENTS LEASE PAYMENT", "ACH DEBIT PROSPER"};
    String[] expected = {"loan", "loan", "payday_loan", "car_finance", "credit_card_repayment", "credit_card_repayment",
        "insurance", "investments", "car_finance", "rent"};
    Categorisation c = runAll(US, -10_000L, lines);
    assertCategories(c, lines, expected);
    // PROSPER alone is a Texan town: only the lender's billing names are the lender's rule (the
    // model, which learned those names, may still lean to a loan).
    assertThat(c.source(10)).isNotEqualTo(org.insights.categoriser.impl.RuleMatcher.SOURCE_MERCHANT);
  }

  @Test
  void test_categorise_moreKindsOfBusinessOnInventedCardLines() {
    String[] words = {"AQUARIUM", "SKI SHOP", "COMMISSARY", "ALTERATIONS", "MASSAGE THERAPY", "THERAPY", "MOVERS",
        "FEED STORE", "DAY CAMP", "REALTY"};
    String[] expected = {"leisure", "retail", "supermarket", "clothing", "personal_care", "healthcare", "household",
        "home_improvement", "childcare", "rent"};
    String[] lines = java.util.Arrays.stream(words)
        .map(w -> String.format("CHECK CRD PURCHASE 11/11 QZV %-19s DENVER       CO 123456XXXXXX7890", w))
        .toArray(String[]::new);
    assertCategories(runAll(US, -5_000L, lines), lines, expected);
    // Care homes, rehabilitation, laboratories and eyewear are care and health; maids a household
    // service; youth leagues leisure, school boosters education, food banks charities.
    String[] more = {"ASSISTED LIVING", "REHABILITATION", "MEDICAL LAB", "EYEWEAR", "MAID SERVICE", "LITTLE LEAGUE",
        "BOOSTER CLUB", "FOOD BANK"};
    String[] moreLines = java.util.Arrays.stream(more)
        .map(w -> String.format("CHECK CRD PURCHASE 11/11 QZV %-19s DENVER       CO 123456XXXXXX7890", w))
        .toArray(String[]::new);
    assertCategories(runAll(US, -5_000L, moreLines), moreLines, "healthcare", "healthcare", "healthcare",
        "healthcare", "household", "leisure", "education", "gifts_charity");
  }

  @Test
  void test_categorise_britishHighStreetWordsAndAWholeWordIsNoCutCue() {
    String[] lines = {"QZV OFF LICENCE", "QZV GREENGROCER", "QZV CASH AND CARRY", "QZV FOOD AND WINE",
        "QZV BOOKMAKERS", "QZV PAY AND DISPLAY", "QZV CARAVAN PARK", "QZV TAXIS", "QZV DIY",
        // STATION is a word, not STATIONERY cut at the column's end.
        "QZV SERVICE STATION", "TEXACO SERVICE STATION"};
    String[] expected = {"supermarket", "supermarket", "supermarket", "convenience", "gambling", "parking",
        "holidays", "other_transport", "home_improvement", "fuel", "fuel"};
    Categorisation c = runAll(GB, -2_000L, lines);
    assertCategories(c, lines, expected);
    // A cut cue still counts at the column's end where the fragment is no word (STATIONE, RESTAU).
    Categorisation cut = runIn(US, "CHECK CRD PURCHASE 11/11 VERONAS ITALIAN RESTAU ANYTOWN      CO 123456XXXXXX7890",
        -2_000L);
    assertThat(cut.category(0).key()).isEqualTo("eating_out");
    // ... and an English word ending the column is not a longer cue word cut short (NURSE, NURSERY).
    Categorisation word = runIn(US, "CHECK CRD PURCHASE 11/11 HOME HEALTH NURSE      DENVER       CO 123456XXXXXX7890",
        -9_000L);
    assertThat(word.category(0).key()).isNotEqualTo("childcare");
  }

  @Test
  void test_extract_oneSpaceUsLinesEndTheNameAtAKindOfBusinessBeforeTheTown() {
    // No column gap and no store number: a kind of business one to three words before the state
    // ends the name; CA there is California, not Canada.
    assertThat(MerchantNames.extract("SQ *JOES COFFEE BROOKLYN NY")).isEqualTo("Joes Coffee");
    assertThat(MerchantNames.extract("MARIOS PIZZA SAN DIEGO CA")).isEqualTo("Marios Pizza");
    assertThat(MerchantNames.extract("SUSHI BAR MIAMI FL")).isEqualTo("Sushi Bar");
    // A joining word after it keeps the name whole; a name in mixed case is one name, not a town.
    assertThat(MerchantNames.extract("JOES PIZZA AND PASTA NY")).startsWith("Joes Pizza And Pasta");
    assertThat(MerchantNames.extract("Debit Purchase -visa Sq *joe's Coffee Brooklyn Ny")).startsWith("Joes Coffee");
    assertThat(MerchantNames.extract("ELECTRONIC WITHDRAWAL CITIBANK CARD")).isEqualTo("Citibank Card");
  }

  @Test
  void test_categorise_aPersonsNameIsATransferNotAShop() {
    Categorisation c = run("John Smith", -4_000L, "MRS A JONES", -25_000L, "J Smith", 5_000L, "Smith J", -1_000L,
        "Jack Wills", -6_000L, "SMITH AND CO", -6_000L, "CRV*B  Q 1308 NEWCRAIG   London", -3_000L,
        // In capitals with no transfer prefix a line is a merchant's descriptor: only a personal
        // title says person there, never a given name or initials (a business's name as often).
        "MARTIN MCCOLL", -900L, "BLACKWELL S", -2_500L, "BGC J SMITH", 5_000L);
    for (int i = 0; i < 4; i++) {
      assertThat(c.category(i).key()).as("row %d", i).isEqualTo("p2p_transfer");
      assertThat(c.merchantName(i)).as("row %d", i).isNull();
      assertThat(c.paymentClass(i).key()).as("row %d", i).isEqualTo("transfer");
    }
    // A brand named like a person, a firm, and a descriptor with a processor's star are businesses.
    assertThat(c.category(4).key()).isEqualTo("clothing");
    assertThat(c.category(5).key()).isNotEqualTo("p2p_transfer");
    assertThat(c.category(6).key()).isNotEqualTo("p2p_transfer");
    assertThat(c.category(7).key()).isNotEqualTo("p2p_transfer");
    assertThat(c.category(8).key()).isNotEqualTo("p2p_transfer");
    assertThat(c.category(9).key()).isEqualTo("p2p_transfer");
    // Paid in, in capitals, from a name shaped as a person's: a person's payment or a sole trader's
    // wages, left open (as JOHN SMITH is) for income detection to weigh; no gig platform, no shop.
    String[] credits = {"J SMITH", "SMITH J", "JOHN SMITH", "J A SMITH"};
    Categorisation in = runAll(GB, 50_000L, credits);
    for (int i = 0; i < credits.length; i++) {
      assertThat(in.category(i).key()).as(credits[i]).isEqualTo("uncategorised");
      assertThat(in.paymentClass(i).key()).as(credits[i]).isEqualTo("transfer");
      assertThat(in.merchantName(i)).as(credits[i]).isNull();
    }
    // TRANSFER FROM names the customer's own account; from a person it is a payment between people.
    Categorisation moved = run("INTERAC E-TRANSFER FROM JOHN SMITH", 5_000L, "TRANSFER FROM MR J SMITH", 5_000L,
        "TRANSFER FROM 20-30-40 12345678", 5_000L, "TRANSFER FROM SAVINGS ACCOUNT", 5_000L);
    for (int i = 0; i < 2; i++) {
      assertThat(moved.category(i).key()).as("row %d", i).isEqualTo("p2p_transfer");
    }
    assertThat(moved.category(2).key()).isEqualTo("own_transfer");
    assertThat(moved.category(3).key()).isEqualTo("own_transfer");
    // British banks write the payment type after the payee, then the reference: the name ends there.
    Categorisation after = run("MR J SMITH FPI REF LOAN", 30_000L, "MR J SMITH FPO REF BEER", -2_000L);
    for (int i = 0; i < 2; i++) {
      assertThat(after.category(i).key()).as("row %d", i).isEqualTo("p2p_transfer");
      assertThat(after.merchantName(i)).as("row %d", i).isNull();
    }
    // A sole trader on a card line is a business; so is a brand of the other country.
    Categorisation us = runIn(US, "CHECK CRD PURCHASE 11/11 NORMAN G JENSEN IN   PHOENIX      AZ 123456XXXXXX7890",
        -2_700L, "JOHN LEWIS             LONDON     US", -5_000L);
    assertThat(us.category(0).key()).isNotEqualTo("p2p_transfer");
    assertThat(us.category(1).key()).isNotEqualTo("p2p_transfer");
  }

  @Test
  void test_categorise_moreBritishBills() {
    String[] lines = {"DD UTILITA", "DD DWR CYMRU", "DD GIFFGAFF", "DD TESCO MOBILE", "DD VITALITY", "DD SCOTTISH WIDOWS",
        "DD KIDDI CARIBOU"};
    String[] expected = {"energy", "water", "telephone_tv", "telephone_tv", "insurance", "pension_contribution",
        "childcare"};
    Categorisation c = runAll(GB, -5_000L, lines);
    assertCategories(c, lines, expected);
  }

  @Test
  void test_categorise_moreUsBillsAndGasOnABillIsEnergy() {
    String[] lines = {"ACH DEBIT COX COMM", "ACH DEBIT SPRINT", "ACH DEBIT CRICKET WIRELESS", "ACH DEBIT EVERSOURCE",
        "ACH DEBIT COLUMBIA GAS", "ACH DEBIT REPUBLIC SERVICES", "ACH DEBIT GODDARD SCHOOL", "ACH DEBIT APPFOLIO",
        "ACH DEBIT IRS", "CHECK CRD PURCHASE 11/11 CRICKET CAFE            PORTLAND     OR 123456XXXXXX7890",
        "CHECK CRD PURCHASE 11/11 QZV GAS                DENVER       CO 123456XXXXXX7890"};
    String[] expected = {"telephone_tv", "telephone_tv", "telephone_tv", "energy", "energy", "water", "childcare",
        "rent", "service_charges", "eating_out", "fuel"};
    Categorisation c = runAll(US, -9_000L, lines);
    assertCategories(c, lines, expected);
    // A descriptor's location column makes a person-like name a business's; a reference does not.
    Categorisation p = runIn(US, "JENNY CRAIG              800-555-1234 CA", -9_000L, "J Smith          Ref 1234",
        -9_000L);
    assertThat(p.category(0).key()).isNotEqualTo("p2p_transfer");
    assertThat(p.category(1).key()).isEqualTo("p2p_transfer");
  }

  @Test
  void test_categorise_achCreditsReadAcrossTheDesLabel() {
    // An ACH line's DES: label stands between the company and the entry's description.
    String[] lines = {"PAYPAL DES:TRANSFER", "UBER DES:EDI PAYMNT", "ETSY INC DES:DEPOSIT", "STRIPE DES:TRANSFER",
        "STATE OF MICHIGAN DES:UNEMPLOYMNT", "FIDELITY DES:MONEYLINE", "AZ DES UI BENEFITS"};
    String[] expected = {"own_transfer", "gig_income", "gig_income", "gig_income", "unemployment_benefit",
        "own_transfer", "unemployment_benefit"};
    Categorisation c = runAll(US, 30_000L, lines);
    assertCategories(c, lines, expected);
    assertThat(Descriptions.normalise("PAYPAL DES:TRANSFER ID:123")).isEqualTo(" PAYPAL TRANSFER ID ");
    assertThat(Descriptions.normalise("DES MOINES IA")).isEqualTo(" DES MOINES IA ");
  }

  @Test
  void test_categorise_aSmallBusinessesCardTakingsAndFees() {
    Categorisation c = run("BARCLAYCARD MERCHANT SERVICES", 150_000L, "WORLDPAY", 110_000L, "DOJO", 90_000L,
        "WORLDPAY FEES", -4_500L, "STRIPE FEES", -3_000L, "COMPANIES HOUSE", -1_300L, "BANK FEES", -500L);
    // An acquirer paying in settles card takings: income, not a refund or a salary.
    for (int i = 0; i < 3; i++) {
      assertThat(c.category(i).key()).as("row %d", i).isEqualTo("gig_income");
    }
    for (int i = 3; i < 7; i++) {
      assertThat(c.category(i).key()).as("row %d", i).isEqualTo("service_charges");
    }
  }

  @Test
  void test_categorise_bettingAppsCasinosAndExchanges() {
    Categorisation uk = run("LOTTOLAND", -500L, "SMARKETS", -2_000L, "BOYLESPORTS", -1_000L, "MONEYFARM", -10_000L,
        "BINANCE", -5_000L);
    assertThat(uk.category(0).key()).isEqualTo("gambling");
    assertThat(uk.category(1).key()).isEqualTo("gambling");
    assertThat(uk.category(2).key()).isEqualTo("gambling");
    assertThat(uk.category(3).key()).isEqualTo("investments");
    assertThat(uk.category(4).key()).isEqualTo("investments");
    Categorisation us = runIn(US, "BETMGM", -2_000L, "CAESARS SPORTSBOOK", -5_000L, "PRIZEPICKS", -1_000L,
        "FOXWOODS", -10_000L, "POWERBALL", -200L);
    for (int i = 0; i < 5; i++) {
      assertThat(us.category(i).key()).as("row %d", i).isEqualTo("gambling");
    }
  }

  @Test
  void test_categorise_aLineOfReferencesOnlyIsNoSalary() {
    // Nothing but digits and masks: the model would answer with its prior (salary for a round
    // credit); the line says only that money moved.
    Categorisation c = run("12345678", 100_000L, "", 250_000L, "************1234", -2_500L, "47DJ2228L2N11", -900L);
    for (int i = 0; i < 4; i++) {
      assertThat(c.category(i).key()).as("row %d", i).isEqualTo("transfer");
      assertThat(c.categoryConfidence(i)).as("row %d", i).isLessThan(0.5f);
    }
    // A masked card number is a card payment whose merchant was lost.
    assertThat(c.paymentClass(2).key()).isEqualTo("pos");
  }

  @Test
  void test_categorise_aBrandsWordsRunTogetherAreTheBrand() {
    // Card descriptors and web addresses glue a brand's words (MARKS & SPENCER, PADDY POWER, THE WORKS).
    String[] lines = {"marksspencer plc", "PADDYPOWER", "WWW.THEWORKS.CO.UK", "PAYPAL *TESCOSTORES"};
    Categorisation c = runAll(GB, -2_000L, lines);
    assertCategories(c, lines, "supermarket", "gambling", "retail", "supermarket");
    assertThat(c.merchantName(0)).isEqualTo("Marks & Spencer");
    assertThat(c.merchantName(1)).isEqualTo("Paddy Power");
    assertThat(c.merchantName(2)).isEqualTo("The Works");
    // Under eight letters a glued pair (NEW LOOK) is too likely another word: no rule for it.
    assertThat(run("NEWLOOK", -2_000L).source(0)).isNotEqualTo(org.insights.categoriser.impl.RuleMatcher.SOURCE_MERCHANT);
  }

  @Test
  void test_categorise_aProcessorsSoftDescriptorGluesCountryAndLegalFormToTheBrand() {
    // PayPal and card schemes print the merchant's soft descriptor run together, with its country,
    // legal form or domain glued on, and cut at the field's width (SAINSBURYSS, NEXTRETAILL).
    String[] lines = {"PAYPAL *LIDLGB", "PAYPAL *ARGOSLTD", "PAYPAL *ASOSCOMLTD", "PAYPAL *SPOTIFYUK",
        "PAYPAL *SAINSBURYSS", "PAYPAL *NEXTRETAILL", "CRV*WILKOLTD", "PAYPAL *UBERBV"};
    Categorisation c = runAll(GB, -2_000L, lines);
    assertCategories(c, lines, "supermarket", "retail", "online_retail", "subscriptions", "supermarket", "clothing",
        "household", "other_transport");
    assertThat(c.merchantName(0)).isEqualTo("Lidl");
    assertThat(c.merchantName(4)).isEqualTo("Sainsbury's");
    assertThat(c.merchantName(5)).isEqualTo("Next");
    // A glued brand cut at the field's width is the one glued brand it begins.
    Categorisation cut = runAll(GB, -2_000L, "PAYPAL *HOLLANDBARRE", "PAYPAL *MARKSANDSPEN", "PAYPAL *PADDYPOWE");
    assertThat(cut.merchantName(0)).isEqualTo("Holland & Barrett");
    assertThat(cut.merchantName(1)).isEqualTo("Marks & Spencer");
    assertThat(cut.category(2).key()).isEqualTo("gambling");
    // The rest must be only such words: a brand followed by other letters is another business, left
    // to the processor's reading and the name behind it.
    Categorisation other = runAll(GB, -2_000L, "PAYPAL *LIDLEYFARM", "PAYPAL *NEXTDOORSHOP");
    assertThat(other.merchantName(0)).isEqualTo("Lidleyfarm");
    assertThat(other.merchantName(1)).isNotEqualTo("Next");
  }

  @Test
  void test_categorise_aBrandsAmpersandSpelledAndIsTheBrand() {
    // Statements write MARKS & SPENCER and MARKS AND SPENCER alike; the brand index spells the & only.
    String[] lines = {"MARKS AND SPENCER PLC", "CHECK CRD PURCHASE 11/11 BATH AND BODY WORKS  TUCSON  AZ",
        "BARNESANDNOBLE.COM"};
    Categorisation c = runAll(US, -2_000L, lines);
    assertThat(runAll(GB, -2_000L, lines[0]).merchantName(0)).isEqualTo("Marks & Spencer");
    assertThat(c.merchantName(1)).isEqualTo("Bath & Body Works");
    assertThat(c.category(1).key()).isEqualTo("personal_care");
    assertThat(c.merchantName(2)).isEqualTo("Barnes & Noble");
    // A short name glued with its AND is listed as billers print it (PG&E's PGANDE WEB ONLINE).
    assertThat(runIn(US, "PGANDE WEB ONLINE PPD ID: 9876543210", -12_000L).category(0).key()).isEqualTo("energy");
  }

  @Test
  void test_categorise_wiresAreTransfersTheirFeesTheBanksAndACardPaidOnlineIsARepayment() {
    String[] lines = {"WT FED#01234 JPMORGAN CHASE /FTR/BNF=JOHN SMITH SRF# 12345", "OUTGOING WIRE TRANSFER TO J SMITH",
        "WIRE TRANSFER FEE", "Online Banking payment to CRD 1234 Confirmation# 12345"};
    Categorisation c = runAll(US, -25_000L, lines);
    assertCategories(c, lines, "transfer", "transfer", "service_charges", "credit_card_repayment");
    assertThat(c.paymentClass(0).key()).isEqualTo("transfer");
    assertThat(c.paymentClass(2).key()).isEqualTo("fee");
    // Wells Fargo's card lines end with the authorisation and the card: no part of the name.
    assertThat(MerchantNames.extract("PURCHASE AUTHORIZED ON 02/12 JOES TACO HUT S581043123456789 CARD 1234"))
        .isEqualTo("Joes Taco Hut");
  }

  @Test
  void test_categorise_instantPaymentsInFromAPersonAndCashbackApps() {
    String[] lines = {"RTP CREDIT JOHN SMITH", "REAL TIME PAYMENT FROM JOHN SMITH", "REAL TIME PAYMENT FROM ACME CORP PAYROLL",
        "IBOTTA PAYOUT"};
    assertCategories(runAll(US, 5_000L, lines), lines, "p2p_transfer", "p2p_transfer", "salary", "refund");
    assertThat(run("PAYM J SMITH", 5_000L).category(0).key()).isEqualTo("p2p_transfer");
  }

  @Test
  void test_categorise_britishDirectDebitPayeesAnUnderwriterMustRead() {
    String[] lines = {"DD CHURCHILL", "DD LV=", "DD GREEN FLAG", "DD AQUA", "DD YORKSHIRE BS", "DD CLOSE BROTHERS",
        "DD PERFECT HOME", "DD PLUM", "DD PENSIONBEE", "DD HOMESERVE"};
    assertCategories(runAll(GB, -3_000L, lines), lines, "insurance", "insurance", "vehicle_expenses",
        "credit_card_repayment", "mortgage", "loan", "loan", "savings", "pension_contribution", "insurance");
    // Ordinary words only after DD or beside a word of the firm: a CHURCHILL pub is no insurer.
    assertThat(run("CHURCHILL ARMS PUB", -3_000L).category(0).key()).isEqualTo("eating_out");
  }

  @Test
  void test_categorise_americanBillersAndLendersByTheirBillingNames() {
    String[] lines = {"ACH DEBIT WINDSTREAM", "ACH DEBIT EXETER FINANCE", "ACH DEBIT SECURITY FINANCE", "ACH DEBIT OPPLOANS",
        "ACH DEBIT WELLS FARGO CARD", "ACH DEBIT LOANCARE", "ACH DEBIT ECMC", "ACH DEBIT CONVERGENT OUTSOURCING",
        "ACH DEBIT SIMPLISAFE"};
    assertCategories(runAll(US, -9_000L, lines), lines, "telephone_tv", "car_finance", "loan", "payday_loan",
        "credit_card_repayment", "mortgage", "loan", "debt_collection", "household");
  }

  @Test
  void test_categorise_britishChainsTheBrandIndexSpellsOtherwise() {
    String[] lines = {"SPAR", "BOOKER WHOLESALE", "EURO GARAGES", "JET2.COM", "VIRGIN ATLANTIC", "TUI", "CENTER PARCS",
        "VUE CINEMA", "BANNATYNE", "AVANTI WEST COAST"};
    Categorisation c = runAll(GB, -2_500L, lines);
    assertCategories(c, lines, "convenience", "supermarket", "fuel", "flight", "flight", "holidays", "holidays",
        "leisure", "fitness", "public_transport");
    assertThat(c.merchantName(3)).isEqualTo("Jet2"); // a name with a digit kept whole
  }

  @Test
  void test_categorise_americanChainsAsCardLinesShortenThem() {
    String[] lines = {"WINCO FOODS #12 BOISE ID", "SPROUTS #123 PHOENIX AZ", "IN-N-OUT #45 IRVINE CA", "JETBLUE 2794123456",
        "TICKETMASTER", "THE UPS STORE 1234"};
    assertCategories(runAll(US, -2_500L, lines), lines, "supermarket", "supermarket", "eating_out", "flight", "leisure",
        "office_expenses");
  }

  @Test
  void test_categorise_gamblingOperatorsTheBrandIndexLacks() {
    // An underwriter must see gambling: SKY BET is no television bill.
    String[] lines = {"SKY BET", "SKYBET.COM", "ALLWYN", "VIRGIN GAMES", "JACKPOTJOY", "SPREADEX", "LEOVEGAS", "888SPORT"};
    assertCategories(runAll(GB, -2_000L, lines), lines, "gambling", "gambling", "gambling", "gambling", "gambling",
        "gambling", "gambling", "gambling");
    assertThat(run("SKY DIGITAL", -2_000L).category(0).key()).isEqualTo("telephone_tv");
  }

  @Test
  void test_categorise_creditTheBrandIndexLacksIsDebt() {
    String[] uk = {"DIVIDEBUY", "V12 RETAIL FINANCE", "IKANO BANK", "UNCLE BUCK", "OODLE CAR FINANCE"};
    assertCategories(runAll(GB, -5_000L, uk), uk, "bnpl", "loan", "loan", "payday_loan", "car_finance");
    String[] us = {"KATAPULT", "PROGRESSIVE LEASING", "ELASTIC LINE", "HEIGHTS FINANCE"};
    assertCategories(runAll(US, -5_000L, us), us, "loan", "loan", "payday_loan", "loan");
  }

  @Test
  void test_categorise_childmindersHolidayClubsAndNurseryChainsAreChildcare() {
    String[] uk = {"DD KIDS PLANET", "DD CHILDMINDER", "DD AU PAIR", "DD HOLIDAY CLUB", "DD TINY TOTS"};
    assertCategories(runAll(GB, -25_000L, uk), uk, "childcare", "childcare", "childcare", "childcare", "childcare");
    String[] us = {"ACH DEBIT TUTOR TIME", "ACH DEBIT CHILDRENS LIGHTHOUSE"};
    assertCategories(runAll(US, -25_000L, us), us, "childcare", "childcare");
  }

  @Test
  void test_categorise_rentThroughHousingAssociationsAgentsAndPlatforms() {
    // A housing association is a landlord, not a charity (ASSOCIATION); a standing order to an
    // estate agent is rent through its lettings side.
    String[] uk = {"SO HOUSING ASSOCIATION", "SO ESTATE AGENTS", "SO GOODLORD"};
    assertCategories(runAll(GB, -120_000L, uk), uk, "rent", "rent", "rent");
    String[] us = {"ACH DEBIT RENTPAYMENT.COM", "ACH DEBIT ZEGO", "ACH DEBIT TENANTCLOUD"};
    assertCategories(runAll(US, -120_000L, us), us, "rent", "rent", "rent");
  }

  @Test
  void test_categorise_governmentFeesCouriersSharedTransportAndOnlineHealth() {
    String[] uk = {"GOV.UK", "HMCTS FEES", "NHSBSA PPC", "DPD GROUP UK", "PARCELFORCE", "ZIPCAR", "HUMAN FOREST"};
    assertCategories(runAll(GB, -2_500L, uk), uk, "service_charges", "service_charges", "healthcare", "office_expenses",
        "office_expenses", "other_transport", "other_transport");
    String[] us = {"TELADOC", "GOODRX", "EXPRESS SCRIPTS", "USCIS"};
    assertCategories(runAll(US, -2_500L, us), us, "healthcare", "healthcare", "healthcare", "service_charges");
  }

  @Test
  void test_categorise_britishBanksOwnCodes() {
    // Lloyds' CPT is its cashpoint; a bank's correction moves money back, it buys nothing.
    String[] lines = {"CPT LLOYDS BANK 12MAR23", "COR CORRECTION"};
    assertCategories(runAll(GB, -2_000L, lines), lines, "cash_withdrawal", "transfer");
  }

  @Test
  void test_categorise_topUpsAreWhatTheyTopUp() {
    // A wallet topped up is money kept; a transport card, a prepayment meter or a phone is what it buys.
    String[] lines = {"TOP UP", "PAYPAL TOP UP", "OYSTER AUTO TOP UP", "ELECTRICITY TOP UP", "EE TOP UP"};
    Categorisation c = runAll(GB, -2_000L, lines);
    assertCategories(c, lines, "own_transfer", "own_transfer", "public_transport", "energy", "telephone_tv");
    assertThat(c.merchantName(0)).isNull();
    assertThat(c.merchantName(1)).isNull();
    assertThat(c.merchantName(2)).isEqualTo("Transport for London");
  }

  @Test
  void test_categorise_onlineCoursesAppsAndCharitiesTheShopIndexLacks() {
    String[] lines = {"COURSERA.ORG", "GRAMMARLY CO", "CALM.COM", "PEACOCK 8A7B PREMIUM", "TALKTALK LTD", "NSPCC",
        "MANYPETS", "STRAVA INC"};
    assertCategories(runAll(GB, -1_500L, lines), lines, "education", "subscriptions", "subscriptions",
        "subscriptions", "telephone_tv", "gifts_charity", "insurance", "fitness");
    // Ordinary words name the service only beside a word of it: CALM WATERS CAFE is a cafe.
    assertThat(run("CALM WATERS CAFE", -1_500L).category(0).key()).isEqualTo("eating_out");
  }

  @Test
  void test_categorise_aCarMakersFinanceArmIsCarFinanceItsDealerIsNot() {
    String[] lines = {"AUDI FINANCE", "HONDA PMT", "DD VAUXHALL FINANCE", "NISSAN PAYMENT", "ACH DEBIT TESLA LEASE",
        "VOLKSWAGEN FINANCIAL SERVICES", "FORD SERVICE CENTRE"};
    assertCategories(runAll(GB, -30_000L, lines), lines, "car_finance", "car_finance", "car_finance", "car_finance",
        "car_finance", "car_finance", "vehicle_expenses");
    assertThat(runIn(US, "CHECK CRD PURCHASE 11/11 HONDA OF TUCSON     TUCSON       AZ 123456XXXXXX7890", -5_000L)
        .category(0).key()).isEqualTo("vehicle_expenses");
  }

  @Test
  void test_categorise_groundRentAndAssociationDuesAreHousingCosts() {
    String[] lines = {"GROUND RENT", "DD ABC ESTATE CHARGES", "HOA DUES", "SUNNY ACRES HOMEOWNERS ASSOC",
        "HOA PAYMENT WEB ID 12345", "RENT"};
    Categorisation c = runAll(US, -30_000L, lines);
    assertCategories(c, lines, "property_charges", "property_charges", "property_charges", "property_charges",
        "property_charges", "rent");
    for (int k = 0; k < 5; k++) {
      assertThat(c.affordabilityType(k)).as(lines[k]).isEqualTo("Fixed");
      assertThat(c.category(k).sfsGroup()).as(lines[k]).isEqualTo("Housing");
    }
    // HOA inside a restaurant's name is no association.
    assertThat(runIn(US, "CHECK CRD PURCHASE 11/11 PHO HOA RESTAURANT  HOUSTON      TX 123456XXXXXX7890", -1_500L)
        .category(0).key()).isEqualTo("eating_out");
  }

  @Test
  void test_categorise_debtPlansSchoolPaymentsRoadChargesAndPublicPensions() {
    String[] uk = {"STEPCHANGE", "PAYPLAN", "PARENTPAY", "DART CHARGE", "ULEZ TFL", "TFR TO JOINT ACCOUNT",
        "JUSTGIVING.COM", "ADDISON LEE"};
    assertCategories(runAll(GB, -3_000L, uk), uk, "debt_collection", "debt_collection", "education", "parking",
        "parking", "own_transfer", "gifts_charity", "other_transport");
    String[] us = {"NATIONAL DEBT RELIEF", "MYSCHOOLBUCKS", "SUNPASS", "DMV RENEWAL", "CHEWY.COM"};
    assertCategories(runAll(US, -3_000L, us), us, "debt_collection", "education", "parking", "vehicle_expenses",
        "pets");
    assertThat(run("BGC NHS BUSINESS SERVICES AUTHORITY", 185_000L).category(0).key()).isEqualTo("pension_income");
    // A cue word cut short is still no English word of another meaning: ACCOUNT is no ACCOUNTANTS.
    assertThat(key("FPO SAVINGS ACCOUNT", -3_000L)).isNotEqualTo("professional_fees");
    // A restaurant called an express is no toll road.
    assertThat(runIn(US, "CHECK CRD PURCHASE 11/11 EL TACO EXPRESS    SPRINGFIELD  OR 123456XXXXXX7890", -1_500L)
        .category(0).key()).isNotEqualTo("parking");
    // Halifax's cash machine line.
    assertThat(key("CASHPOINT 12MAR HALIFAX", -5_000L)).isEqualTo("cash_withdrawal");
    // TfL's contactless journeys are fares paid by card, no fee (CHARGE is the descriptor's word).
    Categorisation tfl = run("TFL TRAVEL CHARGE TFL.GOV.UK/CP", -2_599L);
    assertThat(tfl.category(0).key()).isEqualTo("public_transport");
    assertThat(tfl.paymentClass(0).key()).isEqualTo("pos");
  }

  @Test
  void test_categorise_carHireIsNoRentAndAppleCashNoCashMachine() {
    String[] us = {"ENTERPRISE RENT-A-CAR", "ANDYS RENT A CAR", "SPIRIT AIRL", "EXPEDIA", "SPOTHERO", "CARE.COM",
        "ROVER.COM", "BJS WHOLESALE", "NYTIMES", "WEIGHT WATCHERS"};
    assertCategories(runAll(US, -4_000L, us), us, "other_transport", "other_transport", "flight", "holidays",
        "parking", "childcare", "pets", "supermarket", "subscriptions", "fitness");
    Categorisation apple = runIn(US, "APPLE CASH SENT MONEY", -20_000L, "APPLE CASH TRANSFER", 5_000L);
    assertThat(apple.category(0).key()).isEqualTo("p2p_transfer");
    assertThat(apple.category(1).key()).isEqualTo("p2p_transfer");
    // Words that are also travel brands elsewhere name other businesses (HOPPER SELF STORAGE).
    assertThat(runIn(US, "CHECK CRD PURCHASE 11/11 HOPPER SELF STORAGE SANTA ROSA   CA 123456XXXXXX7890", -9_000L)
        .category(0).key()).isNotEqualTo("holidays");
  }

  @Test
  void test_categorise_aCompanysCreditIsNoTransferBetweenPeople() {
    // The model reads RECEIVED FROM as a person's transfer; a payer named as a company is none.
    String[] lines = {"FASTER PAYMENT RECEIVED FROM ACME LTD", "CREDIT FROM ACME INC", "RECEIVED FROM BLOGGS LIMITED",
        "FASTER PAYMENT RECEIVED FROM J SMITH"};
    Categorisation c = runAll(GB, 250_000L, lines);
    for (int k = 0; k < 3; k++) {
      assertThat(c.category(k).key()).as(lines[k]).isNotIn("p2p_transfer", "own_transfer");
    }
    // A person's name keeps the transfer.
    assertThat(c.category(3).key()).isEqualTo("p2p_transfer");
    // A card account's statement thanks the customer for a repayment from their own account.
    assertThat(key("PAYMENT RECEIVED THANK YOU", 1_250L)).isEqualTo("own_transfer");
  }

  @Test
  void test_categorise_aBankFeeForAnItemIsTheBanksAndATownsUtilityBillIsWater() {
    Categorisation fee = runIn(US, "INSUFFICIENT FUNDS FEE FOR A $45.00 ITEM - DETAILS: GEICO", -3_500L);
    assertThat(fee.category(0).key()).isEqualTo("service_charges");
    assertThat(fee.paymentClass(0).key()).isEqualTo("fee");
    assertThat(fee.merchantName(0)).isNull();
    String[] us = {"CITY OF SEATTLE DES:UTILITY", "CITI AUTOPAY PAYMENT 123456 WEB ID: CITICARDAP",
        "PUGET SOUND ENER DES:BILLPAY"};
    assertCategories(runAll(US, -9_000L, us), us, "water", "credit_card_repayment", "energy");
  }

  @Test
  void test_categorise_britishCreditAndArrearsAnUnderwriterMustSee() {
    String[] lines = {"DD VERY.CO.UK", "DD LITTLEWOODS", "DD MORSES CLUB", "DD PERCH GROUP", "DD MOORCROFT",
        "DD BW LEGAL", "DD SANTANDER LOANS", "DD GRAINGER PLC", "DD CLARION HOUSING", "DD ST JAMES PLACE",
        "INTEREST ON PURCHASES", "CASH ADVANCE FEE"};
    assertCategories(runAll(GB, -5_000L, lines), lines, "credit_card_repayment", "credit_card_repayment",
        "loan", "debt_collection", "debt_collection", "debt_collection", "loan", "rent", "rent",
        "investments", "overdraft_charges", "service_charges");
    assertThat(key("CASH ADVANCE", -5_000L)).isEqualTo("cash_withdrawal");
    assertThat(key("TOPCASHBACK", 300L)).isEqualTo("refund");
    assertThat(key("DD QUICKQUID", -5_000L)).isEqualTo("payday_loan");
  }

  @Test
  void test_categorise_usFederalAnnuitiesVeteransAndFoodBenefitsPayingIn() {
    String[] lines = {"US TREASURY 220 DES:VA BENEF", "OPM1 TREAS 310 DES:CSA", "SNAP EBT", "EBT CASH"};
    assertCategories(runAll(US, 80_000L, lines), lines, "disability_benefit", "pension_income", "other_benefit",
        "other_benefit");
    assertThat(runIn(US, "LABCORP", -5_000L).category(0).key()).isEqualTo("healthcare");
  }

  @Test
  void test_extract_moreBanksPaymentTypePrefixesAndAReferenceEndTheName() {
    assertThat(MerchantNames.extract("D/D QZV HOLDINGS")).isEqualTo("Qzv Holdings");
    assertThat(MerchantNames.extract("S/O QZV HOLDINGS")).isEqualTo("Qzv Holdings");
    assertThat(MerchantNames.extract("DIRECT DEBIT QZV HOLDINGS")).isEqualTo("Qzv Holdings");
    assertThat(MerchantNames.extract("STANDING ORDER QZV HOLDINGS")).isEqualTo("Qzv Holdings");
    assertThat(MerchantNames.extract("VDP-QZV CAFE")).isEqualTo("Qzv Cafe");
    assertThat(MerchantNames.extract("DIRECT DEBIT PAYMENT TO QZV HOLDINGS REF 12345")).isEqualTo("Qzv Holdings");
    // A direct debit is no card payment: its prefix is a transfer's.
    Categorisation dd = run("D/D ELECTRIC IRELAND", -45_000L);
    assertThat(dd.category(0).key()).isEqualTo("energy");
    assertThat(dd.paymentClass(0).key()).isEqualTo("recurring");
  }

  @Test
  void test_categorise_aTransferPrefixBeforeACompanyIsNoPaymentToAPerson() {
    // FPO J SMITH pays a person; a company after the same prefixes is none, and the model's
    // next reading, at next to no probability, is no reading: uncategorised.
    String[] lines = {"STANDING ORDER QZV HOLDINGS", "DIRECT DEBIT PAYMENT TO QZV HOLDINGS REF 12345",
        "FPO QZV TRADING LTD", "FPO J SMITH"};
    Categorisation c = runAll(GB, -45_000L, lines);
    for (int k = 0; k < 3; k++) {
      assertThat(c.category(k).key()).as(lines[k]).isNotIn("p2p_transfer", "own_transfer");
    }
    assertThat(c.category(3).key()).isEqualTo("p2p_transfer");
  }

  @Test
  void test_categorise_theBanksPurchaseCodeIsAPurchaseWhateverTheWords() {
    TransactionBatch.Builder b = TransactionBatch.builder(GB);
    int person = b.add("p", -1_500, 19_000, true, "John Smith");
    b.transactionCode(person, "PURCHASE", "PURCHASE");
    int reference = b.add("r", -1_500, 19_000, true, "47DJ2228L2N11");
    b.transactionCode(reference, "PURCHASE", "PURCHASE");
    int generic = b.add("g", -800, 19_000, true, "UBER   *TRIP");
    b.transactionCode(generic, "PAYMENT", "PAYMENT");
    b.add("q", -1_500, 19_000, true, "John Smith"); // no code: a payment to a person
    b.add("s", -1_500, 19_000, true, "47DJ2228L2N11"); // no code: money moved, a transfer
    Categorisation c = Categoriser.DEFAULT.categorise(b.build(), CategoriserOptions.defaults());
    // A purchase from someone named like a person: the class the bank gave, no category invented.
    assertThat(c.paymentClass(0).key()).isEqualTo("pos");
    assertThat(c.category(0).key()).isEqualTo("uncategorised");
    assertThat(c.paymentClass(1).key()).isEqualTo("pos");
    assertThat(c.category(1).key()).isNotIn("transfer", "p2p_transfer");
    // A bare PAYMENT code says nothing of the type: the merchant's card payment stays one.
    assertThat(c.paymentClass(2).key()).isEqualTo("pos");
    assertThat(c.category(2).key()).isEqualTo("other_transport");
    assertThat(c.category(3).key()).isEqualTo("p2p_transfer");
    assertThat(c.category(4).key()).isEqualTo("transfer");
  }

  @Test
  void test_categorise_britishCreditsPrizesTaxRepaidCouriersAndStudentLoans() {
    String[] lines = {"NS&I PREMIUM BONDS PRIZE", "HMRC PAYE REFUND", "REDUNDANCY PAYMENT", "CMS PAYMENT",
        "DELIVEROO RIDER PAYMENT", "EVRI COURIER PAY", "SLC MAINTENANCE LOAN", "MOD PAY"};
    assertCategories(runAll(GB, 25_000L, lines), lines, "other_income", "tax_refund", "other_income", "other_income",
        "gig_income", "gig_income", "loan_advance", "salary");
    assertThat(key("SLC", -5_000L)).isEqualTo("loan");
  }

  @Test
  void test_categorise_cuisinesStorageAnimalHospitalsEyeCareAndPools() {
    String[] lines = {"QZV CHINESE", "QZV THAI", "QZV VIETNAMESE", "QZV SELF STORAGE", "QZV ANIMAL HOSPITAL",
        "QZV EYE CARE", "QZV POOL SUPPLIES"};
    assertCategories(runAll(US, -3_000L, lines), lines, "eating_out", "eating_out", "eating_out", "household", "pets",
        "healthcare", "home_improvement");
  }

  @Test
  void test_categorise_britishTradeWordsInTheirPluralForms() {
    String[] lines = {"QZV OPTICIANS", "QZV CHEMISTS", "QZV BAKERS", "QZV HAIRDRESSERS", "QZV BALTI", "QZV CARVERY",
        "QZV TEA ROOMS", "QZV CHIROPODIST"};
    assertCategories(runAll(GB, -1_500L, lines), lines, "healthcare", "healthcare", "eating_out", "personal_care",
        "eating_out", "eating_out", "eating_out", "healthcare");
  }

  @Test
  void test_categorise_baitShopsAndPrintShops() {
    String[] lines = {"CHECK CRD PURCHASE 03/14 QZV BAIT", "CHECK CRD PURCHASE 03/14 QZV PRINT SHOP"};
    assertCategories(runAll(US, -1_500L, lines), lines, "retail", "office_expenses");
  }
}

