package dev.tiac.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LockRetryTest {
  private final FakeTime time = new FakeTime();
  private final LockRetry retry = new LockRetry(time, time, () -> 0.0);
  private final StateLockedException held = new StateLockedException("test", Optional.empty());

  @Test
  void backsOffOneTwoSecondsAndCapsAtFourUntilTheDeadline() {
    assertThrows(StateLockedException.class, () -> retry.acquire(() -> {
      throw held;
    }, Duration.ofSeconds(20)));
    assertEquals(List.of(1L, 2L, 4L, 4L, 4L, 4L, 1L),
        time.sleeps().stream().map(Duration::toSeconds).toList());
    assertEquals(Duration.ofSeconds(20), time.elapsed());
  }

  @Test
  void jitterTakesUpToHalfOfEachPauseSoQueuedRunsDoNotPollInStep() {
    double[] draws = {0.5, 0.999, 0.0, 0.25};
    int[] next = {0};
    LockRetry jittered = new LockRetry(time, time, () -> draws[next[0]++ % draws.length]);
    assertThrows(StateLockedException.class, () -> jittered.acquire(() -> {
      throw held;
    }, Duration.ofMillis(8_001)));
    assertEquals(List.of(750L, 1_001L, 4_000L, 2_250L), time.sleeps().stream().map(Duration::toMillis).toList());
  }

  @Test
  void aTwoSecondTimeoutGivesUpAtTwoSeconds() {
    StateLockedException thrown = assertThrows(StateLockedException.class, () -> retry.acquire(() -> {
      throw held;
    }, Duration.ofSeconds(2)));
    assertSame(held, thrown);
    assertEquals(Duration.ofSeconds(2), time.elapsed());
  }

  @Test
  void zeroTimeoutTriesExactlyOnce() {
    int[] attempts = {0};
    assertThrows(StateLockedException.class, () -> retry.acquire(() -> {
      attempts[0]++;
      throw held;
    }, Duration.ZERO));
    assertEquals(1, attempts[0]);
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void otherFailuresEndTheWaitAtOnce() {
    assertThrows(IllegalStateException.class, () -> retry.acquire(() -> {
      throw new IllegalStateException("disk gone");
    }, Duration.ofSeconds(60)));
    assertEquals(List.of(), time.sleeps());
  }
}
