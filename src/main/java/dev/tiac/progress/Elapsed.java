package dev.tiac.progress;

import java.time.Duration;
import java.util.Locale;

/** How long something took or has left, as people read it: {@code 0.4 s}, {@code 38.0 s}, {@code 2 min 5 s}; never nanoseconds. */
public final class Elapsed {
  private Elapsed() {}

  public static String of(Duration d) {
    long millis = Math.max(0, d.toMillis());
    if (millis < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    long s = millis / 1000;
    return s / 60 + " min " + s % 60 + " s";
  }
}
