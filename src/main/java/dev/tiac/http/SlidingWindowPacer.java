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
  private static final Duration IN_FLIGHT_POLL = Duration.ofMillis(50);
  private final Map<String, Deque<Slot>> sent = new ConcurrentHashMap<>();

  public SlidingWindowPacer(int limit, Duration window, Clock clock, Sleeper sleeper) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    this.limit = limit;
    this.window = window;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Blocks until one more send for {@code key} fits in the window, then records it as sent now. */
  public Duration acquire(String key) throws InterruptedException {
    Permit permit = take(key);
    permit.settle();
    return permit.waited();
  }

  /**
   * Like {@link #acquire} but the send stays in flight until {@link Permit#settle()}, and then
   * counts from when its answer arrived. The server counts a request when it arrives, after we
   * sent it; counting from the answer keeps our window behind the server's, never ahead of it.
   */
  public Permit take(String key) throws InterruptedException {
    Deque<Slot> times = sent.computeIfAbsent(key, k -> new ArrayDeque<>());
    Duration waited = Duration.ZERO;
    synchronized (times) {
      while (true) {
        Instant now = clock.instant();
        times.removeIf(slot -> !slot.inFlight && !slot.at.plus(window).isAfter(now));
        if (times.size() < limit) {
          Slot slot = new Slot(now);
          times.addLast(slot);
          return new Permit(waited, () -> slot.settle(clock.instant()));
        }
        Duration wait = times.stream().filter(s -> !s.inFlight).map(s -> s.at).min(Instant::compareTo)
            .map(oldest -> Duration.between(now, oldest.plus(window)))
            .orElse(window.compareTo(IN_FLIGHT_POLL) < 0 ? window : IN_FLIGHT_POLL);
        waited = waited.plus(wait);
        sleeper.sleep(wait);
      }
    }
  }

  /** A recorded send: how long it waited, and how to mark its answer's arrival. */
  public record Permit(Duration waited, Runnable settler) {
    public void settle() {
      settler.run();
    }
  }

  private static final class Slot {
    private volatile Instant at;
    private volatile boolean inFlight = true;

    Slot(Instant at) {
      this.at = at;
    }

    void settle(Instant answered) {
      if (answered.isAfter(at)) {
        at = answered;
      }
      inFlight = false;
    }
  }

  public int limit() {
    return limit;
  }
}
