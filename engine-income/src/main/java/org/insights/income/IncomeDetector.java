package org.insights.income;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.insights.categoriser.Categorisation;
import org.insights.categoriser.Category;
import org.insights.categoriser.Descriptions;
import org.insights.core.AccountInfo;
import org.insights.core.Months;
import org.insights.core.TransactionBatch;
import org.insights.core.calendar.Calendars;
import org.insights.core.calendar.WorkingDayCalendar;

/**
 * Income verification (SPEC section 5): finds recurring income streams in an account's booked
 * credits.
 * <p>
 * <b>Candidates.</b> Booked credits up to asOf whose category is income (salary, benefits,
 * pensions, gig income) or unknown. Own-account and person-to-person transfers, refunds and
 * reversals, tax refunds, loan advances, cash deposits, interest and expense reimbursements are
 * never income, by their category. For non-benefit streams only credits above the ranked minimum
 * (50) count.
 * <p>
 * <b>Grouping.</b> Benefits group by benefit kind (so {@code DWP UC} and {@code UNIVERSAL CREDIT}
 * are one stream); everything else by the normalised counterparty
 * ({@link Descriptions#counterparty(String)}), so a change of employer gives two streams (the old
 * one stops and is marked inactive) and two employers give two streams. A salary and expense
 * reimbursements from the same payer are apart, because reimbursements are categorised as such
 * and never count.
 * <p>
 * <b>Cadence.</b> On the distinct payment days of a group, every cadence is scored by the share of
 * gaps it explains (within 3 days for weekly, fortnightly and four-weekly, 5 for monthly,
 * 10 for quarterly, or twice the period for one missed payment); the best explaining at least 60%
 * wins, ties going to the one closest to the mean of the explained gaps. Fortnightly and semi-monthly are told
 * apart by the mean gap (14.0 against 15.2 days). Bonuses and arrears are unexplained gaps and are
 * tolerated; a group with no cadence is not income, except benefits, which are returned as
 * irregular.
 * <p>
 * <b>Estimate.</b> The typical recent payment is the median of the last payments (8 weekly, 4
 * fortnightly or semi-monthly, 3 four-weekly or monthly, 2 quarterly), or, when those vary by more
 * than 20% (gig payouts), the mean of three times as many; {@code estimatedIncome = typical * paymentsPerYear / 12}. A
 * stream whose last payment is more than two periods and a week before asOf has stopped: it is
 * returned with its history but {@code estimatedIncome} 0. Irregular benefits: their income over
 * the covered months divided by the number of covered months.
 * <p>
 * <b>Ranking.</b> Non-benefit streams by their total in month1..month11 (then estimate); the top
 * three are returned as One, Two, Three; benefits follow, unranked, unless excluded.
 * <p>
 * Stateless and thread-safe; use {@link #DEFAULT}.
 */
public final class IncomeDetector {

  /** The detector. */
  public static final IncomeDetector DEFAULT = new IncomeDetector();

  private static final int MONTHS = 11;
  private static final Set<String> BENEFIT_KEYS = Set.of("universal_credit", "child_benefit", "disability_benefit",
      "carers_allowance", "unemployment_benefit", "housing_benefit", "tax_credits", "state_pension", "other_benefit",
      "social_security");
  private static final Set<String> SALARY_WORDS = Set.of("SALARY", "SAL", "PAYROLL", "WAGES", "WAGE", "LTD",
      "LIMITED", "PLC", "INC", "LLC", "CORP", "DIR", "NHS", "COUNCIL");

  private IncomeDetector() {
  }

  /**
   * Detects the income streams of one account.
   *
   * @param batch  the account's transactions
   * @param categories  their categorisation
   * @param options  the options
   * @param asOf  the reference date
   * @return the verification
   */
  public IncomeVerification detect(TransactionBatch batch, Categorisation categories, IncomeOptions options,
      LocalDate asOf) {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(categories, "categories");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(asOf, "asOf");
    AccountInfo account = batch.account();
    YearMonth[] months = Months.completeMonths(asOf, MONTHS);
    int as = (int) asOf.toEpochDay();
    int firstBooked = Integer.MAX_VALUE;
    boolean anyCredit = false;
    for (int row : batch.dateOrderUnsafe()) {
      if (batch.isBooked(row) && batch.bookingDay(row) <= as) {
        firstBooked = Math.min(firstBooked, batch.bookingDay(row));
        anyCredit |= batch.amount(row) > 0;
      }
    }
    boolean[] covered = new boolean[MONTHS];
    for (int k = 0; k < MONTHS; k++) {
      // A month counts when any of it lies in the data period; months wholly before it are left out.
      covered[k] = firstBooked != Integer.MAX_VALUE && Months.lastDay(months[k]) >= firstBooked;
    }
    String subType = account.accountSubType() == null ? "" : account.accountSubType().toLowerCase(Locale.ROOT);
    if (subType.contains("credit") && subType.contains("card")) {
      return empty(account, asOf, IncomeVerification.UNSUPPORTED, months, covered);
    }
    if (!anyCredit) {
      return empty(account, asOf, IncomeVerification.NO_CREDITS, months, covered);
    }
    long minimum = options.rankedMinimum().movePointRight(account.minorUnitDigits()).longValue();
    WorkingDayCalendar cal = Calendars.forCountry(account.countryCode());

    // Group candidate credits, rows in date order.
    Map<String, IntArrayList> groups = new LinkedHashMap<>();
    Map<String, Boolean> benefitGroup = new HashMap<>();
    for (int row : batch.dateOrderUnsafe()) {
      long amount = batch.amount(row);
      if (!batch.isBooked(row) || amount <= 0 || batch.bookingDay(row) > as) {
        continue;
      }
      Category c = categories.category(row);
      boolean benefit = BENEFIT_KEYS.contains(c.key());
      boolean income = c.affordabilityType().equals("Income") || c.id() == 0;
      if (!income) {
        continue;
      }
      String key;
      if (benefit) {
        key = "B:" + c.id();
      } else {
        if (amount <= minimum) {
          continue;
        }
        key = Descriptions.counterparty(batch.description(row));
        if (key.isEmpty()) {
          continue;
        }
      }
      groups.computeIfAbsent(key, k -> new IntArrayList()).add(row);
      benefitGroup.put(key, benefit);
    }

    List<IncomeStream> ranked = new ArrayList<>();
    List<IncomeStream> benefits = new ArrayList<>();
    for (Map.Entry<String, IntArrayList> e : groups.entrySet()) {
      boolean benefit = benefitGroup.get(e.getKey());
      IncomeStream s = stream(batch, categories, e.getKey(), e.getValue().toIntArray(), benefit, months, covered,
          as, cal);
      if (s == null) {
        continue;
      }
      (benefit ? benefits : ranked).add(s);
    }
    ranked.sort(Comparator.comparingLong(IncomeStream::totalAmount).reversed()
        .thenComparing(Comparator.comparingLong(IncomeStream::estimatedIncome).reversed())
        .thenComparing(IncomeStream::payerKey));
    benefits.sort(Comparator.comparingLong(IncomeStream::totalAmount).reversed()
        .thenComparing(IncomeStream::payerKey));
    List<IncomeStream> out = new ArrayList<>();
    for (int r = 0; r < Math.min(3, ranked.size()); r++) {
      out.add(ranked.get(r).withRank(r + 1));
    }
    if (!options.excludeBenefits()) {
      out.addAll(benefits);
    }
    long[] summary = new long[MONTHS];
    long estimate = 0;
    for (IncomeStream s : out) {
      for (int k = 0; k < MONTHS; k++) {
        summary[k] += s.month(k + 1);
      }
      estimate += s.estimatedIncome();
    }
    return new IncomeVerification(account, asOf, IncomeVerification.PROCESSED, Arrays.asList(months), covered, out,
        summary, estimate);
  }

  private static IncomeVerification empty(AccountInfo account, LocalDate asOf, String status, YearMonth[] months,
      boolean[] covered) {
    return new IncomeVerification(account, asOf, status, Arrays.asList(months), covered, List.of(), new long[MONTHS],
        0);
  }

  /** Builds a stream from one group's rows (date order), or null when they are not recurring income. */
  private static IncomeStream stream(TransactionBatch b, Categorisation categories, String key, int[] rows,
      boolean benefit, YearMonth[] months, boolean[] covered, int as, WorkingDayCalendar cal) {
    // Distinct payment days (same-day credits are one event for the cadence).
    IntArrayList daysList = new IntArrayList();
    for (int row : rows) {
      int d = b.bookingDay(row);
      if (daysList.isEmpty() || daysList.getInt(daysList.size() - 1) != d) {
        daysList.add(d);
      }
    }
    int[] days = daysList.toIntArray();
    if (days.length < 2) {
      return null;
    }
    Cadence cadence = cadence(days);
    if (cadence == Cadence.IRREGULAR && !benefit) {
      return null;
    }
    long[] amounts = new long[rows.length];
    for (int k = 0; k < rows.length; k++) {
      amounts[k] = b.amount(rows[k]);
    }
    double typical = typical(amounts, cadence);
    int lastDay = days[days.length - 1];
    boolean active = cadence == Cadence.IRREGULAR
        || lastDay >= as - (int) Math.ceil(cadence.days() * 2) - 7;
    long[] monthly = new long[MONTHS];
    int firstMonthIdx = Months.monthIndex(months[MONTHS - 1]);
    int lastMonthIdx = Months.monthIndex(months[0]);
    long total = 0;
    for (int k = 0; k < rows.length; k++) {
      int mi = Months.monthIndex(b.bookingDay(rows[k]));
      if (mi >= firstMonthIdx && mi <= lastMonthIdx) {
        int slot = lastMonthIdx - mi;
        if (covered[slot]) {
          monthly[slot] += amounts[k];
          total += amounts[k];
        }
      }
    }
    long estimate;
    if (!active) {
      estimate = 0;
    } else if (cadence == Cadence.IRREGULAR) {
      int n = 0;
      for (boolean c : covered) {
        n += c ? 1 : 0;
      }
      estimate = n == 0 ? 0 : Math.round((double) total / n);
    } else {
      // One rounding, from the exact typical payment.
      estimate = Math.round(typical * cadence.paymentsPerYear() / 12.0);
    }
    IncomeFlags flags = flags(monthly, covered, estimate, amounts[amounts.length - 1], typical);
    long typicalPayment = Math.round(typical);
    // Category and salary: what most credits say.
    Map<Integer, Integer> votes = new HashMap<>();
    boolean salaryWords = false;
    for (int row : rows) {
      votes.merge(categories.categoryId(row), 1, Integer::sum);
      for (String w : Descriptions.normalise(b.description(row)).trim().split(" ")) {
        salaryWords |= SALARY_WORDS.contains(w);
      }
    }
    int category = votes.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey())).get().getKey();
    String categoryKey = categories.taxonomy().category(category).key();
    boolean isSalary = !benefit && (categoryKey.equals("salary")
        || category == 0 && salaryWords && cadence != Cadence.IRREGULAR);
    String name = benefit ? categories.taxonomy().category(category).name() : title(key);
    MonthlyRule rule = cadence == Cadence.MONTHLY ? monthlyRule(days, cal) : MonthlyRule.NONE;
    LocalDate next = next(days, cadence, rule, cal);
    List<String> ids = new ArrayList<>(rows.length);
    for (int row : rows) {
      ids.add(b.transactionId(row));
    }
    return new IncomeStream(name, key, category, benefit, isSalary, 0, cadence, rule, typicalPayment, estimate, active,
        monthly, total, flags, LocalDate.ofEpochDay(lastDay), next, ids);
  }

  /** The cadence that explains the most gaps, or IRREGULAR. */
  static Cadence cadence(int[] days) {
    int gaps = days.length - 1;
    double meanGap = (double) (days[gaps] - days[0]) / gaps;
    Cadence best = Cadence.IRREGULAR;
    double bestShare = 0;
    double bestError = Double.MAX_VALUE;
    for (Cadence c : new Cadence[] {Cadence.WEEKLY, Cadence.FORTNIGHTLY, Cadence.FOUR_WEEKLY, Cadence.MONTHLY,
        Cadence.QUARTERLY}) {
      double p = c.days();
      double tol = c == Cadence.MONTHLY ? 5 : c == Cadence.QUARTERLY ? 10 : 3;
      int explained = 0;
      double explainedSum = 0;
      double explainedPeriods = 0;
      // Missed payments are tolerated, but a cadence that needs many doubled gaps is the wrong one
      // (a fortnightly stream is not a weekly one missing every other payment).
      int doublesAllowed = Math.max(1, gaps / 6);
      for (int k = 0; k < gaps; k++) {
        int g = days[k + 1] - days[k];
        if (Math.abs(g - p) <= tol) {
          explained++;
          explainedSum += g;
          explainedPeriods += 1;
        } else if (Math.abs(g - 2 * p) <= tol + 1 && doublesAllowed > 0) {
          doublesAllowed--;
          explained++;
          explainedSum += g;
          explainedPeriods += 2;
        }
      }
      double share = (double) explained / gaps;
      // Ties (monthly and four-weekly explain much the same gaps) go to the period closest to the
      // mean of the explained gaps, which extra payments (bonuses, duplicates) do not distort.
      double error = explainedPeriods == 0 ? Double.MAX_VALUE : Math.abs(explainedSum / explainedPeriods - p) / p;
      if (share > bestShare + 1e-9 || Math.abs(share - bestShare) < 1e-9 && error < bestError) {
        best = c;
        bestShare = share;
        bestError = error;
      }
    }
    if (bestShare < 0.6 || gaps == 1 && bestShare < 1) {
      // Semi-monthly: gaps of 10 to 20 days, two payments a month.
      return semiMonthly(days) ? Cadence.SEMI_MONTHLY : Cadence.IRREGULAR;
    }
    if (best == Cadence.FORTNIGHTLY && semiMonthly(days) && meanGap > 14.6) {
      return Cadence.SEMI_MONTHLY;
    }
    return best;
  }

  private static boolean semiMonthly(int[] days) {
    int gaps = days.length - 1;
    if (gaps < 2) {
      return false;
    }
    int inRange = 0;
    for (int k = 0; k < gaps; k++) {
      int g = days[k + 1] - days[k];
      inRange += g >= 10 && g <= 20 ? 1 : 0;
    }
    double meanGap = (double) (days[gaps] - days[0]) / gaps;
    return inRange >= 0.75 * gaps && meanGap > 14.6 && meanGap < 16.5;
  }

  /** Median of the recent payments, or their mean when they vary by more than 20%. */
  private static double typical(long[] amounts, Cadence cadence) {
    int recent;
    switch (cadence) {
      case WEEKLY:
        recent = 8;
        break;
      case FORTNIGHTLY:
      case SEMI_MONTHLY:
        recent = 4;
        break;
      case QUARTERLY:
        recent = 2;
        break;
      default:
        recent = 3;
    }
    int n = Math.min(recent, amounts.length);
    long[] last = Arrays.copyOfRange(amounts, amounts.length - n, amounts.length);
    double mean = 0;
    for (long a : last) {
      mean += a;
    }
    mean /= n;
    double var = 0;
    for (long a : last) {
      var += (a - mean) * (a - mean);
    }
    double cv = mean == 0 ? 0 : Math.sqrt(var / n) / mean;
    if (cv > 0.2) {
      // Variable amounts (gig payouts): the mean over three times as many recent payments.
      int m = Math.min(3 * recent, amounts.length);
      double sum = 0;
      for (int k = amounts.length - m; k < amounts.length; k++) {
        sum += amounts[k];
      }
      return sum / m;
    }
    Arrays.sort(last);
    return n % 2 == 1 ? last[n / 2] : (last[n / 2 - 1] + last[n / 2]) / 2.0;
  }

  private static IncomeFlags flags(long[] monthly, boolean[] covered, long estimate, long latest, double typical) {
    boolean last3 = true;
    boolean within5 = true;
    boolean within10 = true;
    for (int k = 0; k < 3; k++) {
      if (!covered[k]) {
        last3 = false;
        within5 = false;
        within10 = false;
        continue;
      }
      last3 &= monthly[k] > 0;
      double dev = estimate == 0 ? 1 : Math.abs(monthly[k] - estimate) / (double) estimate;
      within5 &= dev <= 0.05;
      within10 &= dev <= 0.10;
    }
    boolean recent = typical > 0 && Math.abs(latest - typical) <= 0.10 * typical;
    return new IncomeFlags(last3, within5, within10, recent, stability(monthly, covered, 11),
        stability(monthly, covered, 6));
  }

  private static double stability(long[] monthly, boolean[] covered, int upTo) {
    int n = 0;
    double sum = 0;
    for (int k = 0; k < upTo; k++) {
      if (covered[k]) {
        n++;
        sum += monthly[k];
      }
    }
    if (n == 0 || sum == 0) {
      return 0;
    }
    double mean = sum / n;
    double var = 0;
    for (int k = 0; k < upTo; k++) {
      if (covered[k]) {
        var += (monthly[k] - mean) * (monthly[k] - mean);
      }
    }
    return 1 - Math.min(1, Math.sqrt(var / n) / mean);
  }

  private static MonthlyRule monthlyRule(int[] days, WorkingDayCalendar cal) {
    int lwd = 0;
    Map<Integer, Integer> weekdayWeek = new HashMap<>();
    for (int d : days) {
      LocalDate date = LocalDate.ofEpochDay(d);
      if (d == cal.lastWorkingDay(YearMonth.from(date))) {
        lwd++;
      }
      boolean lastOfKind = date.plusDays(7).getMonthValue() != date.getMonthValue();
      int week = lastOfKind ? -1 : (date.getDayOfMonth() - 1) / 7;
      weekdayWeek.merge(date.getDayOfWeek().getValue() * 10 + week + 1, 1, Integer::sum);
    }
    if (lwd >= 0.7 * days.length) {
      return MonthlyRule.LAST_WORKING_DAY;
    }
    int top = weekdayWeek.values().stream().max(Integer::compare).orElse(0);
    return top >= 0.8 * days.length ? MonthlyRule.NTH_WEEKDAY : MonthlyRule.FIXED_DAY;
  }

  private static LocalDate next(int[] days, Cadence cadence, MonthlyRule rule, WorkingDayCalendar cal) {
    int last = days[days.length - 1];
    LocalDate lastDate = LocalDate.ofEpochDay(last);
    switch (cadence) {
      case IRREGULAR:
        return null;
      case WEEKLY:
      case FORTNIGHTLY:
      case FOUR_WEEKLY:
        return LocalDate.ofEpochDay(cal.onOrBefore(last + (int) cadence.days()));
      case SEMI_MONTHLY:
        return LocalDate.ofEpochDay(cal.onOrBefore(last + 15));
      case QUARTERLY:
        return LocalDate.ofEpochDay(cal.onOrBefore((int) lastDate.plusMonths(3).toEpochDay()));
      default:
        YearMonth nextMonth = YearMonth.from(lastDate).plusMonths(1);
        if (rule == MonthlyRule.LAST_WORKING_DAY) {
          return LocalDate.ofEpochDay(cal.lastWorkingDay(nextMonth));
        }
        if (rule == MonthlyRule.NTH_WEEKDAY) {
          DayOfWeek dow = lastDate.getDayOfWeek();
          boolean lastOfKind = lastDate.plusDays(7).getMonthValue() != lastDate.getMonthValue();
          LocalDate d = lastOfKind ? nextMonth.atEndOfMonth().with(java.time.temporal.TemporalAdjusters.lastInMonth(dow))
              : nextMonth.atDay(1).with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(
                  (lastDate.getDayOfMonth() - 1) / 7 + 1, dow));
          return d;
        }
        // Fixed day: the most common day of the month among the payments.
        Map<Integer, Integer> dom = new HashMap<>();
        for (int d : days) {
          dom.merge(LocalDate.ofEpochDay(d).getDayOfMonth(), 1, Integer::sum);
        }
        int day = dom.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey())).get().getKey();
        LocalDate target = nextMonth.atDay(Math.min(day, nextMonth.lengthOfMonth()));
        return LocalDate.ofEpochDay(cal.onOrBefore((int) target.toEpochDay()));
    }
  }

  private static String title(String key) {
    StringBuilder sb = new StringBuilder();
    for (String w : key.split(" ")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w.length() <= 1 ? w : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }
}
