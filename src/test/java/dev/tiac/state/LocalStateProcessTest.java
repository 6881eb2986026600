package dev.tiac.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Properties that need a second process: mutual exclusion across JVMs and kill -9 safety. */
class LocalStateProcessTest {
  private static final LockRequest APPLY = new LockRequest("apply", "0.1.0-test");

  @TempDir Path dir;

  @Test
  void aLockHeldByAnotherProcessIsRefusedNamingThatProcess() throws IOException {
    try (ChildJvm child = ChildJvm.start("hold-lock", dir)) {
      String id = child.awaitLine().substring("LOCKED ".length());
      LocalStateBackend backend = new LocalStateBackend(dir);

      StateLockedException refused = assertThrows(StateLockedException.class, () -> backend.lock(APPLY, Duration.ZERO));
      assertEquals(id, refused.holder().orElseThrow().id());
      assertEquals(child.pid(), refused.holder().orElseThrow().pid());
      assertTrue(refused.getMessage().contains("(apply, pid " + child.pid() + ", tiac 0.1.0-child, since "),
          refused.getMessage());

      UnlockRefusedException live = assertThrows(UnlockRefusedException.class, () -> backend.forceUnlock(id));
      assertTrue(live.getMessage().contains("belongs to a running process"), live.getMessage());
    }
  }

  @Test
  void aKilledHolderLeavesNoLockBehind() throws IOException {
    try (ChildJvm child = ChildJvm.start("hold-lock", dir)) {
      String id = child.awaitLine().substring("LOCKED ".length());
      child.kill();
      try (StateLock lock = new LocalStateBackend(dir).lock(APPLY, Duration.ZERO)) {
        assertEquals(id, lock.staleLockReplaced().orElseThrow().id());
      }
    }
  }

  @Test
  void killingASaverAtRandomMomentsAlwaysLeavesAParsableStateWhoseSerialNeverGoesBack()
      throws IOException, InterruptedException {
    Random random = new Random(20260301);
    Path stateFile = dir.resolve("state.json");
    long lastSerial = 0;
    int kills = 0;
    for (int run = 0; run < 50; run++) {
      try (ChildJvm child = ChildJvm.start("save-loop", dir)) {
        child.awaitLine();
        Thread.sleep(random.nextInt(40));
        child.kill();
        kills++;
      }
      State saved = StateCodec.decode(Files.readAllBytes(stateFile), stateFile.toString());
      assertTrue(saved.serial() > lastSerial, "serial went from " + lastSerial + " to " + saved.serial());
      lastSerial = saved.serial();
      assertEquals("rw-------", LocalStateBackendTest.mode(stateFile));
    }
    assertEquals(50, kills);
  }
}
