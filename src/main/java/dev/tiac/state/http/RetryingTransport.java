package dev.tiac.state.http;

import dev.tiac.http.Backoff;
import dev.tiac.state.Sleeper;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Retries the backend calls that may be repeated: reads, unlocks and state saves. A save is
 * idempotent in this protocol (the body is the whole state, and the lock held by this run keeps
 * anyone else from writing between two attempts), so a 5xx or a refused connection is tried again
 * with jittered backoff, a bounded number of times, instead of leaving an errored state behind.
 * A save that timed out is not repeated: the first attempt may still land after a later save.
 * Taking a lock is not repeated either: a lost answer would make the retry find its own lock.
 */
final class RetryingTransport implements HttpTransport {
  static final int ATTEMPTS = 4;
  private static final Set<Integer> TRANSIENT = Set.of(429, 500, 502, 503, 504);

  private final HttpTransport next;
  private final Set<String> repeatable;
  private final Backoff backoff;
  private final Sleeper sleeper;

  RetryingTransport(HttpTransport next, Set<String> repeatable, Backoff backoff, Sleeper sleeper) {
    this.next = next;
    this.repeatable = Set.copyOf(repeatable);
    this.backoff = backoff;
    this.sleeper = sleeper;
  }

  /** Up to {@value #ATTEMPTS} attempts, waiting at most 0.25, 0.5 and 1 s between them. */
  static RetryingTransport around(HttpTransport next, Set<String> repeatable, Sleeper sleeper) {
    return new RetryingTransport(next, repeatable, Backoff.jittered(Duration.ofMillis(250), Duration.ofSeconds(2)), sleeper);
  }

  @Override
  public HttpReply send(String method, URI url, Map<String, String> headers, Optional<byte[]> body) {
    if (!repeatable.contains(method)) {
      return next.send(method, url, headers, body);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        HttpReply reply = next.send(method, url, headers, body);
        if (!TRANSIENT.contains(reply.status()) || attempt >= ATTEMPTS) {
          return reply;
        }
      } catch (UncheckedIOException e) {
        boolean timedOut = e.getCause() instanceof HttpTimeoutException;
        if (attempt >= ATTEMPTS || (timedOut && body.isPresent())) {
          throw e;
        }
      }
      pause(backoff.delay(attempt));
    }
  }

  private void pause(Duration wait) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException("interrupted while waiting to retry a state backend call",
          new java.io.InterruptedIOException());
    }
  }
}
