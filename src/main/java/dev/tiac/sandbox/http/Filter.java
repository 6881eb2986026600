package dev.tiac.sandbox.http;

/** One HTTP concern (auth, rate limit, faults, counters, latency) wrapped around a handler. */
@FunctionalInterface
public interface Filter {
  Handler wrap(Handler next);

  static Handler chain(Handler last, Filter... outermostFirst) {
    Handler h = last;
    for (int i = outermostFirst.length - 1; i >= 0; i--) {
      h = outermostFirst[i].wrap(h);
    }
    return h;
  }
}
