package dev.wiretrace.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatelineDateTest {
  @Test
  void readsShortDateLines() {
    assertEquals(
        "2016-11-02T19:50:06Z", DatelineDate.parse("Wed Nov 2, 2016 19:50:06").orElseThrow());
    assertEquals("2016-11-02T00:00:00Z", DatelineDate.parse("2 November 2016").orElseThrow());
    assertEquals(
        "2016-11-02T22:05:00Z", DatelineDate.parse("November 2, 2016 10:05 pm").orElseThrow());
    assertEquals(
        "2016-11-02T08:30:00Z", DatelineDate.parse("Published 2016-11-02 08:30").orElseThrow());
  }

  @Test
  void ignoresSentencesAndImpossibleDates() {
    assertTrue(
        DatelineDate.parse(
                "The 15-member council passed Resolution 2249 on November 20, 2015 after long talks.")
            .isEmpty());
    assertTrue(DatelineDate.parse("Feb 31, 2016").isEmpty());
  }
}
