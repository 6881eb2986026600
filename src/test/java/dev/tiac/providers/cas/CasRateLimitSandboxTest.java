package dev.tiac.providers.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.providers.SandboxClients;
import dev.tiac.sandbox.Sandbox;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.sandbox.world.Scale;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sandbox allowing 4 requests per 1.5 s per token: pacing keeps under it, retries recover from it. */
class CasRateLimitSandboxTest {
  static final Duration WINDOW = Duration.ofMillis(1500);
  @TempDir Path dir;

  private Sandbox start() {
    return Sandbox.start(SandboxOptions.defaults(dir).withPersist(false).withScale(new Scale(30, 20, 2, 40, 50))
        .withCasRate(4, WINDOW));
  }

  @Test
  void pacingAtTheServersBudgetSendsTwelveCallsWithoutASingle429() {
    try (Sandbox sandbox = start()) {
      CasClient cas = new SandboxClients(sandbox.endpoints()).cas(4, WINDOW);
      long begin = System.nanoTime();
      for (int i = 0; i < 12; i++) {
        cas.blockedLists();
      }
      Duration took = Duration.ofNanos(System.nanoTime() - begin);
      assertEquals(0, sandbox.counters().answered("cas", "429"), sandbox.counters().statuses().toString());
      assertEquals(12, sandbox.counters().answered("cas", "200"));
      assertTrue(took.compareTo(WINDOW.multipliedBy(2)) >= 0, "12 calls at 4 per window span two windows: " + took);
    }
  }

  /** Plan's reads, a query's sweeps and export may each build a client: the token's budget is one. */
  @Test
  void twoClientsOfOneRunOnOneTokenShareItsBudget() {
    try (Sandbox sandbox = start()) {
      SandboxClients run = new SandboxClients(sandbox.endpoints());
      CasClient planning = run.cas(4, WINDOW);
      CasClient querying = run.cas(4, WINDOW);
      for (int i = 0; i < 6; i++) {
        planning.blockedLists();
        querying.blockedLists();
      }
      assertEquals(0, sandbox.counters().answered("cas", "429"), sandbox.counters().statuses().toString());
      assertEquals(12, sandbox.counters().answered("cas", "200"));
    }
  }

  @Test
  void anUnpacedClientMeets429sAndStillCompletesEveryCallAfterRetryAfter() {
    try (Sandbox sandbox = start()) {
      CasClient cas = new SandboxClients(sandbox.endpoints()).cas(100, WINDOW);
      for (int i = 0; i < 8; i++) {
        cas.blockedLists();
      }
      assertEquals(8, sandbox.counters().answered("cas", "200"));
      assertTrue(sandbox.counters().answered("cas", "429") >= 1, sandbox.counters().statuses().toString());
    }
  }
}
