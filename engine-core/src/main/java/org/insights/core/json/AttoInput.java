package org.insights.core.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.insights.core.TransactionBatch;

/**
 * What one input (a file, a stream) held: its accounts and the request-level fields that
 * affect results. Immutable.
 *
 * @param format  the recognised format of the first document (inputs may mix documents)
 * @param requestDate  the UTC date part of {@code requestDateTime}, or null when absent
 * @param accounts  the accounts in input order
 * @param options  the options carried by a BYOD body, or {@link RequestOptions#NONE}
 */
public record AttoInput(InputFormat format, LocalDate requestDate, List<TransactionBatch> accounts,
    RequestOptions options) {

  /** Copies the account list. */
  public AttoInput {
    Objects.requireNonNull(format, "format");
    accounts = List.copyOf(accounts);
    Objects.requireNonNull(options, "options");
  }

  /** @return the total number of transactions over all accounts */
  public int transactionCount() {
    int n = 0;
    for (TransactionBatch b : accounts) {
      n += b.size();
    }
    return n;
  }
}
