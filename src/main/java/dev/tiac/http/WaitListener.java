package dev.tiac.http;

import java.io.PrintWriter;
import java.util.OptionalInt;

/**
 * Hears about every wait the HTTP stack decides on, as it starts. People must never sit through
 * a silent wait longer than a second, so the CLI prints these; a progress display can listen too.
 * It also hears how far a read of many pages has come, the other long stretch without a word.
 * Called from the waiting thread; implementations must be quick and thread-safe.
 */
@FunctionalInterface
public interface WaitListener {
  void waiting(Wait wait);

  /**
   * A read of many pages (Endpoint Sensor's agent list) has {@code done} of {@code total}, or of an
   * open number while the total is unknown; {@code done} equal to {@code total} ends it.
   */
  default void paged(String service, int done, OptionalInt total) {}

  /** Hears nothing (library use and most tests). */
  WaitListener NONE = wait -> {};

  /** One line per noticeable wait, e.g. "Cloud App Security: waiting 42 s for the rate limit (…)". */
  static WaitListener printingTo(PrintWriter out) {
    return wait -> {
      if (wait.noticeable()) {
        synchronized (out) {
          out.println(wait.describe());
          out.flush();
        }
      }
    };
  }
}
