package dev.tiac.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.sandbox.console.InitialConsole;
import dev.tiac.sandbox.console.PolicyKind;
import dev.tiac.sandbox.tenant.TenantSnapshot;
import dev.tiac.sandbox.tenant.Udso;
import dev.tiac.sandbox.world.Scale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the sandbox promises its clients: a write it answered is in state.json, whatever runs alongside. */
class SandboxPersistenceTest {
  private static final Scale SMALL = Scale.parse("users=20,endpoints=20,mail-days=1,mails=20,events=20");

  @TempDir Path dir;

  private static Udso udso(int thread, int i) {
    return new Udso("DOMAIN", "t" + thread + "-" + i + ".example", "", "BLOCK", "");
  }

  @Test
  void everyAnsweredWriteOfParallelClientsIsInTheFileAndSurvivesARestart() throws Exception {
    SandboxOptions options = SandboxOptions.defaults(dir).withScale(SMALL);
    SandboxCore core = SandboxCore.open(options);
    int threads = 8;
    int writes = 30;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        running.add(pool.submit(() -> {
          for (int i = 0; i < writes; i++) {
            String sender = "s" + thread + "-" + i + "@spam.example";
            String policy = "P" + thread + "-" + i;
            switch (i % 3) {
              case 0 -> core.data().putUdso(udso(thread, i));
              case 1 -> core.data().block(Map.of("senders", List.of(sender)), true);
              default -> core.console().policies().put(policy, PolicyKind.FILTERED, List.of("10.0.0.1-10.0.0.9"),
                  true, false, true, false);
            }
            // Answered, so it must already be in the file: a client killed now finds it after a restart.
            PersistedState saved = StateStore.load(dir).orElseThrow();
            boolean kept = switch (i % 3) {
              case 0 -> saved.tenant().udso().contains(udso(thread, i));
              case 1 -> saved.tenant().blockedLists().get("senders").contains(sender);
              default -> saved.console().policies().stream().anyMatch(p -> p.name().equals(policy));
            };
            assertTrue(kept, "write " + i + " of client " + thread + " was answered before it was saved");
          }
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    SandboxCore reopened = SandboxCore.open(options);
    assertEquals(threads * 10, reopened.data().udso().size());
    assertEquals(threads * 10, reopened.data().blockedLists().get("senders").size());
    assertEquals(threads * 10, reopened.console().state().policies().stream().filter(p -> p.name().startsWith("P")).count());
  }

  @Test
  void changesNotedBeforeAWriteShareIt() throws Exception {
    StateStore store = new StateStore(dir, true, new PersistedState(PersistedState.VERSION, 42, SMALL.text(), Optional.empty(), "pw",
        InitialConsole.create(Instant.parse("2026-11-29T00:00:00Z"), 300), TenantSnapshot.EMPTY));
    Runnable first = store.tenant(new TenantSnapshot(List.of(udso(0, 0)), Map.of(), Map.of(), List.of()));
    Runnable second = store.tenant(new TenantSnapshot(List.of(udso(0, 0), udso(0, 1)), Map.of(), Map.of(), List.of()));
    second.run();
    assertEquals(List.of(udso(0, 0), udso(0, 1)), StateStore.load(dir).orElseThrow().tenant().udso());
    Files.delete(dir.resolve("state.json"));
    first.run(); // its change went out with the second's write: nothing more to write
    assertFalse(Files.exists(dir.resolve("state.json")));
    store.tenant(TenantSnapshot.EMPTY).run();
    assertEquals(List.of(), StateStore.load(dir).orElseThrow().tenant().udso());
  }
}
