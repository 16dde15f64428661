package org.insights.testdata;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.insights.core.AccountInfo;
import org.insights.core.TransactionBatch;
import org.insights.core.json.AttoJsonWriter;

/**
 * Converts the PKDD'99 Berka transaction table (the original {@code trans.asc} with Czech labels,
 * or the FEUP {@code trans_test.csv} with English ones) into Atto Data API accounts, one per
 * Berka account, and keeps the bank's own end-of-day balances for comparison.
 * <p>
 * Descriptions are built from the operation, the payment purpose ({@code k_symbol}, such as
 * {@code DUCHOD}, old-age pension) and the counterparty's bank and account. Credits are
 * {@code PRIJEM}/{@code credit}; everything else ({@code VYDAJ}, {@code VYBER},
 * {@code withdrawal}, {@code withdrawal in cash}) is a debit. Amounts are CZK. The current balance
 * is the bank's balance at the end of the account's last day. The bank's end-of-day balance is
 * the running balance after the day's last transaction; the file does not order rows within a day,
 * so the last one is found as the end of the day's chain: the row whose balance is not (within
 * 0.20 CZK, the bank's rounding of interest postings) the balance before another row of that day.
 * <p>
 * The data is for evaluation only: read in place from {@code ../shared/data/berka}, never copied.
 */
public final class BerkaConverter {

  /** One converted account with the bank's own balances. */
  public record Account(TransactionBatch batch, LocalDate lastDay, TreeMap<Integer, Long> bankEndOfDay,
      int ambiguousDays) {

    /** @return the account as a Data API accounts document, UTF-8 JSON */
    public byte[] json() {
      ByteArrayOutputStream out = new ByteArrayOutputStream(batch.size() * 300 + 512);
      AttoJsonWriter.DEFAULT.writeAccounts(List.of(batch), null, "CZ", out);
      return out.toByteArray();
    }
  }

  private record Row(String id, int day, long signed, long balance, String description) {
  }

  private BerkaConverter() {
  }

  /**
   * Reads a Berka transaction file.
   *
   * @param file  {@code trans.asc}-style or {@code trans_test.csv}-style, semicolon separated
   * @return the accounts in order of first appearance
   * @throws IOException when the file cannot be read
   */
  public static List<Account> read(Path file) throws IOException {
    Map<String, List<Row>> byAccount = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String[] header = split(r.readLine());
      int id = index(header, "trans_id");
      int account = index(header, "account_id");
      int date = index(header, "date");
      int type = index(header, "type");
      int operation = index(header, "operation");
      int amount = index(header, "amount");
      int balance = index(header, "balance");
      int symbol = index(header, "k_symbol");
      int bank = index(header, "bank");
      int counterAccount = index(header, "account");
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = split(line);
        String t = f[type];
        boolean credit = t.equals("PRIJEM") || t.equals("credit");
        long minor = new BigDecimal(f[amount]).movePointRight(2).longValueExact();
        long bal = new BigDecimal(f[balance]).movePointRight(2).longValueExact();
        String yymmdd = f[date];
        LocalDate d = LocalDate.of(1900 + Integer.parseInt(yymmdd.substring(0, 2)),
            Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
        // Description as a bank would print it: operation, payment purpose, counterparty bank and account.
        String description = String.join(" ", f[operation], symbol < f.length ? f[symbol] : "",
            bank < f.length ? f[bank] : "", counterAccount < f.length ? f[counterAccount] : "").replaceAll("\\s+", " ")
            .trim();
        byAccount.computeIfAbsent(f[account], k -> new ArrayList<>()).add(new Row(f[id], (int) d.toEpochDay(),
            credit ? minor : -minor, bal, description.isEmpty() ? t : description));
      }
    }
    List<Account> out = new ArrayList<>(byAccount.size());
    for (Map.Entry<String, List<Row>> e : byAccount.entrySet()) {
      out.add(convert(e.getKey(), e.getValue()));
    }
    return out;
  }

  private static Account convert(String accountId, List<Row> rows) {
    TreeMap<Integer, List<Row>> byDay = new TreeMap<>();
    for (Row row : rows) {
      byDay.computeIfAbsent(row.day(), k -> new ArrayList<>()).add(row);
    }
    TreeMap<Integer, Long> bank = new TreeMap<>();
    int ambiguous = 0;
    for (Map.Entry<Integer, List<Row>> e : byDay.entrySet()) {
      List<Row> day = e.getValue();
      Row end = null;
      int ends = 0;
      for (Row x : day) {
        boolean followed = false;
        for (Row y : day) {
          if (y != x && Math.abs(y.balance() - y.signed() - x.balance()) <= 20) {
            followed = true;
            break;
          }
        }
        if (!followed) {
          end = x;
          ends++;
        }
      }
      if (ends != 1) {
        ambiguous++;
        end = day.get(day.size() - 1);
      }
      bank.put(e.getKey(), end.balance());
    }
    long current = bank.lastEntry().getValue();
    AccountInfo info = new AccountInfo(accountId, "CZK", 2, "CZ", "Personal", "CurrentAccount",
        OptionalLong.of(current), OptionalLong.of(current));
    TransactionBatch.Builder b = TransactionBatch.builder(info);
    for (Row row : rows) {
      b.add(row.id(), row.signed(), row.day(), true, row.description());
    }
    return new Account(b.build(), LocalDate.ofEpochDay(bank.lastKey()), bank, ambiguous);
  }

  private static String[] split(String line) {
    String[] f = line.split(";", -1);
    for (int i = 0; i < f.length; i++) {
      String s = f[i].trim();
      if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
        s = s.substring(1, s.length() - 1);
      }
      f[i] = s.trim();
    }
    return f;
  }

  private static int index(String[] header, String name) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("Berka file has no column '" + name + "'");
  }
}
