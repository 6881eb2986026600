package dev.tiac.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The HMAC key for secret fingerprints. Kept apart from the state on purpose: whoever reads the
 * state must not be able to test password guesses against its fingerprints. Comes from {@code
 * TIAC_STATE_KEY} (base64, for CI runners that share no disk) or {@code .tiac/state.key} (0600,
 * created on first use).
 */
public final class StateKey {
  public static final String ENV_VARIABLE = "TIAC_STATE_KEY";
  public static final String KEY_FILE = "state.key";
  static final int LENGTH = 32;

  private final byte[] key;
  private final String source;
  private final String id;

  private StateKey(byte[] key, String source) {
    if (key.length < LENGTH) {
      throw new IllegalArgumentException("the state key from " + source + " is " + key.length
          + " bytes long; it needs at least " + LENGTH + " random bytes, base64-encoded");
    }
    this.key = key.clone();
    this.source = source;
    this.id = "k1:" + HexFormat.of().formatHex(Hmac.sign(key, "tiac state key id v1"), 0, 8);
  }

  /** The key from the environment if set, else the key file in {@code dir}, created if missing. */
  public static StateKey load(Path dir, Map<String, String> environment) {
    Optional<String> fromEnv = Optional.ofNullable(environment.get(ENV_VARIABLE)).filter(v -> !v.isBlank());
    if (fromEnv.isPresent()) {
      return decode(fromEnv.get(), "environment variable " + ENV_VARIABLE);
    }
    Path file = dir.toAbsolutePath().resolve(KEY_FILE);
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      refuseLooseMode(file);
      return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the state key " + file + ": " + e.getMessage(), e);
    }
  }

  /** A random key that is never stored; for tests and one-off runs. */
  public static StateKey random() {
    byte[] bytes = new byte[LENGTH];
    new SecureRandom().nextBytes(bytes);
    return new StateKey(bytes, "a random in-memory key");
  }

  /** Short public identifier (a truncated HMAC of a fixed label); reveals nothing of the key. */
  public String id() {
    return id;
  }

  /** Where the key came from, for messages. */
  public String source() {
    return source;
  }

  byte[] bytes() {
    return key.clone();
  }

  @Override
  public String toString() {
    return "StateKey[id=" + id + ", from " + source + "]";
  }

  private static StateKey decode(String base64, String source) {
    try {
      return new StateKey(Base64.getDecoder().decode(base64.strip()), source);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the state key from " + source + " is not valid base64", e);
    }
  }

  // Written aside and hard-linked into place: link fails if another run created the key first,
  // and nobody ever sees a half-written key.
  private static void create(Path file) throws IOException {
    AtomicFiles.ensureDirectory(file.getParent());
    byte[] bytes = new byte[LENGTH];
    new SecureRandom().nextBytes(bytes);
    byte[] text = (Base64.getEncoder().encodeToString(bytes) + "\n").getBytes(StandardCharsets.US_ASCII);
    Path temp = file.resolveSibling("." + KEY_FILE + "." + ProcessHandle.current().pid() + ".tmp");
    Files.deleteIfExists(temp);
    AtomicFiles.createExclusive(temp, text);
    try {
      Files.createLink(file, temp);
    } catch (FileAlreadyExistsException raced) {
      // another run created it first; use theirs
    } finally {
      Arrays.fill(bytes, (byte) 0);
      Files.deleteIfExists(temp);
    }
  }

  private static void refuseLooseMode(Path file) throws IOException {
    if (!Files.getFileStore(file).supportsFileAttributeView("posix")) {
      return;
    }
    Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
    mode.removeAll(AtomicFiles.OWNER_FILE);
    if (!mode.isEmpty()) {
      throw new IllegalStateException("the state key " + file + " is readable by other users;"
          + " run: chmod 600 " + file);
    }
  }
}
