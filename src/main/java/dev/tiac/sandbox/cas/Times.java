package dev.tiac.sandbox.cas;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** CAS timestamps: ISO 8601 UTC with milliseconds, {@code 2020-07-13T01:52:50.000Z}. */
final class Times {
  private Times() {}

  static String format(long unixSeconds) {
    return Instant.ofEpochSecond(unixSeconds).truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ".000Z");
  }

  static String format(Instant instant) {
    String s = instant.truncatedTo(ChronoUnit.MILLIS).toString();
    return s.contains(".") ? s : s.replace("Z", ".000Z");
  }

  static Optional<Instant> parse(String text) {
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
