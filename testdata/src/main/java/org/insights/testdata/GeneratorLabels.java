package org.insights.testdata;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generator's category keys mapped to the categoriser taxonomy's keys that are right for them
 * (the first is the one a model is trained towards). Evaluation and training share this one table.
 */
public final class GeneratorLabels {

  private static final Map<String, List<String>> ACCEPTED = new LinkedHashMap<>();

  static {
    String[][] m = {{"salary", "salary"}, {"pension", "pension_income"}, {"gig_income", "gig_income"},
        {"own_transfer_in", "own_transfer", "transfer"}, {"refund", "refund"}, {"tax_refund", "tax_refund"},
        {"loan_advance", "loan_advance"}, {"p2p_in", "p2p_transfer", "transfer"}, {"cash_deposit", "cash_deposit"},
        {"expenses_reimbursement", "expenses_reimbursement"}, {"rent", "rent"}, {"mortgage", "mortgage"},
        {"council_tax", "council_tax"}, {"energy", "energy"}, {"water", "water"}, {"phone", "telephone_tv"},
        {"broadband", "telephone_tv"}, {"car_insurance", "car_insurance", "insurance"},
        {"subscription", "subscriptions"}, {"gym", "fitness"}, {"childcare", "childcare"},
        {"credit_card", "credit_card_repayment"}, {"bnpl", "bnpl"}, {"car_finance", "car_finance"},
        {"loan_repayment", "loan"}, {"savings_transfer", "savings"}, {"gambling", "gambling"},
        {"flight", "flight"}, {"groceries", "supermarket", "convenience"}, {"eating_out", "eating_out"},
        {"fuel", "fuel"}, {"public_transport", "public_transport"}, {"online_retail", "online_retail", "retail"},
        {"clothing", "clothing"}, {"household", "household", "home_improvement"}, {"pharmacy", "healthcare"},
        {"cash_withdrawal", "cash_withdrawal"}, {"overdraft_fee", "overdraft_charges"},
        {"benefit", "universal_credit", "child_benefit", "disability_benefit", "carers_allowance",
            "unemployment_benefit", "housing_benefit", "tax_credits", "state_pension", "other_benefit",
            "social_security"}};
    for (String[] row : m) {
      ACCEPTED.put(row[0], Collections.unmodifiableList(Arrays.asList(Arrays.copyOfRange(row, 1, row.length))));
    }
  }

  private GeneratorLabels() {
  }

  /**
   * @param generatorKey  a {@link Truth.Label#category()}
   * @return the taxonomy keys that count as right, the preferred first
   * @throws IllegalArgumentException for an unknown key
   */
  public static List<String> accepted(String generatorKey) {
    List<String> keys = ACCEPTED.get(generatorKey);
    if (keys == null) {
      throw new IllegalArgumentException("unknown generator category '" + generatorKey + "'");
    }
    return keys;
  }
}
