package dev.tiac.time;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * The one formatter for instants sent to a service. Cloud App Security documents
 * {@code yyyy-mm-ddThh:mm:ss[.mmm]Z} for every time in requests and answers: UTC, and at most
 * milliseconds. {@link Instant#toString()} writes up to nine fractional digits, which a service
 * holding to its documentation refuses, so no client may use it on the wire.
 */
public final class WireTime {
  /** What the documentation allows; a request's time parameters must match it. */
  public static final Pattern DOCUMENTED = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z");

  // Milliseconds only when there are some, so whole seconds read as the documentation's examples.
  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private WireTime() {}

  /** {@code at} in the documented format, cut (never rounded) to the millisecond. */
  public static String iso(Instant at) {
    Instant millis = at.truncatedTo(ChronoUnit.MILLIS);
    return millis.getNano() == 0 ? SECONDS.format(millis) : MILLIS.format(millis);
  }

  /** Whether {@code text} is a time in the documented format. */
  public static boolean documented(String text) {
    return DOCUMENTED.matcher(text).matches();
  }
}
