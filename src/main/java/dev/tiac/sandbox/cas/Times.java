package dev.tiac.sandbox.cas;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * CAS timestamps: ISO 8601 UTC, {@code yyyy-mm-ddThh:mm:ss[.mmm]Z}, e.g. {@code 2020-07-13T01:52:50.000Z}.
 * Parsing is as strict as the documented format: no offsets, no fraction finer than milliseconds.
 */
final class Times {
  private static final Pattern DOCUMENTED = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z");

  private Times() {}

  static String format(long unixSeconds) {
    return Instant.ofEpochSecond(unixSeconds).truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ".000Z");
  }

  static String format(Instant instant) {
    String s = instant.truncatedTo(ChronoUnit.MILLIS).toString();
    return s.contains(".") ? s : s.replace("Z", ".000Z");
  }

  static Optional<Instant> parse(String text) {
    if (!DOCUMENTED.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
