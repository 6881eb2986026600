package dev.tiac.state;

import java.time.Duration;
import java.util.Optional;

/**
 * Where state lives: the local file or a remote backend. Both keep the same promises, checked by
 * one conformance suite: reads return immutable snapshots, a write of another lineage or of an
 * older serial is refused, and one lock at a time.
 */
public interface StateBackend {
  /** The stored state, or empty when none was ever written. */
  Optional<State> read();

  /**
   * Stores a snapshot. A snapshot equal to the stored one is not written again. Refused with
   * {@link StateConflictException} when the stored state has another lineage, a higher serial, or
   * the same serial with different content.
   */
  void write(State state);

  /**
   * Stores a snapshot without the lineage and serial checks of {@link #write}: only for {@code
   * tiac state push --force}, by someone who has decided the stored state is wrong. The caller
   * holds the lock.
   */
  void overwrite(State state);

  /**
   * Takes the lock, waiting up to {@code timeout} (zero: one attempt) while someone else holds it.
   *
   * @throws StateLockedException naming the holder when the lock could not be had in time
   */
  StateLock lock(LockRequest request, Duration timeout);

  /**
   * Breaks a lock left by a run that died, only if its ID is {@code id}.
   *
   * @throws StateLockedException when the current lock has another ID or belongs to a live process
   */
  void forceUnlock(String id);

  /** Where the state lives, for messages: a path or a URL without credentials. */
  String location();
}
