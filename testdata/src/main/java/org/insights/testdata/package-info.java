/**
 * Test data: the seeded scenario generator with planted truth, converters of public data (Berka, the
 * brand index), jqwik arbitraries, and the locator of {@code ../shared/data}.
 */
package org.insights.testdata;
