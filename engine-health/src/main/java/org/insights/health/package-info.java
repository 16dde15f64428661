/**
 * Consumer and business financial health (SPEC section 7): {@link org.insights.health.HealthScorer}
 * walks end-of-day balances back from the current balance and measures five windows.
 * <p>
 * Checked against a real bank: on the Berka (PKDD'99) data the walk reproduces the bank's own
 * end-of-day balance within 1.00 CZK on 100% of the 23,439 account-days of
 * {@code ecac/trans_test.csv} (47% to the cent; the rest carry the bank's 0.10 CZK rounding of
 * interest postings) and on 96.9% (38,739 of 39,960) of the 1994 prefix. Every prefix outlier lies in one of 29
 * accounts (2932, 11013, 2926, 2902, 2925, 2881, 2884, 2933, ...) whose 1994-03-31 interest row
 * ({@code UROK}) fell after the point where the prefix file was cut at 3 MiB: the bank's last
 * balance includes 60-110 CZK of interest the file lacks, so every earlier day of those accounts
 * is off by exactly that amount. Within a day the file does not order rows, and interest postings
 * carry 0.10 CZK rounding drift; the bank's end-of-day balance is taken as the end of the day's
 * chain of running balances (see {@code BerkaConverter}).
 */
package org.insights.health;
