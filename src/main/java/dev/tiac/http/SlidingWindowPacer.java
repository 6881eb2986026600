package dev.tiac.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds each key (one API token) to at most {@code limit} sends in any {@code window}, the way
 * CAS counts ("more than 20 requests in the past minute"), so we wait on our side instead of
 * collecting 429s.
 */
public final class SlidingWindowPacer {
  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Map<String, Deque<Instant>> sent = new ConcurrentHashMap<>();

  public SlidingWindowPacer(int limit, Duration window, Clock clock, Sleeper sleeper) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    this.limit = limit;
    this.window = window;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Blocks until one more send for {@code key} fits in the window, then records it. */
  public Duration acquire(String key) throws InterruptedException {
    Deque<Instant> times = sent.computeIfAbsent(key, k -> new ArrayDeque<>());
    Duration waited = Duration.ZERO;
    synchronized (times) {
      while (true) {
        Instant now = clock.instant();
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
          times.pollFirst();
        }
        if (times.size() < limit) {
          times.addLast(now);
          return waited;
        }
        Duration wait = Duration.between(now, times.peekFirst().plus(window));
        waited = waited.plus(wait);
        sleeper.sleep(wait);
      }
    }
  }

  public int limit() {
    return limit;
  }
}
