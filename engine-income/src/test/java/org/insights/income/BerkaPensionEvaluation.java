package org.insights.income;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoJsonReader;
import org.insights.testdata.BerkaConverter;
import org.insights.testdata.SharedData;

/**
 * Real data: the Berka 1993-1994 prefix converted to Atto JSON. On accounts with at least three
 * pension credits ({@code DUCHOD}), is the pension found as a monthly stream? Also counts the
 * other streams found and keeps a sample for reading by eye. Printed by
 * {@code mvn -q -Pevaluate -pl engine-income -am test -DskipTests}.
 */
final class BerkaPensionEvaluation {

  private BerkaPensionEvaluation() {
  }

  /** Figures. */
  record Result(int accounts, int pensionAccounts, int pensionFound, int otherStreams, List<String> sample) {
    double share() {
      return (double) pensionFound / pensionAccounts;
    }
  }

  static Result run() throws IOException {
    Path file = SharedData.find("berka/trans_prefix_1993-01_to_1994-03.asc");
    if (file == null) {
      return null;
    }
    int accounts = 0;
    int pensionAccounts = 0;
    int found = 0;
    int others = 0;
    List<String> sample = new ArrayList<>();
    for (BerkaConverter.Account a : BerkaConverter.read(file)) {
      accounts++;
      TransactionBatch b = AttoJsonReader.DEFAULT.read(a.json()).accounts().get(0);
      Set<String> pension = new HashSet<>();
      for (int i = 0; i < b.size(); i++) {
        if (b.amount(i) > 0 && b.description(i).contains("DUCHOD")) {
          pension.add(b.transactionId(i));
        }
      }
      IncomeVerification v = IncomeEvaluation.run(b, a.lastDay());
      boolean hit = false;
      for (IncomeStream s : v.streams()) {
        long mine = s.transactionIds().stream().filter(pension::contains).count();
        if (pension.size() >= 3 && mine * 2 >= pension.size() && s.cadence() == Cadence.MONTHLY) {
          hit = true;
        } else if (mine == 0) {
          others++;
          if (sample.size() < 12 && accounts % 7 == 0) {
            sample.add(b.account().accountId() + ": " + s.name() + " " + s.cadence() + " "
                + s.numberOfDeposits() + " deposits, " + s.estimatedIncome() / 100.0 + " CZK a month");
          }
        }
      }
      if (pension.size() >= 3) {
        pensionAccounts++;
        found += hit ? 1 : 0;
      }
    }
    return new Result(accounts, pensionAccounts, found, others, sample);
  }

  static void print() throws IOException {
    Result r = run();
    if (r == null) {
      return;
    }
    System.out.printf(Locale.ROOT, "berka prefix: %d accounts, %d with 3+ pension credits, pension found as a monthly"
        + " stream in %.4f; %d other streams%n", r.accounts(), r.pensionAccounts(), r.share(), r.otherStreams());
    r.sample().forEach(x -> System.out.println("  " + x));
  }
}
