package dev.tiac.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** A local backend whose disk can be made full: every write fails with ENOSPC's message. */
public final class FillableDisk implements StateBackend {
  public final LocalStateBackend real;
  public volatile boolean full;

  public FillableDisk(Path dir) {
    real = new LocalStateBackend(dir);
  }

  @Override
  public Optional<State> read() {
    return real.read();
  }

  @Override
  public void write(State state) {
    if (full) {
      throw new UncheckedIOException(new IOException("No space left on device"));
    }
    real.write(state);
  }

  @Override
  public void overwrite(State state) {
    if (full) {
      throw new UncheckedIOException(new IOException("No space left on device"));
    }
    real.overwrite(state);
  }

  @Override
  public StateLock lock(LockRequest request, Duration timeout) {
    return real.lock(request, timeout);
  }

  @Override
  public void forceUnlock(String id) {
    real.forceUnlock(id);
  }

  @Override
  public String location() {
    return real.location();
  }
}
