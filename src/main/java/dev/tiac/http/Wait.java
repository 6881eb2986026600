package dev.tiac.http;

import java.time.Duration;
import java.util.Objects;

/**
 * One wait the HTTP stack is about to make, and why.
 *
 * @param service the service the wait is for, as people know it ("Cloud App Security")
 * @param length how long the wait will be
 * @param reason why the stack waits instead of sending
 * @param detail what a person needs to make sense of it, e.g. the HTTP status; may be empty
 */
public record Wait(String service, Duration length, Reason reason, String detail) {
  /** Waits up to this long pass without a word; anything longer is shown as it starts. */
  public static final Duration NOTICEABLE = Duration.ofSeconds(1);

  /** Why a call waits. */
  public enum Reason {
    /** The service refused a call without saying when to come back, and not because of us alone. */
    SHARED_RATE_LIMIT,
    /** Our own pacing: the calls of the last window used this token's budget. */
    RATE_LIMIT,
    /** The service said when to come back (Retry-After). */
    SERVER_ASKED,
    /** A temporary failure (HTTP 500/503, a dropped connection) is retried after a backoff. */
    RETRY,
    /** The service is still working on something we asked for (an Endpoint Sensor search) and is asked again later. */
    RESULT_PENDING
  }

  public Wait {
    Objects.requireNonNull(service);
    Objects.requireNonNull(length);
    Objects.requireNonNull(reason);
    Objects.requireNonNull(detail);
  }

  public boolean noticeable() {
    return length.compareTo(NOTICEABLE) > 0;
  }

  /** The line people read, in whole seconds (rounded up: a wait is never shorter than said). */
  public String describe() {
    long seconds = (length.toMillis() + 999) / 1000;
    String why = switch (reason) {
      case SHARED_RATE_LIMIT -> "for the rate limit (another client is using this token's budget)";
      case RATE_LIMIT -> "for the rate limit" + (detail.isEmpty() ? "" : " (" + detail + ")");
      case SERVER_ASKED -> "as the service asked" + (detail.isEmpty() ? "" : " (" + detail + ")");
      case RETRY -> "before trying again" + (detail.isEmpty() ? "" : " after " + detail);
      case RESULT_PENDING -> "for the results" + (detail.isEmpty() ? "" : " of " + detail);
    };
    return service + ": waiting " + seconds + " s " + why;
  }
}
