package dev.tiac.state;

/**
 * What a caller asks the lock for.
 *
 * @param operation what the holder is doing, shown to anyone who finds the state locked ("apply")
 * @param tiacVersion version of the tiac taking the lock
 */
public record LockRequest(String operation, String tiacVersion) {
  public LockRequest {
    if (operation.isBlank()) {
      throw new IllegalArgumentException("a lock request needs an operation name");
    }
    if (tiacVersion.isBlank()) {
      throw new IllegalArgumentException("a lock request needs the tiac version");
    }
  }
}
