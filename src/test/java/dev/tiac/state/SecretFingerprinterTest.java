package dev.tiac.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFingerprinterTest {
  private static final String CANARY = "CANARY-clp-pw-4b1d7e29";

  @TempDir Path dir;

  @Test
  void fingerprintChangesIfAndOnlyIfTheSecretChanges() {
    SecretFingerprinter fingerprinter = new SecretFingerprinter(StateKey.random());
    Fingerprint first = fingerprinter.fingerprint(Fixtures.CLP, "password", CANARY.toCharArray());

    assertEquals(first, fingerprinter.fingerprint(Fixtures.CLP, "password", CANARY.toCharArray()));
    assertNotEquals(first, fingerprinter.fingerprint(Fixtures.CLP, "password", (CANARY + "!").toCharArray()));
    assertNotEquals(first, fingerprinter.fingerprint(Fixtures.CLP, "token", CANARY.toCharArray()));
    assertNotEquals(first, fingerprinter.fingerprint(Fixtures.ATP, "password", CANARY.toCharArray()));
    assertTrue(fingerprinter.matches(first, Fixtures.CLP, "password", CANARY.toCharArray()));
    assertFalse(fingerprinter.matches(first, Fixtures.CLP, "password", "canary".toCharArray()));
  }

  @Test
  void anotherKeyGivesAnotherFingerprint() {
    Fingerprint one = new SecretFingerprinter(StateKey.random()).fingerprint(Fixtures.CLP, "password", CANARY.toCharArray());
    Fingerprint two = new SecretFingerprinter(StateKey.random()).fingerprint(Fixtures.CLP, "password", CANARY.toCharArray());
    assertNotEquals(one, two);
  }

  @Test
  void createsTheKeyFileOwnerOnlyOnFirstUseAndReusesIt() throws IOException {
    StateKey created = StateKey.load(dir.resolve(".tiac"), Map.of());
    Path keyFile = dir.resolve(".tiac").resolve("state.key");

    assertEquals("rw-------", LocalStateBackendTest.mode(keyFile));
    assertEquals("rwx------", LocalStateBackendTest.mode(dir.resolve(".tiac")));
    assertEquals(32, Base64.getDecoder().decode(Files.readString(keyFile).strip()).length);
    assertEquals(created.id(), StateKey.load(dir.resolve(".tiac"), Map.of()).id());
    assertFalse(created.toString().contains(Files.readString(keyFile).strip()));
  }

  @Test
  void takesTheKeyFromTheEnvironmentForRunnersThatShareNoDisk() throws IOException {
    StateKey onDisk = StateKey.load(dir, Map.of());
    String base64 = Files.readString(dir.resolve("state.key")).strip();
    StateKey fromEnv = StateKey.load(dir.resolve("elsewhere"), Map.of("TIAC_STATE_KEY", base64));

    assertEquals(onDisk.id(), fromEnv.id());
    assertEquals("environment variable TIAC_STATE_KEY", fromEnv.source());
    assertTrue(Files.notExists(dir.resolve("elsewhere")));
  }

  @Test
  void refusesAKeyFileOthersCanRead() throws IOException {
    StateKey.load(dir, Map.of());
    Files.setPosixFilePermissions(dir.resolve("state.key"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> StateKey.load(dir, Map.of()));
    assertTrue(refused.getMessage().endsWith("run: chmod 600 " + dir.toAbsolutePath().resolve("state.key")));
  }

  @Test
  void aStateFingerprintedWithAnotherKeyIsRefusedNamingBothKeys() {
    LocalStateBackend backend = new LocalStateBackend(dir);
    StateKey original = StateKey.random();
    StateKey other = StateKey.random();
    try (StateSession session = open(backend, original)) {
      session.record(Fixtures.policy("ON").withSecret("password",
          new SecretFingerprinter(original).fingerprint(Fixtures.ATP, "password", CANARY.toCharArray())));
    }
    StateKeyMismatchException refused = assertThrows(StateKeyMismatchException.class, () -> open(backend, other));
    assertTrue(refused.getMessage().startsWith("the secret fingerprints in the state were made with key "
        + original.id() + ", but the key from a random in-memory key is " + other.id()), refused.getMessage());
    open(backend, original).close();
  }

  @Test
  void theCanaryNeverReachesStateLockInfoErrorsOrToString() throws IOException {
    StateKey key = StateKey.load(dir, Map.of());
    SecretFingerprinter fingerprinter = new SecretFingerprinter(key);
    LocalStateBackend backend = new LocalStateBackend(dir);
    String lockInfo;
    try (StateSession session = open(backend, key)) {
      session.record(Fixtures.policy("ON").withSecret("password",
          fingerprinter.fingerprint(Fixtures.CLP, "password", CANARY.toCharArray())));
      lockInfo = Files.readString(dir.resolve("state.lock.info"));
      assertThrows(StateLockedException.class, () -> backend.lock(StateBackendContract.APPLY, Duration.ZERO));
    }
    String stateBytes = Files.readString(dir.resolve("state.json"));
    for (String text : Set.of(stateBytes, lockInfo, fingerprinter.toString(), key.toString(),
        backend.read().orElseThrow().toString())) {
      assertFalse(text.contains(CANARY), text);
      assertFalse(text.contains(Base64.getEncoder().encodeToString(CANARY.getBytes(StandardCharsets.UTF_8))), text);
    }
  }

  @Test
  void withoutTheKeyNoneOfAHundredThousandGuessesMatchesTheFingerprint() throws NoSuchAlgorithmException {
    StateKey key = StateKey.random();
    Fingerprint stored = new SecretFingerprinter(key).fingerprint(Fixtures.CLP, "password", "Summer2024!".toCharArray());
    // An attacker with the state knows the address, attribute and key id, and guesses keys from them.
    Set<SecretFingerprinter> guessedKeys = new HashSet<>();
    for (String guess : new String[] {"", key.id(), Fixtures.CLP, "password"}) {
      byte[] material = MessageDigest.getInstance("SHA-256").digest(guess.getBytes(StandardCharsets.UTF_8));
      guessedKeys.add(new SecretFingerprinter(StateKey.load(dir.resolve("k" + guessedKeys.size()),
          Map.of("TIAC_STATE_KEY", Base64.getEncoder().encodeToString(material)))));
    }
    int matches = 0;
    for (int i = 0; i < 25_000; i++) {
      String candidate = i == 24_999 ? "Summer2024!" : "Summer" + i + "!";
      for (SecretFingerprinter attacker : guessedKeys) {
        matches += attacker.matches(stored, Fixtures.CLP, "password", candidate.toCharArray()) ? 1 : 0;
      }
    }
    assertEquals(0, matches);
  }

  private StateSession open(LocalStateBackend backend, StateKey key) {
    return StateSession.open(backend, StateBackendContract.APPLY, Duration.ZERO, new SecretFingerprinter(key),
        new ErroredState(dir), Clock.systemUTC());
  }
}
