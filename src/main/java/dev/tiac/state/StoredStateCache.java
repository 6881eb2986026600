package dev.tiac.state;

import java.util.Optional;

/**
 * What a backend last read or wrote, trusted only while that backend holds the lock: then nobody
 * else can write, so a save need not re-read the stored state to check lineage and serial. This
 * keeps the per-call saves of an apply down to one write each.
 */
public final class StoredStateCache {
  private boolean locked;
  private boolean valid;
  private Optional<State> stored = Optional.empty();

  /** Wraps a freshly taken lock so the cache is trusted exactly as long as the lock is held. */
  public synchronized StateLock whileHeld(StateLock lock) {
    locked = true;
    valid = false;
    StoredStateCache cache = this;
    return new StateLock() {
      @Override
      public LockInfo info() {
        return lock.info();
      }

      @Override
      public Optional<LockInfo> staleLockReplaced() {
        return lock.staleLockReplaced();
      }

      @Override
      public void close() {
        cache.release();
        lock.close();
      }
    };
  }

  public synchronized void remember(Optional<State> state) {
    stored = state;
    valid = locked;
  }

  public synchronized void forget() {
    valid = false;
  }

  /** The stored state when it is known for certain; empty means "read it". */
  public synchronized Optional<Optional<State>> known() {
    return valid ? Optional.of(stored) : Optional.empty();
  }

  private synchronized void release() {
    locked = false;
    valid = false;
  }
}
