package dev.tiac.providers.cas;

import dev.tiac.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when the code under test sleeps: hours of rate-limit waiting in a moment. */
public final class FakeTime extends Clock {
  private volatile Instant now;
  private volatile Duration slept = Duration.ZERO;

  public FakeTime(Instant start) {
    this.now = start;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  public synchronized void advance(Duration d) {
    now = now.plus(d);
    slept = slept.plus(d);
  }

  public Sleeper sleeper() {
    return d -> {
      if (!d.isNegative() && !d.isZero()) {
        advance(d);
      }
    };
  }

  /** How long the code under test has waited in all. */
  public Duration slept() {
    return slept;
  }
}
