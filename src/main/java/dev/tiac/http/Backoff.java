package dev.tiac.http;

import java.time.Duration;
import java.util.function.LongUnaryOperator;

/**
 * Capped exponential backoff with full jitter: the n-th retry waits a uniform random time in
 * {@code [0, min(max, base * 2^(n-1))]}, which spreads clients that failed together.
 */
public final class Backoff {
  private final Duration base;
  private final Duration max;
  private final LongUnaryOperator uniformBelow;

  /** {@code uniformBelow.applyAsLong(bound)} returns a value in {@code [0, bound]}. */
  public Backoff(Duration base, Duration max, LongUnaryOperator uniformBelow) {
    this.base = base;
    this.max = max;
    this.uniformBelow = uniformBelow;
  }

  public static Backoff jittered(Duration base, Duration max) {
    return new Backoff(base, max,
        bound -> java.util.concurrent.ThreadLocalRandom.current().nextLong(bound + 1));
  }

  public Duration ceiling(int retry) {
    long baseNanos = base.toNanos();
    int shift = Math.min(Math.max(retry - 1, 0), 30);
    long grown = baseNanos > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : baseNanos << shift;
    return Duration.ofNanos(Math.min(grown, max.toNanos()));
  }

  public Duration delay(int retry) {
    return Duration.ofNanos(uniformBelow.applyAsLong(ceiling(retry).toNanos()));
  }
}
