package dev.tiac.state;

import java.nio.file.Path;

/**
 * The state holds fingerprints under a key that is neither in the key file nor in the
 * environment. Making a new key would report every write-only secret as changed (and an apply
 * would rotate them), so the run stops and names what to restore.
 */
public final class StateKeyMissingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StateKeyMissingException(String keyId, Path file) {
    super("the state's secret fingerprints were made with key " + keyId + ", but " + file
        + " does not exist and " + StateKey.ENV_VARIABLE + " is not set. Restore that key file (or set "
        + StateKey.ENV_VARIABLE + " to the key, base64); tiac does not make a new key for an existing"
        + " state, because every write-only secret would then look changed");
  }
}
