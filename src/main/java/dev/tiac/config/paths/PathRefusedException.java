package dev.tiac.config.paths;

/** A path in a desired-state file that may not be used; validation normally reports it first, with its line. */
public final class PathRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PathRefusedException(String message) {
    super(message);
  }
}
