package dev.tiac.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * State in a local directory, normally {@code .tiac/}: {@code state.json} (0600, replaced
 * atomically), {@code state.lock} (OS lock) and {@code state.lock.info} (who holds it, 0600).
 */
public final class LocalStateBackend implements StateBackend {
  public static final String STATE_FILE = "state.json";
  public static final String LOCK_FILE = "state.lock";
  public static final String LOCK_INFO_FILE = "state.lock.info";

  private final Path dir;
  private final Path stateFile;
  private final Path lockFile;
  private final Path infoFile;
  private final Clock clock;
  private final LockRetry retry;
  private final StoredStateCache cache = new StoredStateCache();
  private final StateEncoder encoder = new StateEncoder();

  public LocalStateBackend(Path dir) {
    this(dir, Clock.systemUTC(), Sleeper.SYSTEM);
  }

  public LocalStateBackend(Path dir, Clock clock, Sleeper sleeper) {
    this.dir = dir.toAbsolutePath().normalize();
    this.stateFile = this.dir.resolve(STATE_FILE);
    this.lockFile = this.dir.resolve(LOCK_FILE);
    this.infoFile = this.dir.resolve(LOCK_INFO_FILE);
    this.clock = clock;
    this.retry = new LockRetry(clock, sleeper);
  }

  public Path stateFile() {
    return stateFile;
  }

  @Override
  public String location() {
    return stateFile.toString();
  }

  @Override
  public Optional<State> read() {
    Optional<State> stored = readFile();
    cache.remember(stored);
    return stored;
  }

  @Override
  public void write(State state) {
    Optional<State> stored = cache.known().orElseGet(this::readFile);
    if (WriteRules.needsWrite(stored, state, location())) {
      overwrite(state);
    }
  }

  @Override
  public void overwrite(State state) {
    try {
      AtomicFiles.ensureDirectory(dir);
      AtomicFiles.replace(stateFile, encoder.encode(state));
    } catch (IOException e) {
      cache.forget(); // the file may or may not have been replaced
      throw new UncheckedIOException("cannot save state to " + stateFile + ": " + e.getMessage(), e);
    }
    cache.remember(Optional.of(state));
  }

  @Override
  public StateLock lock(LockRequest request, Duration timeout) {
    return retry.acquire(() -> tryLock(request), timeout);
  }

  private StateLock tryLock(LockRequest request) {
    try {
      AtomicFiles.ensureDirectory(dir);
      LockInfo info = LockInfo.forThisProcess(request, location(), clock);
      Optional<LocalFileLock> lock = LocalFileLock.tryAcquire(lockFile, infoFile, info);
      if (lock.isEmpty()) {
        throw new StateLockedException(location(), currentHolder());
      }
      AtomicFiles.deleteStaleTemps(dir, STATE_FILE);
      return cache.whileHeld(lock.get());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock state in " + dir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void forceUnlock(String id) {
    Optional<LocalFileLock> here = LocalFileLock.heldHere(lockFile);
    if (here.isPresent()) {
      refuseUnlessSameId(id, here.get().info());
      here.get().close();
      return;
    }
    Optional<LockInfo> recorded = LocalFileLock.readInfo(infoFile);
    if (Files.notExists(lockFile) || recorded.isEmpty()) {
      throw new UnlockRefusedException("the state at " + location() + " is not locked.");
    }
    // Checked before the lock is touched: a wrong ID must leave the lock and its info as they are.
    refuseUnlessSameId(id, recorded.get());
    LockInfo probe = LockInfo.forThisProcess(new LockRequest("force-unlock", "n/a"), location(), clock);
    Optional<LocalFileLock> mine;
    try {
      mine = LocalFileLock.tryAcquire(lockFile, infoFile, probe);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot inspect the state lock in " + dir, e);
    }
    if (mine.isEmpty()) {
      throw new UnlockRefusedException("the lock on " + location() + " belongs to a running process: "
          + currentHolder().map(LockInfo::describe).orElse("holder unknown")
          + ". A local lock is released by the OS when its holder exits; stop that process instead.");
    }
    mine.get().close(); // removes the stale info with the probe's
  }

  private void refuseUnlessSameId(String id, LockInfo holder) {
    if (!holder.id().equals(id)) {
      throw new UnlockRefusedException("lock ID " + id + " does not match the lock on " + location()
          + ", which is held by " + holder.describe() + ". Nothing was unlocked.");
    }
  }

  // The holder writes its info just after taking the OS lock; give it a moment to appear.
  private Optional<LockInfo> currentHolder() {
    Optional<LockInfo> inThisJvm = LocalFileLock.claimedHere(lockFile);
    if (inThisJvm.isPresent()) {
      return inThisJvm;
    }
    for (int attempt = 0; attempt < 20; attempt++) {
      Optional<LockInfo> info = LocalFileLock.readInfo(infoFile);
      if (info.isPresent()) {
        return info;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return Optional.empty();
  }

  private Optional<State> readFile() {
    try {
      return Optional.of(StateCodec.decode(Files.readAllBytes(stateFile), stateFile.toString()));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read state from " + stateFile + ": " + e.getMessage(), e);
    }
  }
}
