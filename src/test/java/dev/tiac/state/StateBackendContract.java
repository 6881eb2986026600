package dev.tiac.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every state backend must do, after Terraform's statemgr.TestFull and
 * TestBackendStateLocks: each subclass provides clients that share one store.
 */
public abstract class StateBackendContract {
  static final LockRequest APPLY = new LockRequest("apply", "0.1.0-test");

  @TempDir Path scratch;

  /** A new client of the store under test; all clients of one test share the same store. */
  protected abstract StateBackend newClient();

  @Test
  void readsNothingFromAnEmptyStore() {
    assertEquals(Optional.empty(), newClient().read());
  }

  @Test
  void readsBackWhatWasWritten() {
    ResourceState domain = Fixtures.suspiciousDomain()
        .withSecret("apiKey", new Fingerprint("hmac-sha256:" + "A".repeat(43)))
        .withAttestation(new Attestation("alice@soc", Fixtures.T0, "enabled in console"));
    State written = Fixtures.stateWith(Fixtures.policy("ON"), domain);
    newClient().write(written);

    State read = newClient().read().orElseThrow();
    assertEquals(written, read);
    assertEquals("so-4711", read.resource(Fixtures.DOMAIN).orElseThrow().remoteId().orElseThrow());
  }

  @Test
  void refusesToOverwriteStateOfAnotherLineage() {
    StateBackend client = newClient();
    client.write(Fixtures.stateWith(Fixtures.policy("ON")));
    State stranger = Fixtures.stateWith(Fixtures.policy("OFF")).withSerial(9);

    StateConflictException refused = assertThrows(StateConflictException.class, () -> newClient().write(stranger));
    assertTrue(refused.getMessage().contains("lineage " + stranger.lineage()), refused.getMessage());
    assertEquals(1, client.read().orElseThrow().serial());
  }

  @Test
  void refusesASerialGoingBackwards() {
    State first = Fixtures.stateWith(Fixtures.policy("ON")).withSerial(5);
    newClient().write(first);

    assertThrows(StateConflictException.class,
        () -> newClient().write(first.with(Fixtures.suspiciousDomain()).withSerial(4)));
    assertThrows(StateConflictException.class,
        () -> newClient().write(first.with(Fixtures.suspiciousDomain())));
    assertEquals(first, newClient().read().orElseThrow());
  }

  @Test
  void keepsLineageAndCountsSerialOnlyWhenContentChanges() {
    StateBackend backend = newClient();
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    SecretFingerprinter fingerprinter = new SecretFingerprinter(StateKey.random());
    ErroredState errored = new ErroredState(scratch);
    try (StateSession session = StateSession.open(backend, APPLY, Duration.ZERO, fingerprinter, errored, clock)) {
      session.record(Fixtures.policy("ON"));
      session.record(Fixtures.policy("ON"));
      session.record(Fixtures.suspiciousDomain());
      session.record(Fixtures.suspiciousDomain());
      session.remove("cas.policy[\"never recorded\"]");
    }
    State afterFirst = newClient().read().orElseThrow();
    assertEquals(2, afterFirst.serial());

    try (StateSession session = StateSession.open(backend, APPLY, Duration.ZERO, fingerprinter, errored, clock)) {
      session.record(Fixtures.policy("ON"));
      session.record(Fixtures.policy("OFF"));
      session.remove(Fixtures.DOMAIN);
    }
    State afterSecond = newClient().read().orElseThrow();
    assertEquals(afterFirst.lineage(), afterSecond.lineage());
    assertEquals(4, afterSecond.serial());
    assertEquals(1, afterSecond.resources().size());
  }

  @Test
  void readsReturnSnapshotsThatCannotChangeTheStore() {
    newClient().write(Fixtures.stateWith(Fixtures.policy("ON")));
    State read = newClient().read().orElseThrow();

    assertThrows(UnsupportedOperationException.class, () -> read.resources().clear());
    ObjectNode attributes = (ObjectNode) read.resource(Fixtures.ATP).orElseThrow().attributes().asJson();
    attributes.put("status", "OFF");
    read.with(Fixtures.suspiciousDomain());

    State again = newClient().read().orElseThrow();
    assertEquals("ON", again.resource(Fixtures.ATP).orElseThrow().attributes().get("status").orElseThrow().asString());
    assertEquals(1, again.resources().size());
  }

  @Test
  void onlyOneClientHoldsTheLockAndTheOtherIsToldWho() {
    StateBackend first = newClient();
    StateBackend second = newClient();
    try (StateLock held = first.lock(APPLY, Duration.ZERO)) {
      StateLockedException refused =
          assertThrows(StateLockedException.class, () -> second.lock(new LockRequest("plan", "0.1.0-test"), Duration.ZERO));
      assertEquals(held.info().id(), refused.holder().orElseThrow().id());
      assertTrue(refused.getMessage().contains("locked by " + held.info().who() + " (apply, pid "), refused.getMessage());
      assertTrue(refused.getMessage().contains("tiac force-unlock " + held.info().id()), refused.getMessage());
    }
    try (StateLock now = second.lock(APPLY, Duration.ZERO)) {
      assertFalse(now.info().id().isBlank());
    }
  }

  @Test
  void forceUnlockBreaksOnlyTheLockWithTheReportedId() {
    StateBackend crashed = newClient();
    StateBackend rescuer = newClient();
    StateLock abandoned = crashed.lock(APPLY, Duration.ZERO);
    String reported = assertThrows(StateLockedException.class, () -> rescuer.lock(APPLY, Duration.ZERO))
        .holder().orElseThrow().id();

    UnlockRefusedException wrong =
        assertThrows(UnlockRefusedException.class, () -> rescuer.forceUnlock("00000000-0000-0000-0000-000000000000"));
    assertTrue(wrong.getMessage().contains(reported), wrong.getMessage());
    assertThrows(StateLockedException.class, () -> rescuer.lock(APPLY, Duration.ZERO));

    rescuer.forceUnlock(reported);
    try (StateLock mine = rescuer.lock(APPLY, Duration.ZERO)) {
      assertFalse(mine.info().id().equals(reported));
    }
    abandoned.close();
  }

  @Test
  void waitsForTheLockAndGetsItOnceReleased() {
    StateBackend holder = newClient();
    StateLock held = holder.lock(APPLY, Duration.ZERO);
    FakeTime time = new FakeTime();
    int[] sleeps = {0};
    Sleeper releaseOnSecondWait = duration -> {
      time.sleep(duration);
      if (++sleeps[0] == 2) {
        held.close();
      }
    };
    StateBackend waiter = clientWithTime(time, releaseOnSecondWait);
    try (StateLock got = waiter.lock(APPLY, Duration.ofSeconds(30))) {
      assertEquals(2, sleeps[0]);
      assertFalse(got.info().id().equals(held.info().id()));
      // Two pauses of the 1 s, 2 s schedule, each shortened by its jitter by at most half.
      assertTrue(time.elapsed().compareTo(Duration.ofMillis(1_500)) >= 0 && time.elapsed().compareTo(Duration.ofSeconds(3)) <= 0,
          "waited " + time.elapsed());
    }
  }

  /** A client of the same store whose lock waits use the given clock and sleeper. */
  protected abstract StateBackend clientWithTime(Clock clock, Sleeper sleeper);
}
