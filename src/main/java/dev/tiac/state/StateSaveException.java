package dev.tiac.state;

import java.nio.charset.StandardCharsets;

/**
 * State could not be saved after a change had already been made remotely. Carries the unsaved
 * state (ids and fingerprints only) so the caller can print it as a last resort when even the
 * errored-state file could not be written.
 */
public final class StateSaveException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final byte[] unsaved;

  public StateSaveException(String message, byte[] unsaved, Throwable cause) {
    super(message, cause);
    this.unsaved = unsaved.clone();
  }

  /** The state JSON that could not be saved. */
  public String unsavedState() {
    return new String(unsaved, StandardCharsets.UTF_8);
  }
}
