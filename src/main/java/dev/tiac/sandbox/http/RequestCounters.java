package dev.tiac.sandbox.http;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per-route request counters and per-route answer statuses (injected faults and rate limiting
 * included), read through the admin endpoint by tests and benchmarks.
 */
public final class RequestCounters {
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();

  /**
   * Counts every request under "service METHOD template", or "service METHOD (unrouted)", and its
   * answer under the same key followed by the status, "reset" for a dropped connection or "hung" for none.
   */
  public Filter filter(String service, Router router) {
    return next -> request -> {
      String key = service + " " + router.find(request).map(Route::key).orElse(request.method() + " (unrouted)");
      counts.computeIfAbsent(key, k -> new LongAdder()).increment();
      Response response = next.handle(request);
      String status = response.outcome();
      statuses.computeIfAbsent(key + " " + status, k -> new LongAdder()).increment();
      return response;
    };
  }

  public Map<String, Long> snapshot() {
    return copy(counts);
  }

  /** Answers per route and status, e.g. {@code "cas GET /v1/sweeping/mails 429" -> 3}. */
  public Map<String, Long> statuses() {
    return copy(statuses);
  }

  /** How many answers had {@code status} ("429", "reset"…) across every route of {@code service}. */
  public long answered(String service, String status) {
    return statuses().entrySet().stream()
        .filter(e -> e.getKey().startsWith(service + " ") && e.getKey().endsWith(" " + status))
        .mapToLong(Map.Entry::getValue).sum();
  }

  private static Map<String, Long> copy(Map<String, LongAdder> counters) {
    Map<String, Long> copy = new TreeMap<>();
    counters.forEach((k, v) -> copy.put(k, v.sum()));
    return copy;
  }

  public void reset() {
    counts.clear();
    statuses.clear();
  }
}
