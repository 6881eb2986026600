package dev.tiac.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void readsDelaySeconds() {
    assertEquals(Optional.of(Duration.ofSeconds(37)), RetryAfter.parse(Optional.of(" 37 "), clock));
  }

  @Test
  void readsAnHttpDateRelativeToNow() {
    assertEquals(Optional.of(Duration.ofSeconds(90)),
        RetryAfter.parse(Optional.of("Sun, 01 Mar 2026 12:01:30 GMT"), clock));
  }

  @Test
  void treatsADateInThePastAsNoWait() {
    assertEquals(Optional.of(Duration.ZERO),
        RetryAfter.parse(Optional.of("Sun, 01 Mar 2026 11:00:00 GMT"), clock));
  }

  @Test
  void ignoresValuesItCannotRead() {
    assertTrue(RetryAfter.parse(Optional.of("soon"), clock).isEmpty());
    assertTrue(RetryAfter.parse(Optional.of("-5"), clock).isEmpty());
    assertTrue(RetryAfter.parse(Optional.empty(), clock).isEmpty());
  }

  @Test
  void keepsEveryJitteredDelayUnderItsCeiling() {
    Backoff backoff = Backoff.jittered(Duration.ofMillis(100), Duration.ofSeconds(2));
    for (int retry = 1; retry <= 8; retry++) {
      Duration ceiling = Duration.ofMillis(Math.min(2_000, 100L << (retry - 1)));
      assertEquals(ceiling, backoff.ceiling(retry));
      for (int i = 0; i < 1_000; i++) {
        Duration d = backoff.delay(retry);
        assertTrue(!d.isNegative() && d.compareTo(ceiling) <= 0, d + " over " + ceiling);
      }
    }
  }
}
