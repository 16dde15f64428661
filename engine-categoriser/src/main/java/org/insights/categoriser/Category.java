package org.insights.categoriser;

/**
 * One category of the taxonomy. Immutable.
 *
 * @param id  the category id: Atto's own where {@code confirmed}, 39001-39999 for extensions
 * @param key  the project's stable key, such as {@code supermarket}
 * @param name  the display name (Atto's own, verbatim, where confirmed)
 * @param confirmedByAtto  true when id and name are Atto's confirmed ones
 * @param sfsGroup  the UK Standard Financial Statement group
 * @param affordabilityType  {@code Income}, {@code Fixed}, {@code Flexible}, {@code Debt} or {@code Other}
 */
public record Category(int id, String key, String name, boolean confirmedByAtto, String sfsGroup,
    String affordabilityType) {
}
