package dev.tiac.cli;

import dev.tiac.app.Narration;
import dev.tiac.app.WaitRelay;
import dev.tiac.plan.render.Style;
import dev.tiac.progress.ProgressDisplay;
import java.io.PrintWriter;

/** What the CLI knows about where its output goes: decided once per run, from this process's environment. */
final class Terminal {
  private Terminal() {}

  /** Whether a person is watching: stdout and stderr both reach a terminal (Java 17: a console exists only then). */
  static boolean attached() {
    return System.console() != null;
  }

  /**
   * Progress on {@code err}: a live status line when a person watches a terminal that can redraw
   * one, plain lines otherwise (CI logs, pipes, {@code TERM=dumb}). The run's waits show in it until it closes.
   */
  static ProgressDisplay progress(PrintWriter err, WaitRelay waits) {
    boolean live = attached() && !"dumb".equals(System.getenv("TERM"));
    int columns = 80;
    try {
      columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80"));
    } catch (NumberFormatException e) {
      // keep 80: a malformed COLUMNS only narrows the status line
    }
    ProgressDisplay display = ProgressDisplay.on(err, live, columns, waits::hide);
    waits.showIn(display);
    return display;
  }

  /** A run's narration as lines on {@code err}, and its progress as {@link #progress} shows it. */
  static Narration narration(PrintWriter err, WaitRelay waits) {
    return new Narration() {
      @Override
      public void say(String line) {
        err.println(line);
        err.flush();
      }

      @Override
      public ProgressDisplay progress() {
        return Terminal.progress(err, waits);
      }
    };
  }

  /** The colour this run uses, by {@link Style#choose}'s rules. */
  static Style style(boolean noColorFlag) {
    return Style.choose(noColorFlag, attached(), System.getenv());
  }
}
