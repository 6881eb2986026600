package dev.tiac.state;

import java.util.Optional;

/** The state is locked by someone else; the message names the holder and the way out. */
public final class StateLockedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Optional<LockInfo> holder;

  public StateLockedException(String where, Optional<LockInfo> holder) {
    super(message(where, holder));
    this.holder = holder;
  }

  public Optional<LockInfo> holder() {
    return holder;
  }

  private static String message(String where, Optional<LockInfo> holder) {
    return holder
        .map(h -> "state at " + where + " is locked by " + h.describe()
            + ". Wait for that run to finish or retry with --lock-timeout; only if it is certainly"
            + " dead, run: tiac force-unlock " + h.id())
        .orElse("state at " + where + " is locked by another run whose lock details could not be"
            + " read. Wait for it to finish or retry with --lock-timeout");
  }
}
