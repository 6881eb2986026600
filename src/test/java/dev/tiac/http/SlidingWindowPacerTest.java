package dev.tiac.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

  @Test
  void aBare429WithFewerThanTheLimitOfOursLearnsOurShareAndHoldsEveryoneUntilTheWindowReopens() throws Exception {
    FakeTime time = new FakeTime();
    List<Wait> told = new ArrayList<>();
    SlidingWindowPacer pacer = new SlidingWindowPacer("Cloud App Security", 20, Duration.ofMinutes(1), time, time.sleeper(),
        told::add, RunDeadline.none(), bound -> bound);
    Instant start = time.instant();
    for (int i = 0; i < 5; i++) {
      pacer.acquire("t");
      time.now = time.now.plusSeconds(1);
    }
    SlidingWindowPacer.Permit sixth = pacer.take("t");

    assertTrue(pacer.refused(sixth, false), "5 of ours and a full window: someone else has the rest");
    assertEquals(5, pacer.allowed("t"));
    pacer.acquire("t");

    // The oldest of ours left the window at 60 s; the pause adds the full jitter (1 s here).
    assertEquals(start.plusSeconds(61), time.instant());
    assertEquals(1, told.size());
    assertEquals("Cloud App Security: waiting 56 s for the rate limit (another client is using this token's budget)",
        told.get(0).describe());
  }

  @Test
  void aRefusalThatNamesItsOwnRetryAfterStillTeachesTheShareButSetsNoPause() throws Exception {
    FakeTime time = new FakeTime();
    SlidingWindowPacer pacer = new SlidingWindowPacer("Cloud App Security", 20, Duration.ofMinutes(1), time, time.sleeper(),
        WaitListener.NONE, RunDeadline.none(), bound -> 0);
    pacer.acquire("t");
    pacer.acquire("t");
    time.now = time.now.plusSeconds(30);
    SlidingWindowPacer.Permit third = pacer.take("t");

    assertTrue(pacer.refused(third, true));
    assertEquals(2, pacer.allowed("t"));
    // Room again when the first two leave the window at 60 s, not a documented minute after the refusal.
    pacer.acquire("t");
    assertEquals(Instant.parse("2026-01-01T00:01:00Z"), time.instant());
  }

  @Test
  void aWaitPastTheRunDeadlineIsRefusedAtOnce() throws Exception {
    FakeTime time = new FakeTime();
    SlidingWindowPacer pacer = new SlidingWindowPacer("Cloud App Security", 1, Duration.ofMinutes(1), time, time.sleeper(),
        WaitListener.NONE, RunDeadline.after(Duration.ofSeconds(20), time), bound -> 0);
    pacer.acquire("t");

    RunDeadline.Passed passed = org.junit.jupiter.api.Assertions.assertThrows(RunDeadline.Passed.class, () -> pacer.acquire("t"));
    assertTrue(passed.getMessage().contains("--timeout 20s"), passed.getMessage());
    assertEquals(Instant.parse("2026-01-01T00:00:00Z"), time.instant(), "no time spent waiting for nothing");
  }
}
