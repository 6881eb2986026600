package dev.tiac.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/** Runs {@code threads} client loops for {@code duration} and counts server-side requests per second. */
final class Throughput {
  private Throughput() {}

  record Result(int threads, double seconds, long requests, double perSecond) {}

  /** {@code work} is one unit (e.g. a full paging run); {@code served} reads the sandbox's counter. */
  static Result measure(int threads, Duration duration, Runnable work, LongSupplier served) throws InterruptedException {
    long deadline = System.nanoTime() + duration.toNanos();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> workers = new ArrayList<>();
    long before = served.getAsLong();
    long begin = System.nanoTime();
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> {
        try {
          while (System.nanoTime() < deadline && failure.get() == null) {
            work.run();
          }
        } catch (RuntimeException e) {
          failure.compareAndSet(null, e);
        }
      }, "bench-client-" + i);
      workers.add(t);
      t.start();
    }
    for (Thread t : workers) {
      t.join(duration.toMillis() + 120_000);
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    if (failure.get() != null) {
      throw new IllegalStateException("a client thread failed: " + failure.get().getMessage(), failure.get());
    }
    long requests = served.getAsLong() - before;
    return new Result(threads, seconds, requests, requests / seconds);
  }
}
