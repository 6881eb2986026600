package dev.tiac.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStateBackendTest extends StateBackendContract {
  @TempDir Path workdir;

  private Path dir() {
    return workdir.resolve(".tiac");
  }

  @Override
  protected StateBackend newClient() {
    return new LocalStateBackend(dir());
  }

  @Override
  protected StateBackend clientWithTime(Clock clock, Sleeper sleeper) {
    return new LocalStateBackend(dir(), clock, sleeper);
  }

  @Test
  void createsTheDirectory0700AndTheStateAndLockInfo0600() throws IOException {
    LocalStateBackend backend = new LocalStateBackend(dir());
    try (StateLock lock = backend.lock(APPLY, Duration.ZERO)) {
      backend.write(Fixtures.stateWith(Fixtures.policy("ON")));
      assertEquals("rwx------", mode(dir()));
      assertEquals("rw-------", mode(dir().resolve("state.json")));
      assertEquals("rw-------", mode(dir().resolve("state.lock")));
      assertEquals("rw-------", mode(dir().resolve("state.lock.info")));
      assertEquals(lock.info(), LockInfo.parse(Files.readAllBytes(dir().resolve("state.lock.info"))));
    }
    assertTrue(Files.notExists(dir().resolve("state.lock.info")), "lock info removed on release");
  }

  @Test
  void replacesTheFileWithoutLeavingTemporaryFiles() throws IOException {
    LocalStateBackend backend = new LocalStateBackend(dir());
    State state = Fixtures.stateWith(Fixtures.policy("ON"));
    for (int serial = 1; serial <= 20; serial++) {
      backend.write(state.with(Fixtures.policy(serial % 2 == 0 ? "ON" : "OFF")).withSerial(serial));
    }
    try (Stream<Path> files = Files.list(dir())) {
      assertEquals(List.of("state.json"), files.map(p -> p.getFileName().toString()).toList());
    }
    assertEquals(20, backend.read().orElseThrow().serial());
  }

  @Test
  void removesTempFilesOfAKilledWriteWhenTheLockIsTaken() throws IOException {
    LocalStateBackend backend = new LocalStateBackend(dir());
    backend.write(Fixtures.stateWith(Fixtures.policy("ON")));
    Path torn = dir().resolve(".state.json.123456.tmp");
    Files.writeString(torn, "{\"version\": 1, \"lin");
    try (StateLock lock = backend.lock(APPLY, Duration.ZERO)) {
      assertTrue(Files.notExists(torn), "temp file of a killed write left behind while " + lock.info().id() + " holds the lock");
    }
  }

  @Test
  void tellsWhereAndWhyWhenTheStateFileIsCorrupt() throws IOException {
    Files.createDirectories(dir());
    Files.writeString(dir().resolve("state.json"), "{\"version\": 1, \"lin");
    StateFormatException refused = assertThrows(StateFormatException.class, () -> newClient().read());
    assertTrue(refused.getMessage().startsWith("state from " + dir().resolve("state.json") + " cannot be read"),
        refused.getMessage());
  }

  @Test
  void reportsAStaleLockLeftByACrashedRunAndReplacesIt() throws IOException {
    LocalStateBackend backend = new LocalStateBackend(dir());
    LockInfo dead = new LockInfo("dead-lock-id", "apply", "bob@ci-7", 999_999, "0.0.9",
        Fixtures.T0, backend.location());
    Files.createDirectories(dir());
    Files.write(dir().resolve("state.lock.info"), dead.toJson());
    try (StateLock lock = backend.lock(APPLY, Duration.ZERO)) {
      assertEquals("dead-lock-id", lock.staleLockReplaced().orElseThrow().id());
    }
  }

  @Test
  void forceUnlockOfAnUnlockedStateIsRefused() {
    UnlockRefusedException refused =
        assertThrows(UnlockRefusedException.class, () -> newClient().forceUnlock("any"));
    assertTrue(refused.getMessage().endsWith("is not locked."), refused.getMessage());
  }

  @Test
  void ofTwoThreadsRacingForTheLockExactlyOneWins() throws Exception {
    for (int race = 0; race < 20; race++) {
      CyclicBarrier start = new CyclicBarrier(2);
      Callable<Optional<StateLock>> contender = () -> {
        start.await();
        try {
          return Optional.of(newClient().lock(APPLY, Duration.ZERO));
        } catch (StateLockedException refused) {
          assertTrue(refused.holder().isPresent(), refused.getMessage());
          return Optional.empty();
        }
      };
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Optional<StateLock>> results = List.of(pool.submit(contender), pool.submit(contender)).stream()
            .map(LocalStateBackendTest::join).toList();
        assertEquals(1, results.stream().filter(Optional::isPresent).count(), "race " + race);
        results.forEach(lock -> lock.ifPresent(StateLock::close));
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
