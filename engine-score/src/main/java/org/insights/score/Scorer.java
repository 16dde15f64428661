package org.insights.score;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.insights.affordability.Affordability;
import org.insights.categoriser.Categorisation;
import org.insights.core.AccountInfo;
import org.insights.core.TransactionBatch;
import org.insights.health.FinancialHealth;
import org.insights.income.IncomeVerification;

/**
 * Atto Score: validation exactly as Atto's (first failure wins), then a transparent scorecard over
 * the other engines' results.
 * <p>
 * Validations, in order: no transactions; account not GBP; not Personal; not a current account;
 * less than 90 days of history (asOf minus the earliest booking date); fewer than 50 transactions
 * in the last 90 days; transactions without a booking date (the reader refuses those, so this
 * never fails on parsed input); null balances. Each can be switched off in {@link ScoreOptions}.
 * <p>
 * Stateless and thread-safe; {@link #DEFAULT} uses the shipped model, {@link #with(ScoreModel)} a
 * lender's own.
 */
public final class Scorer {

  /** The scorer with the shipped model. */
  public static final Scorer DEFAULT = new Scorer(ScoreModel.loadDefault());

  private final ScoreModel model;

  private Scorer(ScoreModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /**
   * @param model  a model, such as one trained on a lender's outcomes
   * @return a scorer using it
   */
  public static Scorer with(ScoreModel model) {
    return new Scorer(model);
  }

  /** @return the model */
  public ScoreModel model() {
    return model;
  }

  /**
   * Validates and scores one account whose engines have run.
   *
   * @param batch  the account
   * @param categories  its categorisation
   * @param income  its income verification
   * @param affordability  its affordability
   * @param health  its financial health, or null when it could not be computed (no balance)
   * @param options  which validations apply
   * @param asOf  the reference date
   * @return the score, or the error
   */
  public ScoreResult score(TransactionBatch batch, Categorisation categories, IncomeVerification income,
      Affordability affordability, FinancialHealth health, ScoreOptions options, LocalDate asOf) {
    ScoreError error = validate(batch, options, asOf);
    if (error == null && health == null) {
      error = error(batch, asOf, "Balances are null", "the account has no current balance");
    }
    if (error != null) {
      return new ScoreResult(batch.account().accountId(), error, 0, 0, asOf, model.version(), model.minScore(),
          model.maxScore(), null, List.of());
    }
    double[] x = Features.of(batch, categories, income, affordability, health, asOf);
    double p = model.probabilityOfDefault(x);
    List<ScoreResult.Reason> reasons = new ArrayList<>();
    for (int j = 0; j < x.length; j++) {
      double points = -model.factor() * model.coefficients()[j] * model.z(x, j);
      if (points < 0) {
        reasons.add(new ScoreResult.Reason(Features.NAMES.get(j), x[j], points));
      }
    }
    reasons.sort(Comparator.comparingDouble(ScoreResult.Reason::points).thenComparing(ScoreResult.Reason::feature));
    return new ScoreResult(batch.account().accountId(), null, model.score(p), p, asOf, model.version(),
        model.minScore(), model.maxScore(), x, reasons.subList(0, Math.min(3, reasons.size())));
  }

  /** The first failed validation, or null. */
  static ScoreError validate(TransactionBatch batch, ScoreOptions o, LocalDate asOf) {
    AccountInfo a = batch.account();
    if (o.requireTransactions() && batch.size() == 0) {
      return error(batch, asOf, "No transactions", "the account has no transactions");
    }
    if (o.requireGbp() && !"GBP".equals(a.currencyCode())) {
      return error(batch, asOf, "Account currency is not GBP", "currencyCode is " + a.currencyCode());
    }
    if (o.requirePersonal() && !"Personal".equalsIgnoreCase(String.valueOf(a.accountType()))) {
      return error(batch, asOf, "Account type is not Personal", "accountType is " + a.accountType());
    }
    if (o.requireCurrentAccount() && !"CurrentAccount".equalsIgnoreCase(String.valueOf(a.accountSubType()))) {
      return error(batch, asOf, "Account is not a current account", "accountSubType is " + a.accountSubType());
    }
    int as = (int) asOf.toEpochDay();
    if (o.minHistoryDays() > 0) {
      long days = batch.size() == 0 ? 0 : as - batch.earliestBookingDay() + 1;
      if (days < o.minHistoryDays()) {
        return error(batch, asOf, "Less than " + o.minHistoryDays() + " days of transaction history",
            "history is " + Math.max(0, days) + " days");
      }
    }
    if (o.minRecentTransactions() > 0) {
      int recent = 0;
      for (int i = 0; i < batch.size(); i++) {
        int d = batch.bookingDay(i);
        recent += d <= as && d > as - 90 ? 1 : 0;
      }
      if (recent < o.minRecentTransactions()) {
        return error(batch, asOf, "Fewer than " + o.minRecentTransactions() + " transactions in the last 90 days",
            recent + " transactions in the last 90 days");
      }
    }
    if (o.requireBalances() && a.currentBalance().isEmpty()) {
      return error(batch, asOf, "Balances are null", "the account has no current balance");
    }
    return null;
  }

  private static ScoreError error(TransactionBatch batch, LocalDate asOf, String description, String details) {
    String seed = batch.account().accountId() + "|" + asOf;
    UUID id = UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
    return new ScoreError(ScoreError.CODE, description, details, id.toString().toLowerCase(Locale.ROOT));
  }
}
