package dev.tiac.state;

/** A write was refused because it would replace or roll back a state it does not descend from. */
public final class StateConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StateConflictException(String message) {
    super(message);
  }
}
