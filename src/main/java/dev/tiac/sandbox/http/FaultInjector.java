package dev.tiac.sandbox.http;

import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * Applies {@link Faults}. The faults can be changed while the sandbox runs (admin endpoint), and the
 * draws come from one seeded generator so a test run replays the same fault sequence.
 */
public final class FaultInjector {
  /** The kinds of injected failure, in the order they are drawn. */
  public enum Kind { SERVER_ERROR, UNAVAILABLE, RESET, TOO_MANY_REQUESTS }

  private volatile Faults faults;
  private SplittableRandom random;

  public FaultInjector(Faults faults) {
    set(faults);
  }

  public synchronized void set(Faults faults) {
    this.faults = faults;
    this.random = new SplittableRandom(faults.seed());
  }

  public Faults faults() {
    return faults;
  }

  /** {@code errorBody} renders the failure in the service's own error shape (status, message). */
  public Filter filter(BiFunction<Request, Integer, Response> errorBody) {
    return next -> request -> {
      Faults f = faults;
      sleep(f);
      java.util.Optional<Kind> kind = draw(f);
      if (kind.isEmpty()) {
        return next.handle(request);
      }
      return switch (kind.get()) {
        case SERVER_ERROR -> errorBody.apply(request, 500);
        case UNAVAILABLE -> errorBody.apply(request, 503);
        case RESET -> Response.connectionReset();
        // One second: an injected 429 is a transient refusal; a client honouring Retry-After
        // should retry soon, and a fault-rate run should measure retries, not minutes of waiting.
        case TOO_MANY_REQUESTS -> errorBody.apply(request, 429).withHeader("Retry-After", "1");
      };
    };
  }

  private synchronized java.util.Optional<Kind> draw(Faults f) {
    if (f.rate() <= 0 || random.nextDouble() >= f.rate()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(Kind.values()[random.nextInt(Kind.values().length)]);
  }

  private static void sleep(Faults f) {
    if (f.latency().isZero()) {
      return;
    }
    try {
      Thread.sleep(f.latency().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
