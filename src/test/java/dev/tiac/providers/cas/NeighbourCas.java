package dev.tiac.providers.cas;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Cloud App Security's rate limit as documented, shared with a neighbour: more than 20 requests in
 * the past minute are refused with 429, the documented body and no Retry-After, and another
 * integration on the same token spends {@code neighbourPerMinute} of them at an even pace (it was
 * already running before the client started). Time is the given clock's, so a test can run hours
 * of pacing in a moment. Records what a judge of the client needs: refusals, and calls that
 * arrived while the window was already full after the first refusal.
 */
public final class NeighbourCas extends Dispatcher {
  static final int LIMIT = 20;
  static final Duration WINDOW = Duration.ofMinutes(1);

  private final Clock clock;
  private final Instant neighbourStart;
  private final Duration neighbourEvery;
  private final List<Instant> ours = new ArrayList<>();
  private final AtomicInteger served = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicInteger intoFullWindow = new AtomicInteger();
  private volatile Instant firstRefusal;

  public NeighbourCas(Clock clock, int neighbourPerMinute) {
    this.clock = clock;
    this.neighbourEvery = WINDOW.dividedBy(neighbourPerMinute);
    // Already at its pace when we start: its last minute is full of its calls.
    this.neighbourStart = clock.instant().minus(WINDOW).plus(neighbourEvery);
  }

  @Override
  public synchronized MockResponse dispatch(RecordedRequest request) {
    Instant now = clock.instant();
    Instant from = now.minus(WINDOW);
    ours.removeIf(t -> !t.isAfter(from));
    int inWindow = ours.size() + neighbour(from, now);
    if (inWindow >= LIMIT) {
      if (firstRefusal == null) {
        firstRefusal = now;
      } else {
        intoFullWindow.incrementAndGet();
      }
      refused.incrementAndGet();
      return new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json")
          .body("{\"code\":429,\"traceId\":\"t-" + refused.get() + "\",\"msg\":\"Maximum allowed requests exceeded\"}").build();
    }
    ours.add(now);
    served.incrementAndGet();
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body("{\"current_link\":\"\",\"next_link\":\"\",\"traceId\":\"t\",\"value\":[]}").build();
  }

  /** The neighbour's calls in {@code (from, to]}: one every {@code neighbourEvery} since it started. */
  private int neighbour(Instant from, Instant to) {
    long every = neighbourEvery.toNanos();
    long last = Math.floorDiv(Duration.between(neighbourStart, to).toNanos(), every);
    long firstAfter = Math.floorDiv(Duration.between(neighbourStart, from).toNanos(), every) + 1;
    return (int) Math.max(0, last - Math.max(0, firstAfter) + 1);
  }

  public int served() {
    return served.get();
  }

  public int refused() {
    return refused.get();
  }

  /** Calls that reached a full window after the first 429: each one a call the client should have held. */
  public int intoFullWindowAfterFirstRefusal() {
    return intoFullWindow.get();
  }
}
