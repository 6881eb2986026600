package dev.tiac.sandbox.cas;

import java.time.Duration;

/**
 * CAS's documented budget and how the sandbox plays it: {@code budget} calls per sliding
 * {@code window} per token; {@code retryAfter} adds a Retry-After header to the 429 (the real
 * service sends none); {@code neighbourCallsPerMinute} is another integration on the same tenant
 * spending that many calls of every token's budget, evenly spread, since before the sandbox started.
 */
public record CasRate(int budget, Duration window, boolean retryAfter, int neighbourCallsPerMinute) {
  /** As documented: 20 calls in any 60 seconds, no Retry-After, nobody else on the tenant. */
  public static final CasRate DOCUMENTED = new CasRate(20, Duration.ofMinutes(1), false, 0);

  public CasRate {
    if (budget < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("the CAS rate needs a budget of at least 1 and a positive window");
    }
    if (neighbourCallsPerMinute < 0 || neighbourCallsPerMinute > 60_000) {
      throw new IllegalArgumentException("neighbour calls per minute must be 0 to 60000, got " + neighbourCallsPerMinute);
    }
  }

  public CasRate withBudget(int b, Duration w) {
    return new CasRate(b, w, retryAfter, neighbourCallsPerMinute);
  }

  public CasRate withRetryAfter(boolean on) {
    return new CasRate(budget, window, on, neighbourCallsPerMinute);
  }

  public CasRate withNeighbour(int callsPerMinute) {
    return new CasRate(budget, window, retryAfter, callsPerMinute);
  }
}
