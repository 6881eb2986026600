package dev.tiac.http;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One budget for the whole run, so an outage is not multiplied by our retries: blind retries
 * (those no server asked for) may not exceed {@code floor + ratio * requests}. Retries that obey
 * a server's Retry-After are paced by the server and are not charged.
 */
public final class RetryBudget {
  private final double ratio;
  private final int floor;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();

  public RetryBudget(double ratio, int floor) {
    this.ratio = ratio;
    this.floor = floor;
  }

  public void recordRequest() {
    requests.incrementAndGet();
  }

  /** Takes one blind retry from the budget, or says no. */
  public synchronized boolean tryAcquire() {
    if (retries.get() + 1 > floor + ratio * requests.get()) {
      return false;
    }
    retries.incrementAndGet();
    return true;
  }

  public long requests() {
    return requests.get();
  }

  public long retries() {
    return retries.get();
  }
}
