package dev.tiac.app;

import dev.tiac.http.Wait;
import dev.tiac.http.WaitListener;
import dev.tiac.progress.Progress;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where the HTTP stack's noticeable waits go: into the progress display while one runs (its status
 * line counts the wait down), as a line on stderr otherwise; and its page counts, into the display. Built once per run, before the
 * clients, since the displays come and go with the stages.
 */
public final class WaitRelay implements WaitListener {
  private final WaitListener printing;
  private volatile Optional<Progress> shown = Optional.empty();

  public WaitRelay(PrintWriter err) {
    this.printing = WaitListener.printingTo(err);
  }

  @Override
  public void waiting(Wait wait) {
    Optional<Progress> display = shown;
    if (display.isPresent() && wait.noticeable()) {
      display.get().waiting(wait.describe(), wait.length());
    } else {
      printing.waiting(wait);
    }
  }

  /** Page counts show only in a display: on their own they would be a line per page. */
  @Override
  public void paged(String service, int done, OptionalInt total) {
    shown.ifPresent(display -> display.counted(new Progress.Count(service, "pages", done, total)));
  }

  /** Sends waits to {@code display} until {@link #hide}. */
  public void showIn(Progress display) {
    shown = Optional.of(display);
  }

  public void hide() {
    shown = Optional.empty();
  }
}
