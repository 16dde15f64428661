package org.insights.testdata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import org.insights.core.AccountInfo;
import org.insights.core.TransactionBatch;
import org.insights.core.calendar.Calendars;
import org.insights.core.calendar.WorkingDayCalendar;

/**
 * A seeded, deterministic generator of UK and US personal current accounts with planted truth.
 * <p>
 * Each scenario has 3 to 18 months of history ending at asOf (its {@code requestDateTime}), a
 * salary on one of the cadences of SPEC section 5 with raises and small variation, and by chance
 * a second employer or a change of employer, state benefits, pensions and gig payouts; decoy
 * credits that are never income (own-account transfers, refunds, a tax refund, a loan advance,
 * small P2P credits, cash deposits, expense reimbursements from the employer); fixed, flexible
 * and debt costs written in the description styles real banks use (DD, SO, FPI/FPO, BGC, card
 * purchases with store numbers and towns, ACH/PPD); a few pending card purchases; overdraft
 * interest after a month spent below zero. The same seed and spec always give the same account,
 * byte for byte. Thread-safe (no shared state).
 */
public final class ScenarioGenerator {

  private static final String[] UK_EMPLOYERS = {"ACME LTD", "NORTHWIND TRADING LTD", "BRIGHTWATER NHS TRUST",
      "KESTREL LOGISTICS", "HALCYON RETAIL PLC", "OAKFIELD COUNCIL", "REDLINE ENGINEERING LTD", "TEMPEST MEDIA LTD"};
  private static final String[] US_EMPLOYERS = {"ACME CORP", "NORTHWIND INC", "CONTOSO LLC", "BLUE RIVER HEALTH",
      "GLOBEX CORP", "INITECH", "SUMMIT LOGISTICS INC", "STARK MFG CO"};
  private static final String[] UK_TOWNS = {"LONDON", "LEEDS", "BRISTOL", "MANCHESTER", "GLASGOW", "CARDIFF",
      "YORK", "NOTTINGHAM"};
  private static final String[] US_CITIES = {"AUSTIN TX", "DENVER CO", "SEATTLE WA", "CHICAGO IL", "BOSTON MA",
      "PHOENIX AZ", "ATLANTA GA", "COLUMBUS OH"};

  /** Card purchase kinds: category key, SFS type, UK merchants, US merchants, min, max (major units). */
  private static final Object[][] PURCHASES = {
      {"groceries", "Flexible", new String[] {"TESCO STORES", "SAINSBURYS S/MKT", "ASDA STORES", "LIDL GB",
          "ALDI STORES", "MORRISONS"}, new String[] {"WALMART", "KROGER", "SAFEWAY", "TRADER JOE S", "WHOLEFDS",
          "COSTCO WHSE"}, 6, 110, 34},
      {"eating_out", "Flexible", new String[] {"CAFFE NERO", "COSTA COFFEE", "PRET A MANGER", "GREGGS", "NANDOS",
          "WAGAMAMA", "MCDONALDS"}, new String[] {"STARBUCKS", "CHIPOTLE", "MCDONALD S", "PANERA BREAD",
          "DUNKIN", "TACO BELL"}, 3, 55, 22},
      {"fuel", "Fixed", new String[] {"SHELL", "BP", "ESSO", "TEXACO"}, new String[] {"SHELL OIL", "CHEVRON",
          "EXXONMOBIL", "SPEEDWAY"}, 25, 85, 8},
      {"public_transport", "Fixed", new String[] {"TFL TRAVEL CH", "TRAINLINE", "NATIONAL RAIL", "STAGECOACH"},
          new String[] {"MTA NYC TRANSIT", "BART", "AMTRAK", "CTA VENTRA"}, 2, 40, 8},
      {"online_retail", "Flexible", new String[] {"AMAZON.CO.UK", "EBAY", "ARGOS", "ASOS.COM"}, new String[] {
          "AMAZON.COM", "EBAY", "TARGET.COM", "ETSY"}, 5, 140, 12},
      {"clothing", "Flexible", new String[] {"PRIMARK", "NEXT RETAIL", "H&M", "ZARA"}, new String[] {"OLD NAVY",
          "GAP", "H&M", "TJ MAXX"}, 12, 120, 6},
      {"household", "Flexible", new String[] {"B&Q", "IKEA", "WILKO", "HOMEBASE"}, new String[] {"HOME DEPOT",
          "LOWES", "IKEA", "BED BATH"}, 8, 150, 4},
      {"pharmacy", "Fixed", new String[] {"BOOTS", "SUPERDRUG PHARMACY", "LLOYDS PHARMACY"}, new String[] {"CVS",
          "WALGREENS", "RITE AID"}, 3, 35, 3},
      {"cash_withdrawal", "Other", new String[] {"CASH"}, new String[] {"ATM"}, 20, 200, 3}};

  private final SplittableRandom rnd;
  private final ScenarioSpec spec;
  private final boolean uk;
  private final WorkingDayCalendar cal;
  private final List<Event> events = new ArrayList<>();
  private final List<Truth.Stream> streams = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private int startDay;
  private int asOfDay;
  private double scale;

  /** One planted transaction before it becomes a row. */
  private static final class Event {
    final int day;
    final long signedMinor;
    final String description;
    final String category;
    final String type;
    final String streamId;
    boolean pending;
    String id;

    Event(int day, long signedMinor, String description, String category, String type, String streamId) {
      this.day = day;
      this.signedMinor = signedMinor;
      this.description = description;
      this.category = category;
      this.type = type;
      this.streamId = streamId;
    }
  }

  private ScenarioGenerator(long seed, ScenarioSpec spec) {
    this.rnd = new SplittableRandom(seed);
    this.spec = spec;
    this.uk = spec.country().equals("GB");
    this.cal = Calendars.forCountry(spec.country());
  }

  /**
   * Generates one scenario.
   *
   * @param seed  the seed; the same seed and spec give the same scenario
   * @param spec  what kind of account
   * @return the account with its truth
   */
  public static Scenario generate(long seed, ScenarioSpec spec) {
    return new ScenarioGenerator(seed, spec).run();
  }

  private Scenario run() {
    int months = spec.minMonths() + rnd.nextInt(spec.maxMonths() - spec.minMonths() + 1);
    LocalDate asOf = LocalDate.of(2022, 1, 1).plusDays(rnd.nextInt(3 * 365));
    LocalDate start = asOf.minusMonths(months).plusDays(rnd.nextInt(10));
    startDay = (int) start.toEpochDay();
    asOfDay = (int) asOf.toEpochDay();
    long monthlyIncome = (1800 + rnd.nextInt(3700)) * 100L;
    // Everyday spending tracks income; heavy accounts buy more often, not more in total.
    scale = monthlyIncome / 350_000.0 * Math.min(1.0, 1.6 / Math.max(spec.purchasesPerDay(), 1e-9));

    incomeStreams(monthlyIncome);
    decoys(monthlyIncome);
    bills(monthlyIncome);
    purchases();
    return finish(asOf);
  }

  // ---------------------------------------------------------------- income

  private void incomeStreams(long monthlyIncome) {
    Truth.Cadence cadence = uk
        ? pick(Truth.Cadence.MONTHLY_FIXED_DAY, Truth.Cadence.MONTHLY_FIXED_DAY, Truth.Cadence.MONTHLY_LAST_WORKING_DAY,
            Truth.Cadence.MONTHLY_LAST_WORKING_DAY, Truth.Cadence.FOUR_WEEKLY, Truth.Cadence.FORTNIGHTLY,
            Truth.Cadence.WEEKLY, Truth.Cadence.MONTHLY_NTH_WEEKDAY)
        : pick(Truth.Cadence.FORTNIGHTLY, Truth.Cadence.FORTNIGHTLY, Truth.Cadence.SEMI_MONTHLY,
            Truth.Cadence.SEMI_MONTHLY, Truth.Cadence.WEEKLY, Truth.Cadence.MONTHLY_FIXED_DAY,
            Truth.Cadence.MONTHLY_LAST_WORKING_DAY);
    String[] employers = uk ? UK_EMPLOYERS : US_EMPLOYERS;
    String employer = pick(employers);
    double roll = rnd.nextDouble();
    if (roll < 0.12) {
      // Employer change: the first job ends, a new one starts within a month.
      int change = startDay + (asOfDay - startDay) / 3 + rnd.nextInt(Math.max(1, (asOfDay - startDay) / 3));
      salary("s1", employer, cadence, monthlyIncome, startDay, change);
      String next = pickOther(employers, employer);
      salary("s2", next, pick(Truth.Cadence.values()[rnd.nextInt(7)]), monthlyIncome * 11 / 10,
          change + 5 + rnd.nextInt(25), asOfDay);
    } else {
      salary("s1", employer, cadence, monthlyIncome, startDay, asOfDay);
      if (roll < 0.25) {
        // A second, part-time job.
        salary("s2", pickOther(employers, employer), uk ? Truth.Cadence.WEEKLY : Truth.Cadence.FORTNIGHTLY,
            monthlyIncome * (25 + rnd.nextInt(20)) / 100, startDay, asOfDay);
      }
    }
    if (rnd.nextDouble() < 0.1) {
      expenses(employer);
    }
    if (rnd.nextDouble() < 0.35) {
      benefit();
    }
    if (rnd.nextDouble() < 0.1) {
      privatePension();
    }
    if (rnd.nextDouble() < 0.2) {
      gig();
    }
  }

  private void salary(String id, String employer, Truth.Cadence cadence, long monthly, int from, int to) {
    int style = rnd.nextInt(5);
    String ref = digits(6);
    List<Integer> days = schedule(cadence, from, to);
    long perPayment = perPayment(cadence, monthly);
    int raiseAt = rnd.nextDouble() < 0.35 ? days.size() / 2 + rnd.nextInt(Math.max(1, days.size() / 2)) : -1;
    boolean variable = rnd.nextBoolean();
    List<String> txIds = new ArrayList<>();
    long last = perPayment;
    for (int k = 0; k < days.size(); k++) {
      if (k == raiseAt) {
        perPayment = perPayment * (103 + rnd.nextInt(6)) / 100;
      }
      long amount = variable ? perPayment * (985 + rnd.nextInt(31)) / 1000 : perPayment;
      String d = uk ? ukSalaryDescription(style, employer, ref, days.get(k))
          : usSalaryDescription(style, employer, ref);
      Event e = add(days.get(k), amount, d, "salary", "Income", id);
      txIds.add(e.id);
      last = perPayment;
    }
    streams.add(new Truth.Stream(id, employer, Truth.Kind.SALARY, cadence, false, true, monthly(cadence, last),
        txIds));
  }

  private String ukSalaryDescription(int style, String employer, String ref, int day) {
    switch (style) {
      case 0:
        return "BGC " + employer + " SALARY";
      case 1:
        return employer + " PAYROLL";
      case 2:
        return "FPI " + employer + " REF " + ref + " " + digits(4);
      case 3:
        return "BACS " + employer + " WAGES";
      default:
        return employer + " SAL " + LocalDate.ofEpochDay(day).getMonth().name().substring(0, 3);
    }
  }

  private String usSalaryDescription(int style, String employer, String ref) {
    switch (style) {
      case 0:
        return employer + " PAYROLL PPD ID: " + ref + "0000";
      case 1:
        return "DIRECT DEP " + employer;
      case 2:
        return "ACH CREDIT " + employer + " PAYROLL";
      case 3:
        return employer + " DIR DEP " + digits(8);
      default:
        return "DES:PAYROLL " + employer + " ID:" + digits(9);
    }
  }

  private void expenses(String employer) {
    // Reimbursed expenses from the employer: irregular, so never an income stream.
    int n = 2 + rnd.nextInt(4);
    for (int k = 0; k < n; k++) {
      add(randomDay(), (long) (2000 + rnd.nextInt(30000)), employer + " EXPENSES", "expenses_reimbursement",
          "Other", null);
    }
  }

  private void benefit() {
    String name;
    String desc;
    Truth.Cadence cadence;
    Truth.Kind kind = Truth.Kind.BENEFIT;
    long monthly;
    if (uk) {
      switch (rnd.nextInt(5)) {
        case 0:
          name = "Universal Credit";
          desc = pick("DWP UC", "UNIVERSAL CREDIT DWP", "DWP UC " + digits(8));
          cadence = Truth.Cadence.MONTHLY_FIXED_DAY;
          monthly = (300 + rnd.nextInt(900)) * 100L;
          break;
        case 1:
          name = "Child Benefit";
          desc = pick("HMRC CHILD BENEFIT", "CHB " + digits(8) + " DWP");
          cadence = Truth.Cadence.FOUR_WEEKLY;
          monthly = 10_240L * 13 / 12 * (1 + rnd.nextInt(2));
          break;
        case 2:
          name = "Personal Independence Payment";
          desc = pick("DWP PIP", "DWP PIP " + digits(8));
          cadence = Truth.Cadence.FOUR_WEEKLY;
          monthly = (300 + rnd.nextInt(450)) * 100L;
          break;
        case 3:
          name = "State Pension";
          desc = pick("DWP SP", "DWP STATE PENSION " + digits(6));
          cadence = Truth.Cadence.FOUR_WEEKLY;
          kind = Truth.Kind.PENSION;
          monthly = (700 + rnd.nextInt(300)) * 100L;
          break;
        default:
          name = "Carer's Allowance";
          desc = pick("DWP CA", "DWP CARERS ALLOWANCE");
          cadence = Truth.Cadence.WEEKLY;
          monthly = 7_675L * 52 / 12;
      }
    } else {
      if (rnd.nextBoolean()) {
        name = "Social Security";
        desc = pick("SSA TREAS 310 XXSOC SEC", "SSA TREAS 310 SOC SEC PPD ID: 9031036000");
        cadence = Truth.Cadence.MONTHLY_NTH_WEEKDAY;
        kind = Truth.Kind.PENSION;
        monthly = (900 + rnd.nextInt(1200)) * 100L;
      } else {
        name = "State Unemployment";
        desc = pick("CA EDD UI PAYMENT", "NYS DOL UI DD " + digits(7), "TWC UI BENEFITS");
        cadence = Truth.Cadence.WEEKLY;
        monthly = (800 + rnd.nextInt(900)) * 100L;
      }
    }
    periodic("b1", name, desc, cadence, kind, true, false, monthly, "benefit");
  }

  private void privatePension() {
    String payer = uk ? pick("AVIVA PENSION", "LEGAL AND GENERAL", "SCOTTISH WIDOWS")
        : pick("FIDELITY ANNUITY", "TIAA PENSION", "VANGUARD PENSION");
    periodic("p1", payer, payer + " PENSION PAYMENT", Truth.Cadence.MONTHLY_FIXED_DAY, Truth.Kind.PENSION, false,
        false, (300 + rnd.nextInt(900)) * 100L, "pension");
  }

  private void gig() {
    String payer = uk ? pick("UBER BV", "DELIVEROO", "JUST EAT") : pick("DOORDASH", "LYFT", "INSTACART");
    String desc = payer + (uk ? " PAYOUT" : " DASHER PAYMENT");
    List<Integer> days = schedule(Truth.Cadence.WEEKLY, startDay + rnd.nextInt(20), asOfDay);
    List<String> txIds = new ArrayList<>();
    long total = 0;
    for (int day : days) {
      if (rnd.nextDouble() < 0.1) {
        continue; // a week off
      }
      long amount = (60 + rnd.nextInt(280)) * 100L + rnd.nextInt(100);
      total += amount;
      txIds.add(add(day, amount, desc, "gig_income", "Income", "g1").id);
    }
    long monthly = txIds.isEmpty() ? 0 : total / txIds.size() * 52 / 12;
    streams.add(new Truth.Stream("g1", payer, Truth.Kind.GIG, Truth.Cadence.WEEKLY, false, false, monthly, txIds));
  }

  private void periodic(String id, String payer, String desc, Truth.Cadence cadence, Truth.Kind kind,
      boolean benefit, boolean salary, long monthly, String category) {
    long per = perPayment(cadence, monthly);
    List<String> txIds = new ArrayList<>();
    for (int day : schedule(cadence, startDay, asOfDay)) {
      txIds.add(add(day, per, desc, category, "Income", id).id);
    }
    streams.add(new Truth.Stream(id, payer, kind, cadence, benefit, salary, monthly(cadence, per), txIds));
  }

  /** Payment days of a cadence from {@code from} to {@code to}, shifted for weekends and holidays. */
  private List<Integer> schedule(Truth.Cadence cadence, int from, int to) {
    List<Integer> days = new ArrayList<>();
    YearMonth first = YearMonth.from(LocalDate.ofEpochDay(from));
    YearMonth last = YearMonth.from(LocalDate.ofEpochDay(to));
    switch (cadence) {
      case WEEKLY:
      case FORTNIGHTLY:
      case FOUR_WEEKLY: {
        int step = cadence == Truth.Cadence.WEEKLY ? 7 : cadence == Truth.Cadence.FORTNIGHTLY ? 14 : 28;
        int anchor = (int) LocalDate.ofEpochDay(from).with(TemporalAdjusters.nextOrSame(
            pick(DayOfWeek.FRIDAY, DayOfWeek.THURSDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY))).toEpochDay();
        anchor += rnd.nextInt(step / 7) * 7;
        for (int d = anchor; d <= to; d += step) {
          addShifted(days, cal.onOrBefore(d), from, to);
        }
        break;
      }
      case SEMI_MONTHLY:
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
          addShifted(days, cal.onOrBefore((int) m.atDay(15).toEpochDay()), from, to);
          addShifted(days, cal.lastWorkingDay(m), from, to);
        }
        break;
      case MONTHLY_FIXED_DAY: {
        int dom = 1 + rnd.nextInt(28);
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
          addShifted(days, cal.onOrBefore((int) m.atDay(dom).toEpochDay()), from, to);
        }
        break;
      }
      case MONTHLY_LAST_WORKING_DAY:
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
          addShifted(days, cal.lastWorkingDay(m), from, to);
        }
        break;
      case MONTHLY_NTH_WEEKDAY: {
        DayOfWeek dow = uk ? DayOfWeek.FRIDAY : DayOfWeek.WEDNESDAY;
        int n = uk ? -1 : 2 + rnd.nextInt(3);
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
          LocalDate d = n < 0 ? m.atEndOfMonth().with(TemporalAdjusters.lastInMonth(dow))
              : m.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
          addShifted(days, cal.onOrBefore((int) d.toEpochDay()), from, to);
        }
        break;
      }
      case QUARTERLY:
      default: {
        int dom = 1 + rnd.nextInt(28);
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(3)) {
          addShifted(days, cal.onOrBefore((int) m.atDay(dom).toEpochDay()), from, to);
        }
      }
    }
    return days;
  }

  private static void addShifted(List<Integer> days, int day, int from, int to) {
    if (day >= from && day <= to && (days.isEmpty() || days.get(days.size() - 1) < day)) {
      days.add(day);
    }
  }

  private static long perPayment(Truth.Cadence c, long monthly) {
    return monthly * 12 / paymentsPerYear(c);
  }

  private static long monthly(Truth.Cadence c, long perPayment) {
    return perPayment * paymentsPerYear(c) / 12;
  }

  private static int paymentsPerYear(Truth.Cadence c) {
    switch (c) {
      case WEEKLY:
        return 52;
      case FORTNIGHTLY:
        return 26;
      case FOUR_WEEKLY:
        return 13;
      case SEMI_MONTHLY:
        return 24;
      case QUARTERLY:
        return 4;
      default:
        return 12;
    }
  }

  // ---------------------------------------------------------------- decoys

  private void decoys(long monthlyIncome) {
    int transfers = 1 + rnd.nextInt(6);
    for (int k = 0; k < transfers; k++) {
      String d = uk ? pick("FROM SAVINGS " + digits(8), "TFR FROM ISA " + digits(6), "FPI J SMITH MOVE FUNDS")
          : pick("ONLINE TRANSFER FROM SAV XXXX" + digits(4), "TRANSFER FROM CHK " + digits(4));
      add(randomDay(), (50 + rnd.nextInt(900)) * 100L, d, "own_transfer_in", "Other", null);
    }
    int refunds = rnd.nextInt(4);
    for (int k = 0; k < refunds; k++) {
      String d = uk ? pick("AMAZON.CO.UK REFUND", "TESCO STORES REFUND", "ASOS.COM RETURN")
          : pick("AMAZON.COM REFUND", "TARGET RETURN CREDIT", "WALMART REFUND");
      add(randomDay(), (5 + rnd.nextInt(120)) * 100L, d, "refund", "Other", null);
    }
    if (rnd.nextDouble() < 0.3) {
      add(randomDay(), (100 + rnd.nextInt(900)) * 100L, uk ? "HMRC TAX REFUND " + digits(6)
          : "IRS TREAS 310 TAX REF", "tax_refund", "Other", null);
    }
    if (rnd.nextDouble() < 0.25) {
      int day = startDay + rnd.nextInt(Math.max(1, (asOfDay - startDay) / 2));
      String lender = uk ? pick("ZOPA", "NOVUNA PERSONAL FINANCE") : pick("SOFI", "LENDINGCLUB");
      long advance = (2000 + rnd.nextInt(8000)) * 100L;
      add(day, advance, lender + " LOAN ADVANCE", "loan_advance", "Other", null);
      monthlyDebits(lender + " LOAN", advance / 24, "loan_repayment", "Debt", day + 20, asOfDay, uk ? "DD " : "ACH DEBIT ");
    }
    int p2p = rnd.nextInt(5);
    for (int k = 0; k < p2p; k++) {
      add(randomDay(), (5 + rnd.nextInt(45)) * 100L, uk ? "PAYPAL TRANSFER FROM A FRIEND" : "VENMO CASHOUT",
          "p2p_in", "Other", null);
    }
    if (rnd.nextDouble() < 0.2) {
      add(randomDay(), (100 + rnd.nextInt(300)) * 100L, uk ? "CASH DEPOSIT " + pick(UK_TOWNS) : "ATM CASH DEPOSIT",
          "cash_deposit", "Other", null);
    }
  }

  // ---------------------------------------------------------------- bills

  private void bills(long monthlyIncome) {
    String dd = uk ? "DD " : "ACH DEBIT ";
    double housing = rnd.nextDouble();
    if (housing < 0.6) {
      String d = uk ? pick("SO HOMELET RENT", "FPO J PATEL RENT " + digits(4), "STO OPENRENT LANDLORD")
          : pick("ZELLE PAYMENT TO LANDLORD RENT", "AVAIL RENT PAYMENT PPD ID: " + digits(10));
      monthlyDebits(d, monthlyIncome * (25 + rnd.nextInt(10)) / 100, "rent", "Fixed", startDay, asOfDay, "");
    } else if (housing < 0.9) {
      String d = uk ? pick("NATIONWIDE MORTGAGE", "HALIFAX MORTGAGE", "SANTANDER MORTGAGE")
          : pick("WELLS FARGO HOME MTG PPD ID: " + digits(10), "ROCKET MORTGAGE");
      monthlyDebits(d, monthlyIncome * (25 + rnd.nextInt(10)) / 100, "mortgage", "Fixed", startDay, asOfDay, dd);
    }
    if (uk) {
      String council = pick(UK_TOWNS) + " COUNCIL CTAX";
      long ctax = (110 + rnd.nextInt(120)) * 100L;
      int dom = 1 + rnd.nextInt(28);
      for (YearMonth m = ym(startDay); !m.isAfter(ym(asOfDay)); m = m.plusMonths(1)) {
        if (m.getMonthValue() >= 4 || m.getMonthValue() == 1) { // ten instalments, April to January
          billOn(m, dom, -ctax, "DD " + council, "council_tax", "Fixed");
        }
      }
    }
    monthlyDebits(uk ? pick("BRITISH GAS", "OCTOPUS ENERGY", "EDF ENERGY") : pick("CON EDISON", "PG&E",
        "DUKE ENERGY"), (60 + rnd.nextInt(120)) * 100L, "energy", "Fixed", startDay, asOfDay, dd);
    monthlyDebits(uk ? pick("THAMES WATER", "UNITED UTILITIES", "SEVERN TRENT") : pick("CITY OF AUSTIN UTIL",
        "AMERICAN WATER"), (25 + rnd.nextInt(30)) * 100L, "water", "Fixed", startDay, asOfDay, dd);
    monthlyDebits(uk ? pick("VODAFONE LTD", "EE LIMITED", "O2 UK") : pick("VERIZON WIRELESS", "AT&T BILL PAYMENT",
        "T-MOBILE"), (15 + rnd.nextInt(50)) * 100L, "phone", "Flexible", startDay, asOfDay, dd);
    monthlyDebits(uk ? pick("VIRGIN MEDIA", "SKY DIGITAL", "BT GROUP") : pick("COMCAST CABLE", "SPECTRUM"),
        (25 + rnd.nextInt(40)) * 100L, "broadband", "Flexible", startDay, asOfDay, dd);
    if (rnd.nextDouble() < 0.6) {
      monthlyDebits(uk ? pick("ADMIRAL INSURANCE", "AVIVA MOTOR") : pick("GEICO AUTO", "STATE FARM INS"),
          (30 + rnd.nextInt(60)) * 100L, "car_insurance", "Fixed", startDay, asOfDay, dd);
    }
    monthlyDebits(pick("NETFLIX.COM", "SPOTIFY", "DISNEY PLUS"), (6 + rnd.nextInt(12)) * 100L + 99,
        "subscription", "Flexible", startDay, asOfDay, uk ? "" : "RECUR DEBIT CRD PMT ");
    if (rnd.nextDouble() < 0.4) {
      monthlyDebits(uk ? pick("PUREGYM", "THE GYM GROUP") : pick("PLANET FITNESS", "LA FITNESS"),
          (15 + rnd.nextInt(30)) * 100L, "gym", "Flexible", startDay, asOfDay, dd);
    }
    if (rnd.nextDouble() < 0.2) {
      monthlyDebits(uk ? "BRIGHT HORIZONS NURSERY" : "KINDERCARE", (300 + rnd.nextInt(700)) * 100L, "childcare",
          "Fixed", startDay, asOfDay, dd);
    }
    if (rnd.nextDouble() < 0.5) {
      monthlyDebits(uk ? pick("BARCLAYCARD", "AMERICAN EXPRESS", "MBNA LTD") : pick("CHASE CREDIT CRD AUTOPAY",
          "CITI CARD ONLINE PAYMENT", "DISCOVER E-PAYMENT"), (50 + rnd.nextInt(400)) * 100L, "credit_card", "Debt",
          startDay, asOfDay, dd);
    }
    if (rnd.nextDouble() < 0.3) {
      String bnpl = uk ? pick("KLARNA", "CLEARPAY", "PAYPAL PAY IN 3") : pick("AFFIRM", "KLARNA", "AFTERPAY");
      int start = randomDay();
      for (int k = 0; k < 3 + rnd.nextInt(3); k++) {
        int d = start + 14 * k;
        if (d <= asOfDay) {
          add(d, -(20 + rnd.nextInt(60)) * 100L, bnpl + " PAYMENT", "bnpl", "Debt", null);
        }
      }
    }
    if (rnd.nextDouble() < 0.25) {
      monthlyDebits(uk ? pick("BLACK HORSE FINANCE", "VW FINANCIAL SERVICES") : pick("TOYOTA FINANCIAL",
          "ALLY AUTO PAYMENT"), (150 + rnd.nextInt(250)) * 100L, "car_finance", "Debt", startDay, asOfDay, dd);
    }
    if (rnd.nextDouble() < 0.45) {
      String d = uk ? pick("TO SAVINGS ACC " + digits(8), "TFR TO ISA") : "ONLINE TRANSFER TO SAV XXXX" + digits(4);
      monthlyDebits(d, monthlyIncome * (3 + rnd.nextInt(8)) / 100, "savings_transfer", "Other", startDay, asOfDay,
          "");
    }
    if (rnd.nextDouble() < 0.15) {
      String book = uk ? pick("BET365", "PADDY POWER", "SKY BETTING") : pick("DRAFTKINGS", "FANDUEL");
      for (int k = 0; k < 4 + rnd.nextInt(20); k++) {
        add(randomDay(), -(5 + rnd.nextInt(60)) * 100L, book, "gambling", "Other", null);
      }
    }
    if (rnd.nextDouble() < 0.3) {
      add(randomDay(), -(80 + rnd.nextInt(500)) * 100L, uk ? pick("BRITISH AIRWAYS", "EASYJET", "RYANAIR")
          : pick("DELTA AIR", "UNITED AIRLINES", "SOUTHWEST AIR"), "flight", "Other", null);
    }
  }

  private void monthlyDebits(String name, long amount, String category, String type, int from, int to,
      String prefix) {
    int dom = 1 + rnd.nextInt(28);
    for (YearMonth m = ym(from); !m.isAfter(ym(to)); m = m.plusMonths(1)) {
      int day = (int) m.atDay(dom).toEpochDay();
      if (day >= from) {
        billOn(m, dom, -amount, prefix + name, category, type);
      }
    }
  }

  private void billOn(YearMonth m, int dom, long signed, String description, String category, String type) {
    // Direct debits taken on a non-working day go out on the next working day.
    int day = cal.onOrAfter((int) m.atDay(dom).toEpochDay());
    if (day >= startDay && day <= asOfDay) {
      add(day, signed, description, category, type, null);
    }
  }

  // ---------------------------------------------------------------- purchases

  private void purchases() {
    int totalWeight = 0;
    for (Object[] p : PURCHASES) {
      totalWeight += (Integer) p[6];
    }
    String home = uk ? pick(UK_TOWNS) : pick(US_CITIES);
    int style = rnd.nextInt(4);
    for (int day = startDay; day <= asOfDay; day++) {
      int n = poisson(spec.purchasesPerDay());
      for (int k = 0; k < n; k++) {
        int w = rnd.nextInt(totalWeight);
        Object[] p = PURCHASES[0];
        for (Object[] q : PURCHASES) {
          w -= (Integer) q[6];
          if (w < 0) {
            p = q;
            break;
          }
        }
        String merchant = pick((String[]) (uk ? p[2] : p[3]));
        int min = (Integer) p[4];
        int max = (Integer) p[5];
        long amount = Math.max(100, (long) ((min * 100 + rnd.nextInt((max - min) * 100)) * scale));
        String town = rnd.nextDouble() < 0.8 ? home : uk ? pick(UK_TOWNS) : pick(US_CITIES);
        String d = p[0].equals("cash_withdrawal") ? cashDescription(day, town)
            : uk ? ukCardDescription(style, merchant, town, day) : usCardDescription(style, merchant, town, day);
        Event e = add(day, -amount, d, (String) p[0], (String) p[1], null);
        e.pending = day > asOfDay - 3 && rnd.nextDouble() < 0.5;
      }
    }
  }

  private String cashDescription(int day, String town) {
    return uk ? pick("CASH " + town + " " + digits(4), "LNK " + town + " ATM", "ATM WITHDRAWAL " + town)
        : "ATM WITHDRAWAL " + digits(6) + " " + town;
  }

  private String ukCardDescription(int style, String merchant, String town, int day) {
    LocalDate d = LocalDate.ofEpochDay(day);
    switch (rnd.nextInt(6) == 0 ? rnd.nextInt(5) : style) {
      case 0:
        return merchant + " " + digits(4) + " " + town + " GB";
      case 1:
        return "CARD PAYMENT TO " + merchant + " ON " + d.format(DateTimeFormatter.ofPattern("dd MMM", Locale.UK))
            .toUpperCase(Locale.ROOT);
      case 2:
        return "VIS " + merchant + " " + town;
      case 3:
        return "POS " + digits(4) + " " + d.format(DateTimeFormatter.ofPattern("ddMMMyy", Locale.UK))
            .toUpperCase(Locale.ROOT) + " " + merchant;
      default:
        return (rnd.nextBoolean() ? "CRV*" : "PAYPAL *") + merchant.replace(" ", "");
    }
  }

  private String usCardDescription(int style, String merchant, String city, int day) {
    String mmdd = LocalDate.ofEpochDay(day).format(DateTimeFormatter.ofPattern("MM/dd"));
    switch (rnd.nextInt(6) == 0 ? rnd.nextInt(5) : style) {
      case 0:
        return "CHECK CRD PURCHASE " + mmdd + " " + merchant + " #" + digits(4) + " " + city;
      case 1:
        return "POS DEBIT " + merchant + " " + city;
      case 2:
        return "PURCHASE AUTHORIZED ON " + mmdd + " " + merchant + " " + city + " S" + digits(12) + " CARD "
            + digits(4);
      case 3:
        return "SQ *" + merchant + " " + city;
      default:
        return merchant + " " + digits(5) + " " + city;
    }
  }

  // ---------------------------------------------------------------- assembly

  private Scenario finish(LocalDate asOf) {
    events.sort((a, b) -> Integer.compare(a.day, b.day));
    long balance = (rnd.nextDouble() < 0.25 ? -300 + rnd.nextInt(500) : 200 + rnd.nextInt(2800)) * 100L;
    int firstDay = events.isEmpty() ? asOfDay : Math.min(events.get(0).day, asOfDay);
    long[] eod = new long[asOfDay - firstDay + 1];
    List<Event> all = new ArrayList<>();
    int next = 0;
    boolean negativeThisMonth = false;
    long pendingSum = 0;
    for (int day = firstDay; day <= asOfDay; day++) {
      LocalDate date = LocalDate.ofEpochDay(day);
      if (date.getDayOfMonth() == 1 && negativeThisMonth && day > firstDay) {
        long fee = Math.max(100, (long) ((300 + rnd.nextInt(2000)) * scale));
        Event f = add(cal.onOrAfter(day), -fee, uk ? "OVERDRAFT INTEREST" : "OVERDRAFT FEE", "overdraft_fee", "Debt",
            null);
        if (f.day <= asOfDay) {
          insertSorted(f, next);
        } else {
          events.remove(f);
          ids.remove(f.id);
        }
        negativeThisMonth = false;
      }
      while (next < events.size() && events.get(next).day == day) {
        Event e = events.get(next++);
        if (e.pending) {
          pendingSum += e.signedMinor;
        } else {
          balance += e.signedMinor;
        }
        all.add(e);
      }
      eod[day - firstDay] = balance;
      negativeThisMonth |= balance < 0;
    }
    String accountId = digits(8);
    AccountInfo account = new AccountInfo(accountId, uk ? "GBP" : "USD", 2, spec.country(), "Personal",
        "CurrentAccount", OptionalLong.of(balance), OptionalLong.of(balance + pendingSum));
    // Newest first, as the Data API returns them; same-day order shuffled.
    for (int i = all.size() - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      Event t = all.get(i);
      all.set(i, all.get(j));
      all.set(j, t);
    }
    all.sort((a, b) -> Integer.compare(b.day, a.day));
    TransactionBatch.Builder b = TransactionBatch.builder(account);
    Map<String, Truth.Label> labels = new LinkedHashMap<>();
    for (Event e : all) {
      b.add(e.id, e.signedMinor, e.day, !e.pending, e.description);
      labels.put(e.id, new Truth.Label(e.category, e.type, e.streamId));
    }
    Truth truth = new Truth(accountId, asOf, List.copyOf(streams), labels, firstDay, eod);
    return new Scenario(b.build(), asOf, truth);
  }

  private void insertSorted(Event f, int from) {
    events.remove(f);
    int i = from;
    while (i < events.size() && events.get(i).day <= f.day) {
      i++;
    }
    events.add(i, f);
  }

  private Event add(int day, long signedMinor, String description, String category, String type, String streamId) {
    Event e = new Event(day, signedMinor, description, category, type, streamId);
    String id;
    do {
      id = Long.toHexString(rnd.nextLong() & 0xffffffffffffL);
    } while (!ids.add(id));
    e.id = id;
    events.add(e);
    return e;
  }

  private int randomDay() {
    return startDay + rnd.nextInt(asOfDay - startDay + 1);
  }

  private int poisson(double mean) {
    double l = Math.exp(-mean);
    int k = 0;
    double p = 1;
    do {
      k++;
      p *= rnd.nextDouble();
    } while (p > l && k < 1000);
    return k - 1;
  }

  private String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + rnd.nextInt(10)));
    }
    return sb.toString();
  }

  @SafeVarargs
  private <T> T pick(T... options) {
    return options[rnd.nextInt(options.length)];
  }

  private String pickOther(String[] options, String not) {
    String s;
    do {
      s = pick(options);
    } while (s.equals(not));
    return s;
  }

  private static YearMonth ym(int day) {
    return YearMonth.from(LocalDate.ofEpochDay(day));
  }
}
