package dev.tiac.state;

import java.time.Duration;
import java.util.Optional;

/**
 * {@code tiac state push}: puts a state file into the backend under the lock, with the checks
 * Terraform's {@code state push} makes. A state of another lineage, or one older than the stored
 * state, is refused unless forced: either would throw away what the stored state knows.
 */
public final class StatePush {
  /** What a push did, for the message. */
  public enum Result {
    STORED,
    /** The backend already held exactly this state. */
    ALREADY_STORED
  }

  private StatePush() {}

  /**
   * Pushes {@code pushed} (read from {@code source}, named in messages).
   *
   * @throws StateConflictException when the checks refuse and {@code force} is false
   */
  public static Result push(StateBackend backend, State pushed, String source, boolean force,
      LockRequest request, Duration lockTimeout) {
    StateLock lock = backend.lock(request, lockTimeout);
    try {
      Optional<State> stored = backend.read();
      if (force) {
        backend.overwrite(pushed);
        return Result.STORED;
      }
      if (stored.isPresent()) {
        refuseUnsafe(stored.get(), pushed, source, backend.location());
        if (stored.get().serial() == pushed.serial()) {
          return Result.ALREADY_STORED;
        }
      }
      backend.write(pushed);
      return Result.STORED;
    } finally {
      lock.close();
    }
  }

  private static void refuseUnsafe(State stored, State pushed, String source, String location) {
    if (!stored.lineage().equals(pushed.lineage())) {
      throw new StateConflictException("not pushing " + source + ": it has lineage " + pushed.lineage()
          + " but the state at " + location + " has lineage " + stored.lineage()
          + ", so it is the state of another setup or another start. Check --state-dir and --backend-url;"
          + " pass --force only to replace that state on purpose.");
    }
    if (stored.serial() > pushed.serial()) {
      throw new StateConflictException("not pushing " + source + ": its serial " + pushed.serial()
          + " is older than serial " + stored.serial() + " at " + location
          + "; pushing would undo what later runs recorded. Pass --force only if the stored state is wrong.");
    }
    if (stored.serial() == pushed.serial() && !stored.sameContentAs(pushed)) {
      throw new StateConflictException("not pushing " + source + ": serial " + pushed.serial()
          + " is already stored at " + location + " with different content. Pass --force only if the stored state is wrong.");
    }
  }
}
