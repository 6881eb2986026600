package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.sandbox.Sandbox;
import dev.tiac.time.WireTime;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documentation calls 500 "usually temporary": with one read in five answered 500 (Apex
 * Central and Cloud App Security alike), a plan and a query of the sample end exactly as they do
 * without faults.
 */
class ServerErrorFaultsTest {
  static final double RATE = 0.2;

  @TempDir Path dir;

  @Test
  void aPlanAndAQueryOfTheSampleEndAsWithoutFaultsWhenOneReadInFiveFailsWith500() throws Exception {
    Path stateDir = dir.resolve(".tiac");
    try (Sandbox sandbox = FaultRun.sandbox(stateDir)) {
      FaultRun.Runs clean = FaultRun.run(stateDir, sandbox, 0, 1);
      FaultRun.Runs faulty = FaultRun.run(stateDir, sandbox, RATE, 20261130L);

      assertEquals(0, clean.injected());
      assertTrue(faulty.reads() >= 10 && faulty.injected() >= 1, faulty.injected() + " of " + faulty.reads() + " reads failed");
      assertEquals(clean.planCode(), faulty.planCode(), faulty.planErr());
      assertEquals(clean.planOut(), faulty.planOut());
      assertEquals(clean.queryCode(), faulty.queryCode(), faulty.queryErr());
      assertTrue(FaultRun.findings(clean.queryOut()).toString().contains("\"matched\""), clean.queryOut());
      assertEquals(FaultRun.findings(clean.queryOut()), FaultRun.findings(faulty.queryOut()));
      // Every time the CAS client sent, in the plan's checks and the query's sweeps, as documented.
      assertTrue(clean.times().size() >= 2, clean.times().toString());
      assertTrue(clean.times().stream().allMatch(WireTime::documented), clean.times().toString());
    }
  }
}
