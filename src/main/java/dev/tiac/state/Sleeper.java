package dev.tiac.state;

import java.time.Duration;

/** Waiting, made replaceable so lock-timeout tests run in milliseconds. */
@FunctionalInterface
public interface Sleeper {
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
