package dev.tiac.sandbox.http;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Numbers the requests that change the tenant, across every service of one sandbox, and hands
 * each to an observer just before it is processed and just after it was, before its answer
 * leaves. A crash test uses it to kill a client at write k: before, the tenant never sees the
 * call; after, the tenant changed and the client never learns it.
 */
public final class WriteTap {
  /** One numbered write: its order among the sandbox's writes (1-based), service and route. */
  public record Write(long number, String service, String route) {}

  /** What a test does at each write. Both calls run on the handler thread of that request. */
  public interface Observer {
    Observer NONE = new Observer() {};

    /** Returns false to drop the write unprocessed: its client sees the connection reset. */
    default boolean before(Write write) {
      return true;
    }

    /** The write was processed (and committed); its answer is sent when this returns. */
    default void after(Write write) {}
  }

  private final AtomicLong count = new AtomicLong();
  private volatile Observer observer = Observer.NONE;

  public void observe(Observer o) {
    observer = o;
  }

  /** Writes seen since the last {@link #reset}. */
  public long count() {
    return count.get();
  }

  public void reset() {
    count.set(0);
    observer = Observer.NONE;
  }

  /** A routed request other than a GET, unless its route is one of {@code reads}. */
  static boolean isWrite(Router router, Set<String> reads, Request request) {
    return !request.method().equals("GET") && router.find(request).map(Route::key).filter(k -> !reads.contains(k)).isPresent();
  }

  /**
   * The innermost filter of a service: only requests that passed authentication and rate limits
   * reach it. A write is any routed request but a GET, except the routes in {@code reads}, which
   * the real service reads through with another method (Apex Central's Endpoint Sensor envelope).
   */
  public Filter filter(String service, Router router, Set<String> reads) {
    return next -> request -> {
      if (!isWrite(router, reads, request)) {
        return next.handle(request);
      }
      String route = router.find(request).map(Route::key).orElse("");
      Observer o = observer;
      Write write = new Write(count.incrementAndGet(), service, route);
      if (!o.before(write)) {
        return Response.connectionReset();
      }
      Response response = next.handle(request);
      o.after(write);
      return response;
    };
  }
}
