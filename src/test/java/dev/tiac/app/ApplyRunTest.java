package dev.tiac.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.apply.Outcome;
import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.plan.Plan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run policy of an apply, decided by the use case with no command line: the acme sample on a
 * sandbox, an operator who answers as each test says, and the result as a value.
 */
class ApplyRunTest {
  static final String ATP = "cas.policy[\"Default Exchange Policy ATP\"]";

  @TempDir Path dir;
  SandboxRuns runs;

  @BeforeEach
  void sample() throws IOException {
    runs = new SandboxRuns(dir);
  }

  /** An operator who approves or not, confirms no console step, and keeps what was shown and asked. */
  static final class Operator implements ApplyRun.Operator {
    final boolean approve;
    final List<Plan> shown = new ArrayList<>();
    int asked;

    Operator(boolean approve) {
      this.approve = approve;
    }

    @Override
    public void show(Plan plan, List<Address> leftForNextPlan) {
      shown.add(plan);
    }

    @Override
    public boolean approves(Plan plan) {
      asked++;
      return approve;
    }

    @Override
    public Optional<String> confirmed(Change change) {
      return Optional.empty();
    }
  }

  private ApplyResult apply(ApplyRun.Request request, Operator operator, int maxApiShare) {
    try (Run run = runs.openLocked()) {
      return new ApplyRun(run, runs.narration(), maxApiShare, operator, ApplyRun.Watch.none()).apply(request);
    }
  }

  private ApplyResult apply(boolean autoApprove, Operator operator) {
    return apply(new ApplyRun.Request(new ApplyRun.FromFiles(Plan.OptIns.NONE), autoApprove), operator, 50);
  }

  private Plan plan() {
    try (Run run = runs.open()) {
      return new PlanRun(run, runs.narration(), 50).plan(new PlanRun.Request(Plan.OptIns.NONE, Optional.empty())).plan();
    }
  }

  @Test
  void anApprovedApplyMakesEveryChangeAndTheNextPlanHasNone() {
    Operator operator = new Operator(true);
    ApplyResult.Applied applied = assertInstanceOf(ApplyResult.Applied.class, apply(false, operator));
    assertEquals(1, operator.asked);
    assertTrue(applied.outcomes().stream().allMatch(o -> o.status() == Outcome.Status.APPLIED), applied.outcomes().toString());
    assertEquals(Optional.empty(), applied.deadlinePassed());
    assertFalse(plan().hasChanges(), "the apply left changes");
    assertInstanceOf(ApplyResult.NoChanges.class, apply(false, operator));
    assertEquals(1, operator.asked, "an apply with nothing to do asked for approval");
  }

  @Test
  void aDeclinedApprovalAppliesNothing() {
    Operator operator = new Operator(false);
    ApplyResult result = apply(false, operator);
    assertInstanceOf(ApplyResult.Declined.class, result);
    assertEquals(1, operator.asked);
    assertEquals(1, operator.shown.size(), "the plan was not shown before the question");
    assertEquals(0, runs.state().map(s -> s.resources().size()).orElse(0), "a declined apply recorded resources");
    assertEquals(operator.shown.get(0).changes().stream().filter(Change::isAction).count(),
        plan().changes().stream().filter(Change::isAction).count(), "a declined apply changed the services");
  }

  @Test
  void aWeakeningWithoutItsOptInIsRefusedByTheUseCaseAndNothingIsApplied() throws IOException {
    assertInstanceOf(ApplyResult.Applied.class, apply(true, new Operator(true)));
    long serial = runs.state().orElseThrow().serial();
    runs.edit(yaml -> yaml.replace("status: \"ON\"", "status: \"OFF\""));
    Operator operator = new Operator(true);
    ApplyResult.Refused refused = assertInstanceOf(ApplyResult.Refused.class, apply(true, operator));
    assertEquals(1, refused.reasons().size(), refused.reasons().toString());
    assertTrue(refused.reasons().get(0).startsWith(ATP + ": ") && refused.reasons().get(0).endsWith("; the file must opt in"),
        refused.reasons().toString());
    assertEquals(0, operator.asked, "a refused apply asked for approval");
    assertEquals(serial, runs.state().orElseThrow().serial(), "a refused apply wrote state");
    Change still = plan().changes().stream().filter(c -> c.address().toString().equals(ATP)).findFirst().orElseThrow();
    assertTrue(still.isAction() && still.isRefused(), "ATP was turned off: " + still);
  }

  @Test
  void aRunOverTheApiShareIsRefusedBeforeAnythingIsAsked() {
    Operator operator = new Operator(true);
    ApplyResult.OverBudget over = assertInstanceOf(ApplyResult.OverBudget.class,
        apply(new ApplyRun.Request(new ApplyRun.FromFiles(Plan.OptIns.NONE), false), operator, 15));
    assertTrue(over.reason().startsWith("this run would make 4 Cloud App Security calls (3 to refresh, 1 to apply), over 15%"), over.reason());
    assertEquals(0, operator.asked);
    assertEquals(0, runs.state().map(s -> s.resources().size()).orElse(0), "an apply over budget recorded resources");
  }
}
