package dev.tiac.time;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The one formatter for instants people read: plan text, query tables, Markdown and HTML, reports.
 * Seconds are as fine as anyone reads a time; a Java {@code toString} would show nanoseconds.
 */
public final class ShownTime {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private ShownTime() {}

  /** {@code at} to the second in UTC, e.g. {@code 2026-11-30 04:22:44Z}. */
  public static String of(Instant at) {
    return FORMAT.format(at.truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * {@code at} for machine-readable outputs (JSON, SARIF): ISO 8601 in UTC, the same shape the
   * services document, so a reader needs one parser for both.
   */
  public static String iso(Instant at) {
    return WireTime.iso(at);
  }
}
