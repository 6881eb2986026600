package dev.tiac.app;

import dev.tiac.http.Wait;
import dev.tiac.http.WaitListener;
import dev.tiac.progress.Progress;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * Where the HTTP stack's noticeable waits go: into the progress display while one runs (its status
 * line counts the wait down), as a line on stderr otherwise. Built once per run, before the
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

  /** Sends waits to {@code display} until {@link #hide}. */
  public void showIn(Progress display) {
    shown = Optional.of(display);
  }

  public void hide() {
    shown = Optional.empty();
  }
}
