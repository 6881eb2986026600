package dev.tiac.state;

/** force-unlock was refused: wrong ID, a live holder, or nothing to unlock. */
public final class UnlockRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnlockRefusedException(String message) {
    super(message);
  }
}
