package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.sandbox.Sandbox;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.sandbox.console.CasToken;
import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.tls.Restricted;
import dev.tiac.state.StateKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty applies of a file with one new token, started at once on one state and one sandbox and
 * queued on the lock by {@code --lock-timeout} (issue 11). A run must read the live services only
 * while it holds the lock. Before the fix each run read the console while it waited and planned
 * from that read: this test then found 3 failed runs, 20 runs that made changes, 17 live tokens
 * named {@code tiac-queued} and a last plan with changes (exit 2).
 */
class QueuedAppliesTest {
  private static final int RUNS = 20;

  @TempDir Path dir;

  @Test
  @Timeout(900)
  void twentyQueuedAppliesLeaveOneTokenPerNameAndNothingToDo() throws Exception {
    Path stateDir = dir.resolve(".tiac");
    Path file = dir.resolve("acme.yaml");
    String sample = CliRun.sampleWithCanary(dir, "queued-password");
    Files.writeString(file, sample);
    // CAS's 20 calls a minute per token would only add waiting to twenty runs in a row.
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults(dir.resolve("world")).withPersist(false)
        .withCasRate(1_000_000, Duration.ofMinutes(1)))) {
      // As `tiac sandbox serve` would: every --sandbox run of this state dir uses this one sandbox.
      Restricted.writeAtomically(stateDir.resolve("sandbox").resolve("endpoints.json"), Json.pretty(sandbox.endpoints()));
      // Made once up front: the key file's temporary name carries the process id, which threads share.
      StateKey.load(stateDir, java.util.Map.of());
      // The sample applied once first, as on a tenant in use: the console already holds the licensing
      // account, so nothing a run does before planning makes it read the console afresh.
      CliRun first = CliRun.withState(stateDir, "apply", "--sandbox", "--auto-approve", file.toString());
      assertEquals(ExitCode.OK, first.code(), first.out() + first.err());
      Files.writeString(file, sample.replace("  tokens:\n", """
            tokens:
              - name: tiac-queued
                description: Made by whichever of the twenty runs holds the lock first
                target: externalApplication
                apiTypes:
                  - threatInvestigation.emailMessage
                deliverTo:
                  refsOnly: true
          """));
      ExecutorService pool = Executors.newFixedThreadPool(RUNS);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<CliRun>> runs = new ArrayList<>();
      for (int i = 0; i < RUNS; i++) {
        runs.add(pool.submit(() -> {
          start.await();
          return CliRun.withState(stateDir, "apply", "--sandbox", "--auto-approve", "--lock-timeout", "10m", file.toString());
        }));
      }
      start.countDown();
      List<CliRun> done = new ArrayList<>();
      for (Future<CliRun> run : runs) {
        done.add(run.get());
      }
      pool.shutdown();

      List<CliRun> failed = done.stream().filter(r -> r.code() != ExitCode.OK).toList();
      assertEquals(0, failed.size(), "failed runs: " + failed);
      long waited = done.stream().filter(r -> r.err().contains("waiting up to 10m for it ...")).count();
      // All twenty start together; one that arrives after the holder let go takes a free lock and waits for nothing.
      assertTrue(waited >= RUNS / 2 && waited <= RUNS - 1, waited + " runs waited for the lock and said so: most were queued behind another");
      long changed = done.stream().filter(r -> !r.out().contains("No changes: the live services match the file.")).count();
      assertEquals(1, changed, "one run makes the new token; the nineteen after it find nothing to do: "
          + done.stream().filter(r -> !r.out().contains("No changes")).map(CliRun::out).toList());

      List<String> tokens = sandbox.console().state().cas().tokens().stream().map(CasToken::name).sorted().toList();
      assertEquals(List.of("apex-central-correlation", "tiac", "tiac-investigations", "tiac-queued"), tokens, "one live token per name");
      CliRun last = CliRun.withState(stateDir, "plan", "--sandbox", "--detailed-exitcode", file.toString());
      assertEquals(ExitCode.OK, last.code(), "the last plan is empty: " + last.out() + last.err());
      assertTrue(Files.exists(StateBackends.sandboxHome(stateDir).resolve("state.json")));
    }
  }
}
