package org.insights.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Both booking-date forms read to the same day as java.time says, over 1900..2100. */
class DatesProperties {

  private static int dayOf(String date) {
    String json = "{\"currencyCode\":\"GBP\",\"transactions\":[{\"transactionId\":\"t\",\"amount\":1,"
        + "\"creditDebitIndicator\":\"Credit\",\"bookingDate\":\"" + date + "\"}]}";
    return AttoJsonReader.DEFAULT.read(json.getBytes(UTF_8)).accounts().get(0).bookingDay(0);
  }

  @Property(tries = 500)
  void bothFormsGiveTheJavaTimeDay(@ForAll @LongRange(min = -25_567, max = 47_482) long epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    assertThat(dayOf(d.toString())).isEqualTo(epochDay);
    assertThat(dayOf(d + "T00:00:00Z")).isEqualTo(epochDay);
    assertThat(dayOf(d + "T23:59:59.999Z")).isEqualTo(epochDay);
    assertThat(dayOf(d + "T12:00:00")).isEqualTo(epochDay);
    assertThat(dayOf(d + "T01:00:00+02:00")).isEqualTo(epochDay - 1);
  }
}
