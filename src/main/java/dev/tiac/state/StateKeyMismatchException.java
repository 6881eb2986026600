package dev.tiac.state;

/** The state's fingerprints were made with another key; comparing them would flag every secret. */
public final class StateKeyMismatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StateKeyMismatchException(String stateKeyId, StateKey current) {
    super("the secret fingerprints in the state were made with key " + stateKeyId
        + ", but the key from " + current.source() + " is " + current.id()
        + ". Use the original key (restore .tiac/state.key or set " + StateKey.ENV_VARIABLE
        + "); otherwise every write-only secret would look changed.");
  }
}
