package org.insights.income;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.insights.categoriser.Categorisation;
import org.insights.categoriser.Categoriser;
import org.insights.categoriser.CategoriserOptions;
import org.insights.core.ReferenceDate;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoInput;
import org.insights.core.json.AttoJsonReader;
import org.insights.testdata.Scenario;
import org.insights.testdata.ScenarioGenerator;
import org.insights.testdata.ScenarioSpec;
import org.insights.testdata.SharedData;
import org.insights.testdata.Truth;

/**
 * The income engine's evaluation report: generator hold-out accounts (seeds from 9,000,000, never
 * used while developing) and the recorded Atto file. Tests assert on it; {@link #main} prints it:
 * {@code mvn -q -Pevaluate -pl engine-income -am test -DskipTests}.
 */
public final class IncomeEvaluation {

  static final long HOLDOUT_SEED = 9_000_000L;

  private IncomeEvaluation() {
  }

  /** Hold-out figures. */
  record Holdout(int planted, int found, int returned, int falseStreams, double medianError, double p90Error,
      int benefitChecked, int benefitRight, List<String> misses) {
    double foundShare() {
      return (double) found / planted;
    }

    double falseShare() {
      return (double) falseStreams / returned;
    }

    double benefitAccuracy() {
      return (double) benefitRight / benefitChecked;
    }
  }

  static IncomeVerification run(TransactionBatch b, LocalDate asOf) {
    Categorisation c = Categoriser.DEFAULT.categorise(b, CategoriserOptions.defaults());
    return IncomeDetector.DEFAULT.detect(b, c, IncomeOptions.defaults(), asOf);
  }

  static Holdout holdout(int accounts) {
    return evaluate(HOLDOUT_SEED, accounts);
  }

  /** The same figures on any seed range (development uses seeds below the hold-out). */
  static Holdout evaluate(long firstSeed, int accounts) {
    int planted = 0;
    int found = 0;
    int returned = 0;
    int falseStreams = 0;
    int benefitChecked = 0;
    int benefitRight = 0;
    List<Double> errors = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    for (int k = 0; k < accounts; k++) {
      long seed = firstSeed + k;
      Scenario s = ScenarioGenerator.generate(seed, k % 2 == 0 ? ScenarioSpec.uk() : ScenarioSpec.us());
      IncomeVerification v = run(s.batch(), s.asOf());
      int asOf = (int) s.asOf().toEpochDay();
      boolean[] matched = new boolean[v.streams().size()];
      // SPEC returns at most three non-benefit streams: the planted ones beyond the top three (by
      // total amount) are not expected.
      List<Truth.Stream> nonBenefit = new ArrayList<>();
      for (Truth.Stream t : s.truth().streams()) {
        if (!t.isBenefit()) {
          nonBenefit.add(t);
        }
      }
      nonBenefit.sort((x, y) -> Long.compare(total(s.batch(), y), total(s.batch(), x)));
      Set<Truth.Stream> unexpected = new HashSet<>(nonBenefit.subList(Math.min(3, nonBenefit.size()),
          nonBenefit.size()));
      for (Truth.Stream t : s.truth().streams()) {
        if (t.transactionIds().size() < 3 || unexpected.contains(t)) {
          continue;
        }
        planted++;
        Set<String> ids = new HashSet<>(t.transactionIds());
        int best = -1;
        for (int j = 0; j < v.streams().size(); j++) {
          long overlap = v.streams().get(j).transactionIds().stream().filter(ids::contains).count();
          if (overlap * 2 >= ids.size()) {
            best = j;
          }
        }
        if (best < 0) {
          misses.add(seed + ":" + t.payer() + "/" + t.cadence());
          continue;
        }
        found++;
        matched[best] = true;
        IncomeStream got = v.streams().get(best);
        benefitChecked++;
        benefitRight += got.isBenefit() == t.isBenefit() ? 1 : 0;
        LocalDate lastPlanted = s.batch().bookingDate(rowOf(s.batch(), t.transactionIds().get(t.transactionIds()
            .size() - 1)));
        double period = got.cadence().days() == 0 ? 31 : got.cadence().days();
        boolean stillPaying = lastPlanted.toEpochDay() >= asOf - period * 1.5;
        if (stillPaying && t.monthlyAmountMinor() > 0) {
          double err = Math.abs(got.estimatedIncome() - t.monthlyAmountMinor()) / (double) t.monthlyAmountMinor();
          errors.add(err);
          if (err > 0.08) {
            misses.add(seed + ": estimate " + got.estimatedIncome() + " vs " + t.monthlyAmountMinor() + " "
                + got.cadence() + " planted " + t.cadence() + " " + t.payer());
          }
        }
      }
      for (int j = 0; j < matched.length; j++) {
        returned++;
        if (!matched[j]) {
          // A returned stream is false when it is not mostly made of one planted stream's payments.
          Set<String> all = new HashSet<>();
          s.truth().streams().forEach(t -> all.addAll(t.transactionIds()));
          List<String> ids = v.streams().get(j).transactionIds();
          long planted2 = ids.stream().filter(all::contains).count();
          if (planted2 * 2 < ids.size()) {
            falseStreams++;
            misses.add(seed + ": false " + v.streams().get(j).name());
          }
        }
      }
    }
    double[] e = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Holdout(planted, found, returned, falseStreams, e.length == 0 ? 0 : e[e.length / 2],
        e.length == 0 ? 0 : e[(int) (e.length * 0.9)], benefitChecked, benefitRight, misses);
  }

  private static long total(TransactionBatch b, Truth.Stream t) {
    long sum = 0;
    for (String id : t.transactionIds()) {
      sum += b.amount(rowOf(b, id));
    }
    return sum;
  }

  private static int rowOf(TransactionBatch b, String id) {
    for (int i = 0; i < b.size(); i++) {
      if (b.transactionId(i).equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException(id);
  }

  /** The recorded file's result, or null when the data is absent. */
  static IncomeVerification recorded() {
    Path file = SharedData.find("recorded/apollo-carter.json");
    if (file == null) {
      return null;
    }
    AttoInput in = AttoJsonReader.DEFAULT.read(file);
    TransactionBatch b = in.accounts().get(0);
    return run(b, ReferenceDate.resolve(null, in.requestDate(), b));
  }

  /**
   * Prints the report.
   *
   * @param args  optional first seed (default: the hold-out)
   * @throws java.io.IOException when the Berka file cannot be read
   */
  public static void main(String[] args) throws java.io.IOException {
    Holdout h = args.length > 0 ? evaluate(Long.parseLong(args[0]), 300) : holdout(300);
    System.out.printf(Locale.ROOT, "generator hold-out: %d planted streams (3+ payments), %.4f found; %d returned,"
        + " %.4f false; estimatedIncome error median %.4f, p90 %.4f; benefit flag %.4f%n", h.planted(),
        h.foundShare(), h.returned(), h.falseShare(), h.medianError(), h.p90Error(), h.benefitAccuracy());
    h.misses().stream().limit(15).forEach(m -> System.out.println("  " + m));
    IncomeVerification r = recorded();
    if (r != null) {
      System.out.println("recorded file, asOf " + r.asOf() + ", status " + r.status());
      for (IncomeStream s : r.streams()) {
        System.out.printf(Locale.ROOT, "  rank %d %-20s %-12s salary=%s benefit=%s estimated %.2f deposits %d"
            + " confidence %.3f months %s%n", s.rank(), s.name(), s.cadence(), s.isSalary(), s.isBenefit(),
            s.estimatedIncome() / 100.0, s.numberOfDeposits(), s.confidenceScore(),
            Arrays.toString(Arrays.stream(s.monthlyIncome()).mapToDouble(x -> x / 100.0).toArray()));
      }
    }
    BerkaPensionEvaluation.print();
  }
}
