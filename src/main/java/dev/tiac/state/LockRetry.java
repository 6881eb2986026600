package dev.tiac.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * {@code --lock-timeout}: retries a lock attempt that failed because someone holds the lock,
 * backing off 1s, 2s, then every 4s until the deadline, each pause shortened by a random part of
 * up to half. Without that jitter runs queued together poll in step and all but one lose every
 * round: twenty queued applies took one full pause each (with Terraform's 16 s cap, five minutes
 * for a few seconds of work). Any other failure ends the wait at once.
 */
public final class LockRetry {
  static final Duration FIRST_DELAY = Duration.ofSeconds(1);
  static final Duration MAX_DELAY = Duration.ofSeconds(4);

  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier random;

  public LockRetry(Clock clock, Sleeper sleeper) {
    this(clock, sleeper, () -> ThreadLocalRandom.current().nextDouble());
  }

  /** @param random values in [0, 1): how much of each pause's jitter range to take off */
  LockRetry(Clock clock, Sleeper sleeper, DoubleSupplier random) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.random = random;
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
        Duration jittered = delay.minusMillis((long) (delay.toMillis() / 2.0 * random.getAsDouble()));
        pause(jittered.compareTo(left) < 0 ? jittered : left, held);
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
