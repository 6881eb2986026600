package dev.tiac.cli;

import dev.tiac.plan.render.Style;

/** What the CLI knows about where its output goes: decided once per run, from this process's environment. */
final class Terminal {
  private Terminal() {}

  /** Whether a person is watching: stdout and stderr both reach a terminal (Java 17: a console exists only then). */
  static boolean attached() {
    return System.console() != null;
  }

  /** The colour this run uses, by {@link Style#choose}'s rules. */
  static Style style(boolean noColorFlag) {
    return Style.choose(noColorFlag, attached(), System.getenv());
  }
}
