package dev.tiac.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * {@code --lock-timeout}: retries a lock attempt that failed because someone holds the lock,
 * backing off 1s, 2s, 4s … capped at 16s, until the deadline (Terraform's LockWithContext).
 * Any other failure ends the wait at once.
 */
public final class LockRetry {
  static final Duration FIRST_DELAY = Duration.ofSeconds(1);
  static final Duration MAX_DELAY = Duration.ofSeconds(16);

  private final Clock clock;
  private final Sleeper sleeper;

  public LockRetry(Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
  }

  public StateLock acquire(Supplier<StateLock> attempt, Duration timeout) {
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("lock timeout must not be negative: " + timeout);
    }
    Instant deadline = clock.instant().plus(timeout);
    Duration delay = FIRST_DELAY;
    while (true) {
      try {
        return attempt.get();
      } catch (StateLockedException held) {
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.isNegative() || left.isZero()) {
          throw held;
        }
        pause(delay.compareTo(left) < 0 ? delay : left, held);
        delay = delay.multipliedBy(2).compareTo(MAX_DELAY) < 0 ? delay.multipliedBy(2) : MAX_DELAY;
      }
    }
  }

  private void pause(Duration duration, StateLockedException held) {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw held;
    }
  }
}
