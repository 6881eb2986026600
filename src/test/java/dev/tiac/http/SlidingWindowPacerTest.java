package dev.tiac.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlidingWindowPacerTest {
  /** A clock that only moves when the code under test sleeps. */
  static final class FakeTime extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    Sleeper sleeper() {
      return d -> now = now.plus(d);
    }
  }

  @Test
  void keepsEveryMinuteAtTwentyRequestsPerToken() throws Exception {
    FakeTime time = new FakeTime();
    SlidingWindowPacer pacer = new SlidingWindowPacer(20, Duration.ofMinutes(1), time, time.sleeper());
    List<Instant> sent = new ArrayList<>();

    for (int i = 0; i < 100; i++) {
      pacer.acquire("token-a");
      sent.add(time.instant());
      time.now = time.now.plusMillis(100);
    }

    for (int i = 0; i + 20 < sent.size(); i++) {
      assertTrue(!sent.get(i + 20).isBefore(sent.get(i).plus(Duration.ofMinutes(1))),
          "request " + (i + 20) + " shares a minute with 20 others");
    }
    // 100 requests at 20 per minute: the last starts four minutes after the first, not later.
    assertEquals(Duration.ofMinutes(4), Duration.between(sent.get(0), sent.get(80)));
    assertTrue(Duration.between(sent.get(0), sent.get(99)).compareTo(Duration.ofMinutes(5)) < 0);
  }

  @Test
  void pacesTokensIndependently() throws Exception {
    FakeTime time = new FakeTime();
    SlidingWindowPacer pacer = new SlidingWindowPacer(2, Duration.ofMinutes(1), time, time.sleeper());
    Instant start = time.instant();

    pacer.acquire("a");
    pacer.acquire("a");
    pacer.acquire("b");
    pacer.acquire("b");

    assertEquals(start, time.instant());
    assertEquals(Duration.ofMinutes(1), pacer.acquire("a"));
  }
}
