package dev.tiac.apply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Asks a running apply to stop starting changes: the operator pressed Ctrl-C, CI cancelled the
 * job, or the state can no longer be saved. Changes already in flight get {@link #GRACE} to
 * finish so their results are recorded; the first reason given is the one reported.
 */
public final class Halt {
  /** How long changes in flight may take to finish once a halt is asked for. */
  public static final Duration GRACE = Duration.ofSeconds(10);

  private record Request(String reason, Instant at) {}

  private final AtomicReference<Request> request = new AtomicReference<>();
  private final Clock clock;

  public Halt(Clock clock) {
    this.clock = clock;
  }

  public Halt() {
    this(Clock.systemUTC());
  }

  /** Asks for a halt; a later reason does not replace the first. */
  public void request(String reason) {
    request.compareAndSet(null, new Request(reason, clock.instant()));
  }

  public boolean requested() {
    return request.get() != null;
  }

  /** Why the apply stopped, e.g. "interrupted (SIGINT)". */
  public Optional<String> reason() {
    return Optional.ofNullable(request.get()).map(Request::reason);
  }

  /** How much of the grace is left for calls in flight; the full grace while nothing is asked. */
  Duration graceLeft() {
    Request r = request.get();
    if (r == null) {
      return Duration.ofDays(1);
    }
    Duration left = GRACE.minus(Duration.between(r.at(), clock.instant()));
    return left.isNegative() ? Duration.ZERO : left;
  }
}
