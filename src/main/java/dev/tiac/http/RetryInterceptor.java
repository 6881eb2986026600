package dev.tiac.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The only retry layer (OkHttp's own is switched off). Safe requests (GET, HEAD, PUT, DELETE)
 * are retried on I/O errors, 429 and 502–504; any request is retried on 429, because a
 * rate-limited request was refused before it was processed. A POST that failed in flight is
 * left to {@link CreateGuard}, which reads back before it tries again.
 */
public final class RetryInterceptor implements Interceptor {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
  private static final Set<Integer> RETRYABLE = Set.of(429, 502, 503, 504);

  private final HttpSettings settings;
  private final RetryBudget budget;
  private final Backoff backoff;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DebugLog log;

  public RetryInterceptor(HttpSettings settings, RetryBudget budget, Backoff backoff, Clock clock,
      Sleeper sleeper, DebugLog log) {
    this.settings = settings;
    this.budget = budget;
    this.backoff = backoff;
    this.clock = clock;
    this.sleeper = sleeper;
    this.log = log;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Instant deadline = clock.instant().plus(settings.callTimeout());
    String what = request.method() + " " + request.url();
    for (int attempt = 1; ; attempt++) {
      budget.recordRequest();
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        if (chain.call().isCanceled() || !IDEMPOTENT.contains(request.method())) {
          throw e;
        }
        Optional<Duration> wait = blindRetry(what, attempt, deadline, "I/O error " + e);
        if (wait.isEmpty()) {
          throw e;
        }
        pause(wait.get());
        continue;
      }
      Optional<Duration> wait = decide(request, response, what, attempt, deadline);
      if (wait.isEmpty()) {
        return response;
      }
      response.close();
      pause(wait.get());
    }
  }

  private Optional<Duration> decide(Request request, Response response, String what, int attempt,
      Instant deadline) {
    int code = response.code();
    if (!RETRYABLE.contains(code) || (code != 429 && !IDEMPOTENT.contains(request.method()))) {
      return Optional.empty();
    }
    Optional<Duration> asked =
        RetryAfter.parse(Optional.ofNullable(response.header("Retry-After")), clock);
    if (asked.isEmpty()) {
      return blindRetry(what, attempt, deadline, "HTTP " + code);
    }
    Duration serverWait = asked.get();
    if (serverWait.compareTo(settings.maxRetryAfter()) > 0) {
      log.debug("no retry of " + what + ": HTTP " + code + " asks to wait " + serverWait
          + ", more than the cap " + settings.maxRetryAfter());
      return Optional.empty();
    }
    Duration wait = max(serverWait, backoff.delay(attempt));
    return schedule(what, attempt, deadline, wait,
        "HTTP " + code + " with Retry-After " + serverWait);
  }

  private Optional<Duration> blindRetry(String what, int attempt, Instant deadline, String cause) {
    if (attempt >= settings.maxAttempts()) {
      log.debug("no retry of " + what + " after " + cause + ": attempt limit "
          + settings.maxAttempts() + " reached");
      return Optional.empty();
    }
    if (!budget.tryAcquire()) {
      log.debug("no retry of " + what + " after " + cause + ": run retry budget spent ("
          + budget.retries() + " retries for " + budget.requests() + " requests)");
      return Optional.empty();
    }
    return schedule(what, attempt, deadline, backoff.delay(attempt), cause);
  }

  private Optional<Duration> schedule(String what, int attempt, Instant deadline, Duration wait,
      String cause) {
    if (attempt >= settings.maxAttempts()) {
      log.debug("no retry of " + what + " after " + cause + ": attempt limit "
          + settings.maxAttempts() + " reached");
      return Optional.empty();
    }
    if (clock.instant().plus(wait).isAfter(deadline)) {
      log.debug("no retry of " + what + " after " + cause + ": waiting " + wait.toMillis()
          + " ms would pass the call timeout");
      return Optional.empty();
    }
    log.debug("retry " + (attempt + 1) + "/" + settings.maxAttempts() + " of " + what + " after "
        + cause + " in " + wait.toMillis() + " ms");
    return Optional.of(wait);
  }

  private void pause(Duration wait) throws IOException {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
