package dev.tiac.sandbox.http;

import java.time.Duration;

/**
 * Injected faults: a fixed latency on every request, and at {@code rate} (0..1) one of 500, 503,
 * a connection reset or an extra 429, drawn from a generator seeded with {@code seed}.
 */
public record Faults(Duration latency, double rate, long seed) {
  public static final Faults NONE = new Faults(Duration.ZERO, 0, 1);

  public Faults {
    if (rate < 0 || rate > 1) {
      throw new IllegalArgumentException("fault rate must be between 0 and 1, got " + rate);
    }
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative");
    }
  }
}
