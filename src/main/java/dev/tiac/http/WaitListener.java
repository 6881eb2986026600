package dev.tiac.http;

import java.io.PrintWriter;

/**
 * Hears about every wait the HTTP stack decides on, as it starts. People must never sit through
 * a silent wait longer than a second, so the CLI prints these; a progress display can listen too.
 * Called from the waiting thread; implementations must be quick and thread-safe.
 */
@FunctionalInterface
public interface WaitListener {
  void waiting(Wait wait);

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
