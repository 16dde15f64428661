/**
 * Working-day calendars (UK divisions from the gov.uk feed, US federal by rule) used to
 * recognise pay dates shifted for weekends and bank holidays.
 */
package org.insights.core.calendar;
