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
  /** Where a key made for the first state goes once that state is about to be written. */
  private final Optional<Path> unsavedFile;

  private StateKey(byte[] key, String source) {
    this(key, source, Optional.empty());
  }

  private StateKey(byte[] key, String source, Optional<Path> unsavedFile) {
    if (key.length < LENGTH) {
      throw new IllegalArgumentException("the state key from " + source + " is " + key.length
          + " bytes long; it needs at least " + LENGTH + " random bytes, base64-encoded");
    }
    this.key = key.clone();
    this.source = source;
    this.unsavedFile = unsavedFile;
    this.id = "k1:" + HexFormat.of().formatHex(Hmac.sign(key, "tiac state key id v1"), 0, 8);
  }

  /** The key from the environment if set, else the key file in {@code dir}, created if missing. */
  public static StateKey load(Path dir, Map<String, String> environment) {
    StateKey key = load(dir, environment, Optional.empty());
    key.keep();
    return key;
  }

  /**
   * The key from the environment if set, else the key file in {@code dir}. A missing file is made
   * only for a first state: when {@code stored} holds fingerprints under a key id, a new key would
   * report every secret as changed, so the run is refused instead. Without a stored state the key
   * is made in memory and written by {@link #keep()} when an apply starts the first state, so
   * plan and drift never leave a key behind.
   *
   * @throws StateKeyMissingException when the stored state names a key that is nowhere to be found
   */
  public static StateKey load(Path dir, Map<String, String> environment, Optional<State> stored) {
    Optional<String> fromEnv = Optional.ofNullable(environment.get(ENV_VARIABLE)).filter(v -> !v.isBlank());
    if (fromEnv.isPresent()) {
      return decode(fromEnv.get(), "environment variable " + ENV_VARIABLE);
    }
    Path file = dir.toAbsolutePath().resolve(KEY_FILE);
    try {
      if (!Files.exists(file)) {
        Optional<String> named = stored.flatMap(State::keyId);
        if (named.isPresent()) {
          throw new StateKeyMissingException(named.get(), file);
        }
        byte[] bytes = new byte[LENGTH];
        new SecureRandom().nextBytes(bytes);
        return new StateKey(bytes, file + " (new, not yet written)", Optional.of(file));
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

  /**
   * Writes a key made for the first state to its file (0600). Does nothing for a key that was
   * read. Refused when another run wrote a key in the meantime: fingerprints under two keys would
   * never match.
   */
  public void keep() {
    if (unsavedFile.isEmpty() || Files.exists(unsavedFile.get())) {
      if (unsavedFile.isPresent() && !readBack(unsavedFile.get()).equals(Optional.of(id))) {
        throw new IllegalStateException("another run created the state key " + unsavedFile.get()
            + " while this one started; run the command again");
      }
      return;
    }
    try {
      create(unsavedFile.get(), key);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the state key " + unsavedFile.get() + ": " + e.getMessage(), e);
    }
    keep();
  }

  private static Optional<String> readBack(Path file) {
    try {
      return Optional.of(decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString()).id());
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
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
  private static void create(Path file, byte[] key) throws IOException {
    AtomicFiles.ensureDirectory(file.getParent());
    byte[] bytes = key.clone();
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
