package org.insights.cli;

import java.io.PrintWriter;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.insights.core.AccountInfo;
import org.insights.core.BadInputException;
import org.insights.core.Money;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoInput;
import org.insights.core.json.AttoJsonReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code insights validate FILE...}: parses and validates every input and prints one line per
 * account. Every input is checked even when an earlier one is bad; each bad input's message goes
 * to stderr and the exit code is then 2.
 */
@Command(name = "validate", description = "Parse and validate inputs; print per account: source, id, currency, "
    + "transactions (booked/pending), date range, current balance.")
final class ValidateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "A JSON file, a directory of them, or - (stdin).")
  List<String> inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    out.println("source\taccountId\tcurrency\ttransactions\tbooked\tpending\tfirstDate\tlastDate\tcurrentBalance");
    int bad = 0;
    int accounts = 0;
    for (String input : InputFiles.expand(inputs)) {
      try {
        AttoInput in = input.equals(InputFiles.STDIN) ? AttoJsonReader.DEFAULT.read(System.in)
            : AttoJsonReader.DEFAULT.read(Paths.get(input));
        for (TransactionBatch b : in.accounts()) {
          AccountInfo a = b.account();
          int booked = b.bookedCount();
          out.println(String.join("\t", input, a.accountId(), a.currencyCode(), String.valueOf(b.size()),
              String.valueOf(booked), String.valueOf(b.size() - booked),
              b.size() == 0 ? "-" : LocalDate.ofEpochDay(b.earliestBookingDay()).toString(),
              b.size() == 0 ? "-" : LocalDate.ofEpochDay(b.latestBookingDay()).toString(),
              a.currentBalance().isPresent() ? Money.format(a.currentBalance().getAsLong(), a.minorUnitDigits())
                  : "-"));
          accounts++;
        }
      } catch (BadInputException ex) {
        err.println(input.equals(InputFiles.STDIN) ? ex.withSource("stdin").getMessage() : ex.getMessage());
        bad++;
      }
    }
    out.flush();
    err.println(accounts + " account(s) valid, " + bad + " input(s) rejected");
    return bad == 0 ? 0 : InsightsCli.EXIT_BAD_INPUT;
  }
}
