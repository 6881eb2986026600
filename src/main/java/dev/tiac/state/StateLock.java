package dev.tiac.state;

import java.util.Optional;

/** A held state lock; closing it releases the lock (closing twice is harmless). */
public interface StateLock extends AutoCloseable {
  /** The details other runs see while this lock is held, including the ID force-unlock needs. */
  LockInfo info();

  /**
   * Lock details left behind by a run that died holding the lock, replaced when this lock was
   * taken; worth telling the operator, because that run may have stopped half way.
   */
  default Optional<LockInfo> staleLockReplaced() {
    return Optional.empty();
  }

  @Override
  void close();
}
