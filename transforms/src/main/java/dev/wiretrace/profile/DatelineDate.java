package dev.wiretrace.profile;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a publication time from a short date line at the top of an article ("Wed Nov 2, 2016
 * 19:50:06", "2 November 2016", "2016-11-02 19:50"). The zone is rarely given, so the time is taken
 * as UTC and marked as coming from the text, which the direction rules trust less.
 */
public final class DatelineDate {
  /** A date line is short; a body sentence that mentions a date is not one. */
  private static final int MAX_WORDS = 10;

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private static final String MONTH =
      "(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
  private static final String TIME =
      "(?:,?\\s*(?:at\\s+)?(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2}))?\\s*(?<ampm>am|pm|a\\.m\\.|p\\.m\\.)?)?";
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          "(?:^|\\s)" + MONTH + "\\s+(?<day>\\d{1,2}),?\\s+(?<year>\\d{4})" + TIME,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "(?:^|\\s)(?<day>\\d{1,2})\\s+" + MONTH + ",?\\s+(?<year>\\d{4})" + TIME,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO =
      Pattern.compile(
          "(?<year>\\d{4})-(?<monthNumber>\\d{2})-(?<day>\\d{2})(?:[ T](?<hour>\\d{2}):(?<minute>\\d{2})(?::(?<second>\\d{2}))?)?");

  /** A date line is short; a longer line is not searched (a megabyte line would cost a search). */
  private static final int MAX_CHARS = 200;

  private DatelineDate() {}

  /** Whether a stripped line has more than {@code max} words separated by white space. */
  private static boolean wordsOver(String t, int max) {
    int words = 1;
    for (int i = 1; i < t.length(); i++) {
      if (isSpace(t.charAt(i)) && !isSpace(t.charAt(i - 1)) && ++words > max) {
        return true;
      }
    }
    return false;
  }

  /** White space as the regex {@code \s} has it. */
  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** The instant (ISO-8601 UTC) a short date line gives, if {@code line} is one. */
  public static Optional<String> parse(String line) {
    String t = line.strip();
    if (t.isEmpty() || t.length() > MAX_CHARS || wordsOver(t, MAX_WORDS)) {
      return Optional.empty();
    }
    for (Pattern pattern : new Pattern[] {MONTH_FIRST, DAY_FIRST, ISO}) {
      Matcher m = pattern.matcher(t);
      if (m.find()) {
        return instant(m, pattern == ISO);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> instant(Matcher m, boolean iso) {
    try {
      int year = Integer.parseInt(m.group("year"));
      int month =
          iso
              ? Integer.parseInt(m.group("monthNumber"))
              : MONTHS.get(m.group("month").substring(0, 3).toLowerCase(Locale.ROOT));
      int day = Integer.parseInt(m.group("day"));
      LocalTime time = LocalTime.MIDNIGHT;
      if (m.group("hour") != null) {
        int hour = Integer.parseInt(m.group("hour"));
        String ampm = iso ? null : m.group("ampm");
        if (ampm != null) {
          boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
          hour = hour % 12 + (pm ? 12 : 0);
        }
        int second = m.group("second") == null ? 0 : Integer.parseInt(m.group("second"));
        time = LocalTime.of(hour, Integer.parseInt(m.group("minute")), second);
      }
      return Optional.of(
          LocalDateTime.of(LocalDate.of(year, month, day), time)
              .toInstant(ZoneOffset.UTC)
              .toString());
    } catch (RuntimeException e) {
      // An impossible date (31 February, hour 25) is no date.
      return Optional.empty();
    }
  }
}
