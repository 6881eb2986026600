package dev.tiac.sandbox.cas;

import java.time.Duration;

/**
 * CAS's documented budget and how the sandbox plays it: {@code budget} calls per sliding
 * {@code window} per token; {@code retryAfter} adds a Retry-After header to the 429 (the real
 * service sends none); {@code neighbourCallsPerWindow} is another integration on the same tenant
 * spending that many calls of every token's budget in each window (a minute, as documented), evenly
 * spread, since before the sandbox started. A test that shortens the window shortens the neighbour's
 * period with it, so "15 of the 20" holds at any speed.
 */
public record CasRate(int budget, Duration window, boolean retryAfter, int neighbourCallsPerWindow, Scope scope) {
  /** As documented: 20 calls in any 60 seconds, no Retry-After, nobody else on the tenant, per token. */
  public static final CasRate DOCUMENTED = new CasRate(20, Duration.ofMinutes(1), false, 0, Scope.TOKEN);

  /**
   * Whose calls share one budget. The documentation does not say: per token is assumed, per tenant
   * (every token of the tenant together) is the other reading a real service may have.
   */
  public enum Scope { TOKEN, TENANT }

  public CasRate {
    if (budget < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("the CAS rate needs a budget of at least 1 and a positive window");
    }
    if (neighbourCallsPerWindow < 0 || neighbourCallsPerWindow > 60_000) {
      throw new IllegalArgumentException("neighbour calls per window must be 0 to 60000, got " + neighbourCallsPerWindow);
    }
  }

  public CasRate withBudget(int b, Duration w) {
    return new CasRate(b, w, retryAfter, neighbourCallsPerWindow, scope);
  }

  public CasRate withRetryAfter(boolean on) {
    return new CasRate(budget, window, on, neighbourCallsPerWindow, scope);
  }

  public CasRate withNeighbour(int callsPerWindow) {
    return new CasRate(budget, window, retryAfter, callsPerWindow, scope);
  }

  public CasRate withScope(Scope s) {
    return new CasRate(budget, window, retryAfter, neighbourCallsPerWindow, s);
  }
}
