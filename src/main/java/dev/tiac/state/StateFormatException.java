package dev.tiac.state;

/** Stored state could not be understood; names where it came from and what was wrong. */
public final class StateFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StateFormatException(String source, String problem) {
    super("state from " + source + " cannot be read: " + problem
        + ". Restore it from version control or backups before running tiac again.");
  }
}
