package dev.wiretrace.read;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parses the manifest's {@code published} column: ISO-8601, with or without offset or time. */
public final class PublishedTime {
  private PublishedTime() {}

  /**
   * Returns the instant as an ISO-8601 UTC string. A time without an offset is taken as UTC; a date
   * alone as its midnight UTC.
   */
  public static Optional<String> parseIso(String value) {
    String v = value.trim();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(v).toInstant().toString());
    } catch (DateTimeParseException ignored) {
      // Not this form; the next one may fit.
    }
    try {
      return Optional.of(ZonedDateTime.parse(v).toInstant().toString());
    } catch (DateTimeParseException ignored) {
      // Not this form; the next one may fit.
    }
    try {
      return Optional.of(LocalDateTime.parse(v).toInstant(ZoneOffset.UTC).toString());
    } catch (DateTimeParseException ignored) {
      // Not this form; the next one may fit.
    }
    try {
      return Optional.of(LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC).toString());
    } catch (DateTimeParseException ignored) {
      return Optional.empty();
    }
  }

  public static Instant toInstant(String isoUtc) {
    return Instant.parse(isoUtc);
  }
}
