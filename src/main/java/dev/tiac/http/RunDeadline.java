package dev.tiac.http;

import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the whole run must stop (the command's {@code --timeout}). Calls stop a little before it:
 * the last tenth of the limit, at most {@value #RESERVE_SECONDS} s, is kept for ending well. From
 * then on no call is sent and no wait is started, and a call in flight is cut off. The run then
 * ends the way any failed call ends it: state saved, lock released, what was left reported.
 */
public final class RunDeadline {
  /** The most kept back from the calls for saving state, releasing the lock and reporting. */
  static final int RESERVE_SECONDS = 2;
  private static final RunDeadline NONE = new RunDeadline(Optional.empty(), Duration.ZERO, Clock.systemUTC());

  private final Optional<Instant> at;
  private final Duration limit;
  private final Clock clock;

  private RunDeadline(Optional<Instant> at, Duration limit, Clock clock) {
    this.at = at;
    this.limit = limit;
    this.clock = clock;
  }

  /** No deadline: calls are bounded by their own timeouts only. */
  public static RunDeadline none() {
    return NONE;
  }

  /** {@code limit} from now on {@code clock}. */
  public static RunDeadline after(Duration limit, Clock clock) {
    return after(limit, clock, clock.instant());
  }

  /** {@code limit} from {@code start} (when the command began), on {@code clock}. */
  public static RunDeadline after(Duration limit, Clock clock, Instant start) {
    Duration reserve = limit.dividedBy(10);
    if (reserve.compareTo(Duration.ofSeconds(RESERVE_SECONDS)) > 0) {
      reserve = Duration.ofSeconds(RESERVE_SECONDS);
    }
    return new RunDeadline(Optional.of(start.plus(limit).minus(reserve)), limit, clock);
  }

  /** Time left, or empty when there is no deadline; zero once it has passed. */
  public Optional<Duration> remaining() {
    return at.map(a -> {
      Duration left = Duration.between(clock.instant(), a);
      return left.isNegative() ? Duration.ZERO : left;
    });
  }

  public boolean passed() {
    return remaining().map(Duration::isZero).orElse(false);
  }

  /** Throws when nothing more may be sent. */
  public void checkBeforeCall(String what) throws Passed {
    if (passed()) {
      throw new Passed(what + " was not sent: " + describe() + " passed");
    }
  }

  /** Throws when waiting {@code wait} would run past the deadline: better to stop now than to wait for nothing. */
  public void checkBeforeWait(String what, Duration wait) throws Passed {
    Optional<Duration> left = remaining();
    if (left.isPresent() && wait.compareTo(left.get()) >= 0) {
      throw new Passed(what + " was not sent: waiting " + (wait.toMillis() + 999) / 1000 + " s would pass " + describe());
    }
  }

  /** "the run's time limit (--timeout 20s)". */
  public String describe() {
    return "the run's time limit (--timeout " + option(limit) + ")";
  }

  /** The deadline stopped a call before it was sent: nothing was done by it. */
  public static final class Passed extends InterruptedIOException {
    private static final long serialVersionUID = 1L;

    public Passed(String message) {
      super(message);
    }
  }

  /** The limit as it was written on the command line: 30m, 20s, 2h. */
  private static String option(Duration limit) {
    long s = limit.toSeconds();
    if (s > 0 && s % 3600 == 0) {
      return s / 3600 + "h";
    }
    if (s > 0 && s % 60 == 0) {
      return s / 60 + "m";
    }
    return s > 0 ? s + "s" : limit.toMillis() + "ms";
  }
}
