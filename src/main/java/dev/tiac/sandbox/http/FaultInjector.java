package dev.tiac.sandbox.http;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * Applies {@link Faults}. The faults can be changed while the sandbox runs (admin endpoint), and the
 * draws come from one seeded generator so a test run replays the same fault sequence.
 */
public final class FaultInjector {
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

  /**
   * The outer fault filter of {@code service}: latency, hangs and errors, before anything reaches
   * the service. {@code errorBody} renders a failure in the service's own error shape; an injected
   * 429 carries {@code Retry-After: 1} only when {@code retryAfter} is on, as the documented one has none.
   * Routes in {@code exempt} are never faulted.
   */
  public Filter filter(String service, Router router, Set<String> exempt, boolean retryAfter,
      BiFunction<Request, Integer, Response> errorBody) {
    return next -> request -> {
      Faults f = faults;
      if (!f.services().contains(service) || router.find(request).map(r -> exempt.contains(r.key())).orElse(false)) {
        return next.handle(request);
      }
      sleep(f);
      if (chance(f.hangRate())) {
        return Response.hang();
      }
      Optional<Faults.Kind> kind = draw(f);
      if (kind.isEmpty()) {
        return next.handle(request);
      }
      return switch (kind.get()) {
        case SERVER_ERROR -> errorBody.apply(request, 500);
        case UNAVAILABLE -> errorBody.apply(request, 503);
        case RESET -> Response.connectionReset();
        case TOO_MANY_REQUESTS -> retryAfter ? errorBody.apply(request, 429).withHeader("Retry-After", "1") : errorBody.apply(request, 429);
      };
    };
  }

  /**
   * The inner filter of {@code service}: a write that the service processed and accepted (2xx)
   * loses its answer at {@code lostAnswerRate}: the change is committed, the connection dropped.
   */
  public Filter lostAnswers(String service, Router router, Set<String> reads) {
    return next -> request -> {
      Response response = next.handle(request);
      Faults f = faults;
      boolean write = WriteTap.isWrite(router, reads, request);
      if (write && f.services().contains(service) && response.status() / 100 == 2 && chance(f.lostAnswerRate())) {
        return Response.connectionReset();
      }
      return response;
    };
  }

  private synchronized boolean chance(double rate) {
    return rate > 0 && random.nextDouble() < rate;
  }

  private synchronized Optional<Faults.Kind> draw(Faults f) {
    if (f.rate() <= 0 || random.nextDouble() >= f.rate()) {
      return Optional.empty();
    }
    List<Faults.Kind> kinds = f.drawable();
    return Optional.of(kinds.get(random.nextInt(kinds.size())));
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
