package dev.tiac.sandbox.cas;

import dev.tiac.sandbox.http.Filter;
import dev.tiac.sandbox.http.Request;
import dev.tiac.sandbox.http.Response;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * CAS's budget ({@link CasRate}): a sliding window per token (or per tenant); the call over budget gets 429
 * "Maximum allowed requests exceeded", with no Retry-After unless the option asks for one.
 * Refused calls do not count. The neighbour's calls are played lazily, in time order, each time a
 * token's budget is consulted: the same outcome as a background thread, without one, and
 * reproducible under a test clock.
 */
public final class RateLimiter {
  private final CasRate rate;
  private final Clock clock;
  /** The neighbour started a full window before the sandbox, so its share is already spent at start. */
  private final long neighbourOrigin;
  private final Map<String, Budget> budgets = new ConcurrentHashMap<>();
  private final AtomicLong neighbourAdmitted = new AtomicLong();
  private final AtomicLong neighbourRefused = new AtomicLong();

  public RateLimiter(CasRate rate, Clock clock) {
    this.rate = rate;
    this.clock = clock;
    this.neighbourOrigin = clock.millis() - rate.window().toMillis();
  }

  /** One token's recent calls, oldest first, and when the neighbour calls next on it. */
  private static final class Budget {
    final Deque<Long> calls = new ArrayDeque<>();
    long nextNeighbourCall;

    Budget(long next) {
      this.nextNeighbourCall = next;
    }
  }

  /** {@code tokenOf} names the request's token; with {@link CasRate.Scope#TENANT} every token shares one budget. */
  Filter filter(Function<Request, String> tokenOf) {
    return next -> request -> {
      String key = rate.scope() == CasRate.Scope.TENANT ? "tenant" : tokenOf.apply(request);
      Budget b = budgets.computeIfAbsent(key, k -> new Budget(firstNeighbourCall()));
      long retryAfter;
      synchronized (b) {
        long now = clock.millis();
        playNeighbour(b, now);
        prune(b, now);
        if (b.calls.size() < rate.budget()) {
          b.calls.addLast(now);
          return next.handle(request);
        }
        retryAfter = Math.max(1, (b.calls.peekFirst() + rate.window().toMillis() - now + 999) / 1000);
      }
      Response limited = CasErrors.error(429, CasErrors.TOO_MANY);
      return rate.retryAfter() ? limited.withHeader("Retry-After", Long.toString(retryAfter)) : limited;
    };
  }

  /** Calls the neighbour made (and had refused) on every token so far. */
  public long neighbourCalls() {
    return neighbourAdmitted.get();
  }

  public long neighbourRefusals() {
    return neighbourRefused.get();
  }

  private long interval() {
    return Math.max(1, rate.window().toMillis() / rate.neighbourCallsPerWindow());
  }

  /** A token first seen now: the neighbour's calls of the last window on it still count. */
  private long firstNeighbourCall() {
    if (rate.neighbourCallsPerWindow() == 0) {
      return Long.MAX_VALUE;
    }
    long since = Math.max(neighbourOrigin, clock.millis() - rate.window().toMillis());
    long steps = (since - neighbourOrigin + interval() - 1) / interval();
    return neighbourOrigin + steps * interval();
  }

  private void playNeighbour(Budget b, long now) {
    while (b.nextNeighbourCall <= now) {
      long at = b.nextNeighbourCall;
      prune(b, at);
      if (b.calls.size() < rate.budget()) {
        b.calls.addLast(at);
        neighbourAdmitted.incrementAndGet();
      } else {
        neighbourRefused.incrementAndGet();
      }
      b.nextNeighbourCall = at + interval();
    }
  }

  private void prune(Budget b, long now) {
    while (!b.calls.isEmpty() && b.calls.peekFirst() <= now - rate.window().toMillis()) {
      b.calls.pollFirst();
    }
  }
}
