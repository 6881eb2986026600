package dev.tiac.cli;

import java.time.Duration;
import java.util.Locale;

/** A duration as people read it in a terminal: seconds with one decimal, never nanoseconds. */
final class Seconds {
  private Seconds() {}

  static String of(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
