package dev.tiac.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * States edited or damaged by hand, a key gone missing, a wrong force-unlock ID (issue 12, item
 * 5): each is refused with a message that says what is wrong, and changes nothing.
 */
class StateEdgeCasesTest {
  private static final LockRequest APPLY = new LockRequest("apply", "0.1.0-test");
  private static final String HEAD = "{\"version\": 1, \"lineage\": \"5e0c4c4a-3a53-4c2e-9a43-2b1b2b1f4e10\","
      + " \"tiacVersion\": \"0.1.0\", ";

  @TempDir Path dir;

  @Test
  void resourcesNullIsRefusedNamingThePlace() {
    StateFormatException refused = assertThrows(StateFormatException.class,
        () -> decode(HEAD + "\"serial\": 4, \"resources\": null}"));
    assertTrue(refused.getMessage().contains("does not match state-v1.schema.json (/resources: "), refused.getMessage());
    assertTrue(refused.getMessage().contains("null found, object expected"), refused.getMessage());
  }

  @Test
  void wrongTypesAndAMissingResourcesAreRefused() {
    for (String body : new String[] {
        "\"serial\": \"4\", \"resources\": {}}",
        "\"serial\": 4}",
        "\"serial\": 4, \"resources\": {\"a\": {\"kind\": 7, \"createdAt\": \"2026-03-01T10:00:00Z\", \"updatedAt\": \"2026-03-01T10:00:00Z\"}}}",
        "\"serial\": 4, \"resources\": {\"a\": {\"kind\": \"k\", \"owned\": \"yes\", \"createdAt\": \"2026-03-01T10:00:00Z\", \"updatedAt\": \"2026-03-01T10:00:00Z\"}}}",
        "\"serial\": 4, \"resources\": [], \"creating\": \"x\"}"}) {
      StateFormatException refused = assertThrows(StateFormatException.class, () -> decode(HEAD + body), body);
      assertTrue(refused.getMessage().contains("does not match state-v1.schema.json"), refused.getMessage());
    }
    assertEquals(4, decode(HEAD + "\"serial\": 4, \"resources\": {}}").serial(), "the well-formed one still reads");
  }

  @Test
  void aLocalBackendRefusesAStateWithNullResourcesBeforeASessionStarts() throws IOException {
    Files.writeString(dir.resolve("state.json"), HEAD + "\"serial\": 4, \"resources\": null}");
    SecretFingerprinter fingerprinter = new SecretFingerprinter(StateKey.random());
    assertThrows(StateFormatException.class, () -> StateSession.open(new LocalStateBackend(dir), APPLY, Duration.ZERO,
        fingerprinter, new ErroredState(dir), Clock.systemUTC()));
    assertFalse(Files.exists(dir.resolve("state.lock.info")), "the lock was released");
    assertTrue(Files.readString(dir.resolve("state.json")).contains("\"resources\": null"), "the file was left as it was");
  }

  @Test
  void aMissingKeyForAStateWithFingerprintsIsAnErrorAndNoKeyIsMade() {
    State stored = Fixtures.stateWith(Fixtures.policy("ON"));
    StateKeyMissingException missing = assertThrows(StateKeyMissingException.class,
        () -> StateKey.load(dir, Map.of(), Optional.of(stored)));
    assertTrue(missing.getMessage().contains("made with key k1:0011223344556677, but " + dir.resolve("state.key")
        + " does not exist and TIAC_STATE_KEY is not set"), missing.getMessage());
    assertFalse(Files.exists(dir.resolve("state.key")));
  }

  @Test
  void withoutAStateTheKeyIsWrittenOnlyWhenAnApplyStartsTheFirstState() {
    SecretFingerprinter fingerprinter = new SecretFingerprinter(() -> StateKey.load(dir, Map.of(), Optional.empty()));
    String id = fingerprinter.keyId(); // what plan does: fingerprints compared, nothing kept
    assertFalse(Files.exists(dir.resolve("state.key")), "plan made no key file");
    try (StateSession session = StateSession.open(new LocalStateBackend(dir), APPLY, Duration.ZERO, fingerprinter,
        new ErroredState(dir), Clock.systemUTC())) {
      assertTrue(Files.exists(dir.resolve("state.key")), "the first apply keeps its key");
      assertEquals(id, StateKey.load(dir, Map.of(), Optional.empty()).id());
      assertEquals(Optional.of(id), session.state().keyId());
    }
  }

  @Test
  void forceUnlockWithAWrongIdChangesNothingEvenForAStaleLock() throws IOException {
    LocalStateBackend backend = new LocalStateBackend(dir);
    LockInfo dead = new LockInfo("dead-lock-id", "apply", "bob@ci-7", 999_999, "0.0.9", Fixtures.T0, backend.location());
    Files.write(dir.resolve("state.lock"), new byte[0]);
    Files.write(dir.resolve("state.lock.info"), dead.toJson());
    byte[] before = Files.readAllBytes(dir.resolve("state.lock.info"));

    UnlockRefusedException refused = assertThrows(UnlockRefusedException.class, () -> backend.forceUnlock("not-the-id"));
    assertTrue(refused.getMessage().endsWith("Nothing was unlocked."), refused.getMessage());
    assertTrue(refused.getMessage().contains("held by bob@ci-7"), refused.getMessage());
    assertArrayEquals(before, Files.readAllBytes(dir.resolve("state.lock.info")), "the lock info is untouched");

    backend.forceUnlock("dead-lock-id");
    assertFalse(Files.exists(dir.resolve("state.lock.info")), "the right ID clears it");
  }

  private static State decode(String json) {
    return StateCodec.decode(json.getBytes(StandardCharsets.UTF_8), "s.json");
  }
}
