package dev.tiac.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Transport settings shared by every provider in one run.
 *
 * @param callTimeout bounds one attempt with the server, its whole answer included; waits for the
 *     rate limit and between retries are not the server's silence and are bounded by the run's
 *     deadline instead
 * @param maxAttempts attempts per call, the first one included
 * @param retryBudgetRatio blind retries allowed per request sent, across the whole run
 * @param retryBudgetFloor blind retries always allowed, so a short run can still retry
 * @param maxRetryAfter a server asking for a longer wait than this is treated as terminal
 * @param extraCaPem a PEM bundle trusted in addition to the JDK's certificate authorities
 * @param inFlight requests one paged read may have in flight at once (the run's --parallelism)
 */
public record HttpSettings(
    Duration connectTimeout,
    Duration readTimeout,
    Duration writeTimeout,
    Duration callTimeout,
    int maxAttempts,
    Duration baseBackoff,
    Duration maxBackoff,
    Duration maxRetryAfter,
    double retryBudgetRatio,
    int retryBudgetFloor,
    Optional<Path> extraCaPem,
    int inFlight) {

  public HttpSettings {
    Objects.requireNonNull(connectTimeout);
    Objects.requireNonNull(readTimeout);
    Objects.requireNonNull(writeTimeout);
    Objects.requireNonNull(callTimeout);
    Objects.requireNonNull(baseBackoff);
    Objects.requireNonNull(maxBackoff);
    Objects.requireNonNull(maxRetryAfter);
    Objects.requireNonNull(extraCaPem);
    if (callTimeout.isZero() || callTimeout.isNegative()) {
      throw new IllegalArgumentException("a call timeout is required: a hung server must not hang a run");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (inFlight < 1) {
      throw new IllegalArgumentException("inFlight must be at least 1");
    }
  }

  /**
   * Defaults sized for Apex Central's slow list calls: a minute for one answer (Trend Micro's own
   * gateways give up at 60 s), ten seconds to connect.
   */
  public static HttpSettings defaults() {
    return new HttpSettings(
        Duration.ofSeconds(10),
        Duration.ofSeconds(60),
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        5,
        Duration.ofMillis(500),
        Duration.ofSeconds(30),
        Duration.ofSeconds(120),
        // A quarter: enough for a run to ride out one read in five failing (the services call
        // 500/503 usually temporary), while a real outage still spends it and stops the run.
        0.25,
        10,
        Optional.empty(),
        10);
  }

  public HttpSettings withCallTimeout(Duration timeout) {
    return new HttpSettings(connectTimeout, readTimeout, writeTimeout, timeout, maxAttempts,
        baseBackoff, maxBackoff, maxRetryAfter, retryBudgetRatio, retryBudgetFloor, extraCaPem, inFlight);
  }

  public HttpSettings withReadTimeout(Duration timeout) {
    return new HttpSettings(connectTimeout, timeout, writeTimeout, callTimeout, maxAttempts,
        baseBackoff, maxBackoff, maxRetryAfter, retryBudgetRatio, retryBudgetFloor, extraCaPem, inFlight);
  }

  public HttpSettings withBackoff(Duration base, Duration max) {
    return new HttpSettings(connectTimeout, readTimeout, writeTimeout, callTimeout, maxAttempts,
        base, max, maxRetryAfter, retryBudgetRatio, retryBudgetFloor, extraCaPem, inFlight);
  }

  public HttpSettings withMaxAttempts(int attempts) {
    return new HttpSettings(connectTimeout, readTimeout, writeTimeout, callTimeout, attempts,
        baseBackoff, maxBackoff, maxRetryAfter, retryBudgetRatio, retryBudgetFloor, extraCaPem, inFlight);
  }

  public HttpSettings withExtraCaPem(Path pem) {
    return new HttpSettings(connectTimeout, readTimeout, writeTimeout, callTimeout, maxAttempts,
        baseBackoff, maxBackoff, maxRetryAfter, retryBudgetRatio, retryBudgetFloor,
        Optional.of(pem), inFlight);
  }

  public HttpSettings withInFlight(int requests) {
    return new HttpSettings(connectTimeout, readTimeout, writeTimeout, callTimeout, maxAttempts,
        baseBackoff, maxBackoff, maxRetryAfter, retryBudgetRatio, retryBudgetFloor, extraCaPem, requests);
  }
}
