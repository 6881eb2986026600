package dev.tiac.sandbox.http;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Per-route request counters, read through the admin endpoint by tests and benchmarks. */
public final class RequestCounters {
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  /** Counts every request under "service METHOD template", or "service METHOD (unrouted)". */
  public Filter filter(String service, Router router) {
    return next -> request -> {
      String key = service + " " + router.find(request).map(Route::key).orElse(request.method() + " (unrouted)");
      counts.computeIfAbsent(key, k -> new LongAdder()).increment();
      return next.handle(request);
    };
  }

  public Map<String, Long> snapshot() {
    Map<String, Long> copy = new TreeMap<>();
    counts.forEach((k, v) -> copy.put(k, v.sum()));
    return copy;
  }

  public void reset() {
    counts.clear();
  }
}
