package org.insights.categoriser;

/**
 * One class (payment type) of the taxonomy. Immutable.
 *
 * @param id  the class id: Atto's own where confirmed, 100-199 for extensions
 * @param key  the project's stable key, such as {@code pos}
 * @param name  the display name (Atto's own, verbatim, where confirmed)
 * @param confirmedByAtto  true when id and name are Atto's confirmed ones
 */
public record PaymentClass(int id, String key, String name, boolean confirmedByAtto) {
}
