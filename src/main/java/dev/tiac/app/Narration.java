package dev.tiac.app;

import dev.tiac.progress.ProgressDisplay;

/**
 * How a use case shows a run while it works, chosen by its caller (a terminal, a CI log, a test):
 * lines of narration and the progress of each stage, on the diagnostic stream. What a run decided
 * comes back as its result, never through here.
 */
public interface Narration {
  /** One line, e.g. "tiac: refreshing live state ...". */
  void say(String line);

  /** A display for one stage's progress; the use case closes it when the stage ends. */
  ProgressDisplay progress();
}
