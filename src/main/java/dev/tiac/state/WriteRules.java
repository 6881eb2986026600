package dev.tiac.state;

import java.util.Optional;

/** The checks every backend makes before replacing stored state (Terraform's lineage/serial rules). */
public final class WriteRules {
  private WriteRules() {}

  /**
   * Decides whether {@code next} may replace {@code stored}.
   *
   * @return false when the write would change nothing and can be skipped
   * @throws StateConflictException when the write would fork or roll back the state
   */
  public static boolean needsWrite(Optional<State> stored, State next, String location) {
    if (stored.isEmpty()) {
      return true;
    }
    State current = stored.get();
    if (!current.lineage().equals(next.lineage())) {
      throw new StateConflictException("refusing to overwrite the state at " + location
          + ": it belongs to lineage " + current.lineage() + " but this run has lineage "
          + next.lineage() + ". This usually means the wrong state or working directory is in use;"
          + " check the backend settings before applying again.");
    }
    if (next.serial() < current.serial()) {
      throw new StateConflictException("refusing to roll back the state at " + location
          + " from serial " + current.serial() + " to " + next.serial()
          + ": another run has written it since this one read it. Run plan again.");
    }
    if (next.serial() == current.serial() && !next.sameContentAs(current)) {
      throw new StateConflictException("refusing to write the state at " + location
          + ": serial " + next.serial() + " is already stored with different content."
          + " Another run has written it since this one read it. Run plan again.");
    }
    return next.serial() > current.serial();
  }
}
