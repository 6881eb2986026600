package dev.tiac.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OS lock on {@code state.lock} plus a lock-info side file. The OS drops the lock when the
 * process dies, so a crash never leaves a stale local lock. Locks held in this JVM are also kept
 * in a registry, checked before any channel is opened: on POSIX, closing any descriptor of a file
 * drops every lock the process holds on it, so a second thread must never open the lock file.
 */
final class LocalFileLock implements StateLock {
  private static final ConcurrentHashMap<Path, LocalFileLock> HELD = new ConcurrentHashMap<>();

  private final Path lockFile;
  private final Path infoFile;
  private final LockInfo info;
  private Optional<LockInfo> staleReplaced = Optional.empty();
  private FileChannel channel;
  private FileLock osLock;
  private volatile boolean acquired;
  private boolean closed;

  private LocalFileLock(Path lockFile, Path infoFile, LockInfo info) {
    this.lockFile = lockFile;
    this.infoFile = infoFile;
    this.info = info;
  }

  /** One attempt; empty when another thread or process holds the lock. */
  static Optional<LocalFileLock> tryAcquire(Path lockFile, Path infoFile, LockInfo info)
      throws IOException {
    LocalFileLock lock = new LocalFileLock(lockFile, infoFile, info);
    if (HELD.putIfAbsent(lockFile, lock) != null) {
      return Optional.empty();
    }
    try {
      if (!lock.acquireOsLock()) {
        HELD.remove(lockFile, lock);
        return Optional.empty();
      }
      lock.staleReplaced = readInfo(infoFile);
      AtomicFiles.replace(infoFile, info.toJson());
      lock.acquired = true;
      return Optional.of(lock);
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Whoever in this JVM holds or is taking the lock on that file. */
  static Optional<LockInfo> claimedHere(Path lockFile) {
    return Optional.ofNullable(HELD.get(lockFile)).map(LocalFileLock::info);
  }

  /** The lock held by this JVM on that file, if any. */
  static Optional<LocalFileLock> heldHere(Path lockFile) {
    return Optional.ofNullable(HELD.get(lockFile)).filter(lock -> lock.acquired);
  }

  static Optional<LockInfo> readInfo(Path infoFile) {
    try {
      return Optional.of(LockInfo.parse(Files.readAllBytes(infoFile)));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private boolean acquireOsLock() throws IOException {
    channel = FileChannel.open(lockFile,
        Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
        AtomicFiles.attributes(AtomicFiles.OWNER_FILE));
    osLock = channel.tryLock();
    if (osLock == null) {
      channel.close();
      channel = null;
      return false;
    }
    return true;
  }

  @Override
  public LockInfo info() {
    return info;
  }

  @Override
  public Optional<LockInfo> staleLockReplaced() {
    return staleReplaced;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      // Info first: once the OS lock is gone a new holder may already be writing its own info.
      if (osLock != null) {
        Files.deleteIfExists(infoFile);
      }
      if (channel != null) {
        channel.close(); // releases the OS lock
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release the state lock " + lockFile, e);
    } finally {
      HELD.remove(lockFile, this);
    }
  }
}
