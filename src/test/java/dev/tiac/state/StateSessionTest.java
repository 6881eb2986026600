package dev.tiac.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateSessionTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

  @TempDir Path dir;
  private final SecretFingerprinter fingerprinter = new SecretFingerprinter(StateKey.random());

  /** The real local backend, with a switch that makes saving fail as a full disk would. */
  private StateSession open(StateBackend backend) {
    return StateSession.open(backend, StateBackendContract.APPLY, Duration.ZERO, fingerprinter,
        new ErroredState(dir), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void savesAfterEveryChangeKeepingCreationTimeAndStampingUpdates() {
    FillableDisk disk = new FillableDisk(dir);
    try (StateSession session = open(disk)) {
      session.record(Fixtures.suspiciousDomain());
      assertEquals(1, disk.real.read().orElseThrow().serial());
      session.record(Fixtures.suspiciousDomain().withRemoteId("so-4712"));
      State saved = disk.real.read().orElseThrow();
      assertEquals(2, saved.serial());
      ResourceState entry = saved.resource(Fixtures.DOMAIN).orElseThrow();
      assertEquals("so-4712", entry.remoteId().orElseThrow());
      assertEquals(Fixtures.T0, entry.createdAt());
      assertEquals(NOW, entry.updatedAt());
      assertEquals(Optional.of(fingerprinter.keyId()), saved.keyId());
    }
  }

  @Test
  void afterEachRecordTheFileParsesAndHoldsEveryChangeRecordedSoFar() {
    FillableDisk disk = new FillableDisk(dir);
    try (StateSession session = open(disk)) {
      for (int i = 0; i < 60; i++) {
        ResourceState entry = ResourceState.of("apexcentral.suspiciousObject[\"domain:d" + i + ".example\"]",
            "apexcentral.suspiciousObject", Optional.of("so-" + i), true,
            Attributes.of(java.util.Map.of("value", "d" + i + ".example")), Fixtures.T0);
        if (i % 3 == 0) {
          session.record(entry);
        } else {
          // Two at once, as parallel calls finishing together share one save.
          session.recordAll(java.util.List.of(entry, Fixtures.policy(i % 2 == 0 ? "ON" : "OFF")));
        }
        State onDisk = new LocalStateBackend(dir).read().orElseThrow(); // parsed from the file, not a cache
        assertEquals(session.state(), onDisk);
        for (int j = 0; j <= i; j++) {
          assertEquals(Optional.of("so-" + j), onDisk.resource("apexcentral.suspiciousObject[\"domain:d" + j + ".example\"]")
              .orElseThrow().remoteId());
        }
      }
    }
  }

  @Test
  void aFailedSaveWritesTheErroredStateOwnerOnlyAndSaysWhatToDo() throws IOException {
    FillableDisk disk = new FillableDisk(dir.resolve(".tiac"));
    try (StateSession session = open(disk)) {
      session.record(Fixtures.policy("ON"));
      disk.full = true;
      StateSaveException failed = assertThrows(StateSaveException.class, () -> session.record(Fixtures.suspiciousDomain()));

      assertTrue(failed.getMessage().contains("No space left on device"), failed.getMessage());
      assertTrue(failed.getMessage().contains("written to " + dir.resolve("state.errored.json")
          + " instead"), failed.getMessage());
      SaveFailure report = session.saveFailure().orElseThrow();
      assertEquals(java.util.Optional.of(dir.resolve("state.errored.json")), report.writtenTo());
      assertEquals(java.util.List.of(Fixtures.DOMAIN), report.unrecorded(), "what only the errored state records");
      assertEquals("rw-------", LocalStateBackendTest.mode(dir.resolve("state.errored.json")));
      State errored = new ErroredState(dir).read().orElseThrow();
      assertEquals(2, errored.serial());
      assertEquals(2, errored.resources().size());
      assertEquals(1, disk.real.read().orElseThrow().serial());
    }
  }

  @Test
  void anErroredStateBlocksTheNextRunUntilItIsPushedBack() {
    FillableDisk disk = new FillableDisk(dir.resolve(".tiac"));
    try (StateSession session = open(disk)) {
      session.record(Fixtures.policy("ON"));
      disk.full = true;
      assertThrows(StateSaveException.class, () -> session.record(Fixtures.suspiciousDomain()));
    }
    IllegalStateException blocked = assertThrows(IllegalStateException.class, () -> open(disk));
    assertTrue(blocked.getMessage().startsWith("found " + dir.resolve("state.errored.json")), blocked.getMessage());

    disk.full = false;
    new ErroredState(dir).push(disk, StateBackendContract.APPLY, Duration.ZERO);
    try (StateSession session = open(disk)) {
      assertEquals(2, session.state().serial());
      assertEquals(2, session.state().resources().size());
    }
  }

  @Test
  void aLaterSuccessfulSaveSupersedesTheErroredCopy() {
    FillableDisk disk = new FillableDisk(dir.resolve(".tiac"));
    try (StateSession session = open(disk)) {
      disk.full = true;
      assertThrows(StateSaveException.class, () -> session.record(Fixtures.policy("ON")));
      disk.full = false;
      session.record(Fixtures.suspiciousDomain());
    }
    assertEquals(false, new ErroredState(dir).exists());
    assertEquals(2, disk.real.read().orElseThrow().resources().size());
  }

  @Test
  void whenNeitherTheStateNorTheErroredCopyCanBeWrittenTheFailureCarriesTheStateItself() throws IOException {
    FillableDisk disk = new FillableDisk(dir.resolve(".tiac"));
    Path notADirectory = dir.resolve("full");
    java.nio.file.Files.writeString(notADirectory, "a file where the errored state's directory should be");
    try (StateSession session = StateSession.open(disk, StateBackendContract.APPLY, Duration.ZERO, fingerprinter,
        new ErroredState(notADirectory), Clock.fixed(NOW, ZoneOffset.UTC))) {
      session.record(Fixtures.policy("ON"));
      disk.full = true;
      assertThrows(StateSaveException.class, () -> session.record(Fixtures.suspiciousDomain()));
      SaveFailure report = session.saveFailure().orElseThrow();
      assertEquals(Optional.empty(), report.writtenTo());
      assertTrue(report.reason().contains("No space left on device; nor to " + notADirectory.resolve("state.errored.json")
          + ": FileAlreadyExistsException " + notADirectory), report.reason());
      State printed = StateCodec.decode(report.unsaved().orElseThrow().getBytes(java.nio.charset.StandardCharsets.UTF_8), "printed");
      assertEquals(2, printed.serial());
      assertEquals(2, printed.resources().size(), "the printed state holds the change the disk never got");
      assertEquals(java.util.List.of(Fixtures.DOMAIN), report.unrecorded());
      disk.full = false;
      session.record(Fixtures.suspiciousDomain().withRemoteId("so-9"));
      assertEquals(Optional.empty(), session.saveFailure(), "a later save that got through clears the failure");
    }
  }
}
