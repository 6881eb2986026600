package dev.tiac.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.LongUnaryOperator;

/**
 * Holds each key (one API token) to at most {@code limit} sends in any {@code window}, the way
 * CAS counts ("more than 20 requests in the past minute"), so we wait on our side instead of
 * collecting 429s.
 *
 * <p>The documented limit may not be all ours: CAS does not say whether it counts per token or per
 * tenant, and another integration (a SOAR, the Apex One as a Service token) may spend part of it.
 * A 429 that arrives while fewer than {@code limit} of our own calls are in the window says so.
 * The pacer then learns that our share is the number of our calls the window held, keeps to it for
 * the rest of the run, and holds every call until the window has room again, as documented: the
 * oldest call in the window plus the window, with jitter so clients sharing a token do not return
 * together.
 */
public final class SlidingWindowPacer {
  private static final Duration IN_FLIGHT_POLL = Duration.ofMillis(50);
  /** Jitter added to a rate-limit pause, so clients that were refused together come back apart. */
  static final Duration MAX_JITTER = Duration.ofSeconds(1);

  private final String service;
  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Sleeper sleeper;
  private final WaitListener listener;
  private final RunDeadline deadline;
  private final LongUnaryOperator uniformBelow;
  private final Map<String, Budget> budgets = new ConcurrentHashMap<>();

  public SlidingWindowPacer(int limit, Duration window, Clock clock, Sleeper sleeper) {
    this("the service", limit, window, clock, sleeper, WaitListener.NONE, RunDeadline.none(),
        bound -> java.util.concurrent.ThreadLocalRandom.current().nextLong(bound + 1));
  }

  /**
   * @param service who the budget is with, for wait notices ("Cloud App Security")
   * @param uniformBelow {@code applyAsLong(bound)} returns a value in {@code [0, bound]} (jitter)
   */
  public SlidingWindowPacer(String service, int limit, Duration window, Clock clock, Sleeper sleeper,
      WaitListener listener, RunDeadline deadline, LongUnaryOperator uniformBelow) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    this.service = service;
    this.limit = limit;
    this.window = window;
    this.clock = clock;
    this.sleeper = sleeper;
    this.listener = listener;
    this.deadline = deadline;
    this.uniformBelow = uniformBelow;
  }

  /** Blocks until one more send for {@code key} fits in the window, then records it as sent now. */
  public Duration acquire(String key) throws InterruptedException, RunDeadline.Passed {
    Permit permit = take(key);
    permit.settle();
    return permit.waited();
  }

  /**
   * Like {@link #acquire} but the send stays in flight until {@link Permit#settle()}, and then
   * counts from when its answer arrived. The server counts a request when it arrives, after we
   * sent it; counting from the answer keeps our window behind the server's, never ahead of it.
   */
  public Permit take(String key) throws InterruptedException, RunDeadline.Passed {
    Budget budget = budgets.computeIfAbsent(key, k -> new Budget(limit));
    Duration waited = Duration.ZERO;
    // One taker at a time per key, so waiting callers queue in order; refusals and settling do
    // not need this lock, so they are never held up by a sleeping taker.
    synchronized (budget.turn) {
      while (true) {
        Instant now = clock.instant();
        budget.sent.removeIf(slot -> !slot.inFlight && !slot.at.plus(window).isAfter(now));
        boolean paused = now.isBefore(budget.pausedUntil);
        if (!paused && budget.sent.size() < budget.allowed) {
          Slot slot = new Slot(now);
          budget.sent.addLast(slot);
          return new Permit(waited, budget, slot);
        }
        Duration wait = paused ? Duration.between(now, budget.pausedUntil) : untilRoom(budget, now);
        deadline.checkBeforeWait(service + " call", wait);
        announce(budget, now, wait);
        waited = waited.plus(wait);
        sleeper.sleep(wait);
      }
    }
  }

  /**
   * The service refused {@code permit}'s call with 429. The refused call is not counted (it was
   * not served); when fewer than {@code limit} of ours are in the window, the rest is someone
   * else's and our share is what we had. Unless the service said when to return
   * ({@code serverSaidWhen}), every call for the key is held until the documented reopening.
   *
   * @return whether the refusal shows another client on the same budget
   */
  public boolean refused(Permit permit, boolean serverSaidWhen) {
    Budget budget = permit.budget;
    Instant now = clock.instant();
    budget.sent.remove(permit.slot);
    permit.slot.inFlight = false;
    int ours = (int) budget.sent.stream().filter(s -> s.inFlight || s.at.plus(window).isAfter(now)).count();
    boolean shared = ours < limit;
    synchronized (budget) {
      if (shared) {
        budget.allowed = Math.max(1, Math.min(budget.allowed, ours));
        budget.shared = true;
      }
      if (!serverSaidWhen) {
        Instant oldest = budget.sent.stream().map(s -> s.at).min(Instant::compareTo).orElse(now);
        Instant reopens = oldest.plus(window).plus(Duration.ofMillis(uniformBelow.applyAsLong(MAX_JITTER.toMillis())));
        if (reopens.isAfter(budget.pausedUntil)) {
          budget.pausedUntil = reopens;
        }
      }
    }
    return shared;
  }

  /** Sends {@code key} may make per window now: the documented limit, or the share learned from 429s. */
  public int allowed(String key) {
    Budget budget = budgets.get(key);
    return budget == null ? limit : budget.allowed;
  }

  private Duration untilRoom(Budget budget, Instant now) {
    return budget.sent.stream().filter(s -> !s.inFlight).map(s -> s.at).min(Instant::compareTo)
        .map(oldest -> Duration.between(now, oldest.plus(window)))
        .orElse(window.compareTo(IN_FLIGHT_POLL) < 0 ? window : IN_FLIGHT_POLL);
  }

  /** One notice per stretch of waiting, however many callers are queued behind it. */
  private void announce(Budget budget, Instant now, Duration wait) {
    Instant until = now.plus(wait);
    if (!until.isAfter(budget.announcedUntil.plus(Wait.NOTICEABLE))) {
      return;
    }
    budget.announcedUntil = until;
    listener.waiting(new Wait(service, wait, budget.shared ? Wait.Reason.SHARED_RATE_LIMIT : Wait.Reason.RATE_LIMIT,
        budget.allowed + " calls a minute" + (budget.allowed < limit ? ", our share of " + limit : "")));
  }

  /** A recorded send: how long it waited, and how to mark its answer's arrival. */
  public static final class Permit {
    private final Duration waited;
    private final Budget budget;
    private final Slot slot;

    Permit(Duration waited, Budget budget, Slot slot) {
      this.waited = waited;
      this.budget = budget;
      this.slot = slot;
    }

    public Duration waited() {
      return waited;
    }

    /** The answer arrived now; the send counts from here. */
    public void settle() {
      slot.settle(budget.clock());
    }
  }

  /** One key's window: its sends, its learned share, and the pause after a refusal. */
  private final class Budget {
    final Object turn = new Object();
    final Deque<Slot> sent = new ConcurrentLinkedDeque<>();
    volatile int allowed;
    volatile boolean shared;
    volatile Instant pausedUntil = Instant.MIN;
    volatile Instant announcedUntil = Instant.MIN;

    Budget(int allowed) {
      this.allowed = allowed;
    }

    Instant clock() {
      return clock.instant();
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

  /** "the rate limit": the window in seconds, for messages. */
  public Duration window() {
    return window;
  }
}
