package dev.tiac.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.plan.Plan;
import dev.tiac.plan.render.SealedPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved plan applies only to what it was made from, and applies without asking again: decided by the use case. */
class SavedPlanApplyTest {
  @TempDir Path dir;
  SandboxRuns runs;
  Path saved;

  @BeforeEach
  void planSaved() throws IOException {
    runs = new SandboxRuns(dir);
    saved = dir.resolve("plan.json");
    try (Run run = runs.open()) {
      PlanRun.Result result = new PlanRun(run, runs.narration(), 50).plan(new PlanRun.Request(Plan.OptIns.NONE, Optional.of(saved)));
      assertEquals(Optional.of(saved), result.savedTo());
      assertTrue(result.plan().hasChanges());
    }
  }

  private ApplyResult apply(ApplyRun.Source source, ApplyRunTest.Operator operator) {
    try (Run run = runs.openLocked()) {
      return new ApplyRun(run, runs.narration(), 50, operator, ApplyRun.Watch.none()).apply(new ApplyRun.Request(source, false));
    }
  }

  private ApplyRun.Source savedPlan() throws IOException {
    return new ApplyRun.FromSavedPlan(SealedPlan.parse(Files.readString(saved, StandardCharsets.UTF_8)));
  }

  @Test
  void anUneditedSavedPlanAppliesWithoutAskingAgain() throws IOException {
    ApplyRunTest.Operator operator = new ApplyRunTest.Operator(false);
    assertInstanceOf(ApplyResult.Applied.class, apply(savedPlan(), operator));
    assertEquals(0, operator.asked, "a saved plan was reviewed when it was made");
  }

  @Test
  void aSavedPlanIsStaleOnceTheStateMovedAndAppliesNothing() throws IOException {
    assertInstanceOf(ApplyResult.Applied.class, apply(new ApplyRun.FromFiles(Plan.OptIns.NONE), new ApplyRunTest.Operator(true)));
    long serial = runs.state().orElseThrow().serial();
    ApplyRunTest.Operator operator = new ApplyRunTest.Operator(true);
    ApplyResult.Stale stale = assertInstanceOf(ApplyResult.Stale.class, apply(savedPlan(), operator));
    // A state first written after the plan was made has a lineage of its own, too.
    assertEquals("the saved plan is stale: state moved from serial 0 to " + serial + " (another lineage) since it was made; run tiac plan again",
        stale.reason());
    assertEquals(0, operator.shown.size(), "a stale plan was shown as if it would apply");
    assertEquals(serial, runs.state().orElseThrow().serial());
  }

  @Test
  void aSavedPlanIsStaleOnceItsFileChangedBeforeAnyServiceIsRead() throws IOException {
    runs.edit(yaml -> yaml + "\n# edited after planning\n");
    runs.said.clear();
    ApplyResult.Stale stale = assertInstanceOf(ApplyResult.Stale.class, apply(savedPlan(), new ApplyRunTest.Operator(true)));
    assertEquals("the saved plan is stale: the desired-state files changed since it was made (" + runs.file + "); run tiac plan again", stale.reason());
    assertTrue(runs.said.isEmpty(), "the services were read: " + runs.said);
  }
}
