package dev.tiac.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.contract.Change;
import dev.tiac.plan.Plan;
import dev.tiac.sandbox.SandboxCore;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.sandbox.console.CasPolicy;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drift as a use case: what changed in a console since the apply, found without writing anything. */
class DriftRunTest {
  @TempDir Path dir;

  private static DriftRun.Result drift(SandboxRuns runs) {
    try (Run run = runs.open()) {
      return new DriftRun(run, runs.narration(), 50).drift();
    }
  }

  @Test
  void aSettingTurnedOffInTheConsoleIsDriftAndDriftWritesNothing() throws IOException {
    SandboxRuns runs = new SandboxRuns(dir);
    try (Run run = runs.openLocked()) {
      assertInstanceOf(ApplyResult.Applied.class, new ApplyRun(run, runs.narration(), 50, new ApplyRunTest.Operator(true), ApplyRun.Watch.none())
          .apply(new ApplyRun.Request(new ApplyRun.FromFiles(Plan.OptIns.NONE), true)));
    }
    DriftRun.Result applied = drift(runs);
    assertTrue(applied.clean(), "nothing is shown to differ right after the apply: " + applied.plan().summary());
    assertFalse(applied.cleanAndKnown(), "the licences' seats nobody attested stay unknown, never passing");
    SandboxCore.open(SandboxOptions.defaults(runs.stateDir.resolve("sandbox").toAbsolutePath())).console().cas().setPolicy(CasPolicy.ATP, false);
    long serial = runs.state().orElseThrow().serial();
    DriftRun.Result drift = drift(runs);
    assertFalse(drift.clean());
    Change atp = drift.plan().changes().stream().filter(c -> c.address().toString().equals(ApplyRunTest.ATP)).findFirst().orElseThrow();
    assertTrue(atp.isAction(), atp.toString());
    assertEquals(serial, runs.state().orElseThrow().serial(), "drift wrote state");
    assertFalse(drift(runs).clean(), "drift changed the console back");
  }
}
