package dev.tiac.http;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Retries a non-idempotent create only when a read-back proves the first attempt did not land.
 * A lost answer is not a lost request: the server may have created the object and then dropped
 * the connection. If the read-back itself fails we stop, because "could not read" must never be
 * taken as "absent".
 */
public final class CreateGuard {
  private final int maxAttempts;
  private final Backoff backoff;
  private final Sleeper sleeper;
  private final DebugLog log;
  private final WaitListener waits;

  public CreateGuard(int maxAttempts, Backoff backoff, Sleeper sleeper, DebugLog log) {
    this(maxAttempts, backoff, sleeper, log, WaitListener.NONE);
  }

  public CreateGuard(int maxAttempts, Backoff backoff, Sleeper sleeper, DebugLog log, WaitListener waits) {
    this.maxAttempts = maxAttempts;
    this.backoff = backoff;
    this.sleeper = sleeper;
    this.log = log;
    this.waits = waits;
  }

  /**
   * Runs {@code create}; after an unknown outcome, asks {@code readBack} whether the object exists
   * and returns what it found, or tries again when it is absent.
   */
  public <T> T create(String what, Supplier<T> create, Supplier<Optional<T>> readBack) {
    for (int attempt = 1; ; attempt++) {
      try {
        return create.get();
      } catch (HttpFailure failure) {
        if (!failure.outcomeUnknown()) {
          throw failure;
        }
        Optional<T> landed = readBack.get();
        if (landed.isPresent()) {
          log.debug("create of " + what + " landed although its answer was lost; not resending");
          return landed.get();
        }
        if (attempt >= maxAttempts) {
          throw failure;
        }
        Duration wait = backoff.delay(attempt);
        log.debug("create of " + what + " did not land (read-back found nothing); retry "
            + (attempt + 1) + "/" + maxAttempts + " in " + wait.toMillis() + " ms");
        waits.waiting(new Wait("tiac", wait, Wait.Reason.RETRY, "the lost answer to a create of " + what));
        sleep(wait);
      }
    }
  }

  private void sleep(Duration wait) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HttpFailure(HttpFailure.Kind.TRANSPORT, java.util.OptionalInt.empty(),
          "interrupted while waiting to retry a create", e);
    }
  }
}
