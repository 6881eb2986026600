package dev.tiac.sandbox.cas;

import dev.tiac.sandbox.http.Filter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import dev.tiac.sandbox.http.Request;

/**
 * CAS's budget: {@code budget} requests per sliding {@code window} per token; the next one gets 429
 * "Maximum allowed requests exceeded" until the oldest leaves the window. Refused calls do not count.
 */
public final class RateLimiter {
  private final int budget;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Long>> calls = new ConcurrentHashMap<>();

  public RateLimiter(int budget, Duration window, Clock clock) {
    this.budget = budget;
    this.window = window;
    this.clock = clock;
  }

  Filter filter(Function<Request, String> keyOf) {
    return next -> request -> {
      long now = clock.millis();
      Deque<Long> times = calls.computeIfAbsent(keyOf.apply(request), k -> new ArrayDeque<>());
      long retryAfter;
      synchronized (times) {
        while (!times.isEmpty() && times.peekFirst() <= now - window.toMillis()) {
          times.pollFirst();
        }
        if (times.size() < budget) {
          times.addLast(now);
          return next.handle(request);
        }
        retryAfter = Math.max(1, (times.peekFirst() + window.toMillis() - now + 999) / 1000);
      }
      return CasErrors.error(429, CasErrors.TOO_MANY).withHeader("Retry-After", Long.toString(retryAfter));
    };
  }
}
