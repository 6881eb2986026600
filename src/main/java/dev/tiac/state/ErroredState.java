package dev.tiac.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code state.errored.json}: the last resort when a save fails mid-apply (Terraform's
 * errored.tfstate). Its presence blocks new sessions until it is pushed back, because applying
 * again from the older stored state would fork the state.
 */
public final class ErroredState {
  public static final String FILE = "state.errored.json";

  private final Path file;

  public ErroredState(Path dir) {
    this.file = dir.toAbsolutePath().normalize().resolve(FILE);
  }

  public Path file() {
    return file;
  }

  public boolean exists() {
    return Files.exists(file);
  }

  /** Writes the unsaved state (0600, atomically); the caller reports the outcome either way. */
  void save(byte[] state) throws IOException {
    AtomicFiles.ensureDirectory(file.getParent());
    AtomicFiles.replace(file, state);
  }

  void discard() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + file + ": " + e.getMessage(), e);
    }
  }

  public Optional<State> read() {
    try {
      return Optional.of(StateCodec.decode(Files.readAllBytes(file), file.toString()));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Pushes the errored state to the backend under the lock, then removes the file. The checks of
   * {@link StatePush} apply, so an errored state older than the stored one is refused.
   */
  public StatePush.Result push(StateBackend backend, LockRequest request, Duration lockTimeout) {
    State errored = read().orElseThrow(() -> new IllegalStateException("there is no " + file + " to push"));
    StatePush.Result result = StatePush.push(backend, errored, file.toString(), false, request, lockTimeout);
    discard();
    return result;
  }

  /** Removes the file after it was pushed by other means (e.g. {@code --force}). */
  public void pushed() {
    discard();
  }

  String refusal() {
    return "found " + file + " from an apply whose state could not be saved. Running again now"
        + " would work from an older state and could duplicate objects. Fix the cause of the failed"
        + " save, then push it back with `tiac state push` (same --state-dir and backend options as"
        + " the apply) before running tiac again; `tiac state show " + file + "` shows what it holds.";
  }
}
