package dev.tiac.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The only retry layer for failures (OkHttp's own is switched off). Safe requests (GET, HEAD, PUT,
 * DELETE) are retried on I/O errors and on 500 and 502–504, which the services document as
 * usually temporary; any request is retried on 429, because a rate-limited request was refused
 * before it was processed. A POST that failed in flight is left to {@link CreateGuard}, which
 * reads back before it tries again. A call that used up its call timeout is not retried: a
 * server that stayed silent that long costs one timeout, not one per attempt.
 */
public final class RetryInterceptor implements Interceptor {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
  private static final Set<Integer> RETRYABLE = Set.of(429, 500, 502, 503, 504);

  private final String service;
  private final HttpSettings settings;
  private final RetryBudget budget;
  private final Backoff backoff;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DebugLog log;
  private final WaitListener listener;
  private final RunDeadline deadline;

  public RetryInterceptor(HttpSettings settings, RetryBudget budget, Backoff backoff, Clock clock,
      Sleeper sleeper, DebugLog log) {
    this("the service", settings, budget, backoff, clock, sleeper, log, WaitListener.NONE, RunDeadline.none());
  }

  public RetryInterceptor(String service, HttpSettings settings, RetryBudget budget, Backoff backoff, Clock clock,
      Sleeper sleeper, DebugLog log, WaitListener listener, RunDeadline deadline) {
    this.service = service;
    this.settings = settings;
    this.budget = budget;
    this.backoff = backoff;
    this.clock = clock;
    this.sleeper = sleeper;
    this.log = log;
    this.listener = listener;
    this.deadline = deadline;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String what = request.method() + " " + request.url();
    for (int attempt = 1; ; attempt++) {
      deadline.checkBeforeCall(what);
      budget.recordRequest();
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        // A timeout (or the run's deadline) already cost the call its time; a cancelled call is over.
        if (e instanceof InterruptedIOException || chain.call().isCanceled() || !IDEMPOTENT.contains(request.method())) {
          throw e;
        }
        Optional<Wait> wait = blindRetry(what, attempt, "a dropped connection (" + e.getMessage() + ")");
        if (wait.isEmpty()) {
          throw e;
        }
        pause(what, wait.get());
        continue;
      }
      Optional<Wait> wait = decide(request, response, what, attempt);
      if (wait.isEmpty()) {
        return response;
      }
      response.close();
      pause(what, wait.get());
    }
  }

  private Optional<Wait> decide(Request request, Response response, String what, int attempt) {
    int code = response.code();
    if (!RETRYABLE.contains(code) || (code != 429 && !IDEMPOTENT.contains(request.method()))) {
      return Optional.empty();
    }
    Optional<Duration> asked =
        RetryAfter.parse(Optional.ofNullable(response.header("Retry-After")), clock);
    if (asked.isEmpty()) {
      return blindRetry(what, attempt, "HTTP " + code);
    }
    Duration serverWait = asked.get();
    if (serverWait.compareTo(settings.maxRetryAfter()) > 0) {
      log.debug("no retry of " + what + ": HTTP " + code + " asks to wait " + serverWait
          + ", more than the cap " + settings.maxRetryAfter());
      return Optional.empty();
    }
    Duration wait = max(serverWait, backoff.delay(attempt));
    return schedule(what, attempt, new Wait(service, wait, Wait.Reason.SERVER_ASKED, "HTTP " + code + ", Retry-After"),
        "HTTP " + code + " with Retry-After " + serverWait);
  }

  private Optional<Wait> blindRetry(String what, int attempt, String cause) {
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
    return schedule(what, attempt, new Wait(service, backoff.delay(attempt), Wait.Reason.RETRY, cause), cause);
  }

  private Optional<Wait> schedule(String what, int attempt, Wait wait, String cause) {
    if (attempt >= settings.maxAttempts()) {
      log.debug("no retry of " + what + " after " + cause + ": attempt limit "
          + settings.maxAttempts() + " reached");
      return Optional.empty();
    }
    if (deadline.remaining().map(left -> wait.length().compareTo(left) >= 0).orElse(false)) {
      log.debug("no retry of " + what + " after " + cause + ": waiting " + wait.length().toMillis()
          + " ms would pass " + deadline.describe());
      return Optional.empty();
    }
    log.debug("retry " + (attempt + 1) + "/" + settings.maxAttempts() + " of " + what + " after "
        + cause + " in " + wait.length().toMillis() + " ms");
    return Optional.of(wait);
  }

  private void pause(String what, Wait wait) throws IOException {
    listener.waiting(wait);
    try {
      sleeper.sleep(wait.length());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry " + what);
    }
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
