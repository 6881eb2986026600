package dev.tiac.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.contract.Change;
import dev.tiac.contract.ChangeKind;
import dev.tiac.contract.ResourceKind;
import dev.tiac.plan.Plan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planning as a use case: the driver each connection chose shapes the plan, decided once in the wiring. */
class PlanRunTest {
  @TempDir Path dir;

  private static Plan plan(SandboxRuns runs) {
    try (Run run = runs.open()) {
      return new PlanRun(run, runs.narration(), 50).plan(new PlanRun.Request(Plan.OptIns.NONE, Optional.empty())).plan();
    }
  }

  private static List<Change> of(Plan plan, ResourceKind kind) {
    return plan.changes().stream().filter(c -> c.address().kind() == kind).toList();
  }

  @Test
  void onTheSandboxEveryConsoleSettingIsChangedByCalls() throws IOException {
    Plan plan = plan(new SandboxRuns(dir));
    assertEquals(0, plan.count(ChangeKind.MANUAL), plan.summary());
    List<Change> cas = of(plan, ResourceKind.CAS_POLICY).stream().filter(Change::isAction).toList();
    assertFalse(cas.isEmpty(), plan.summary());
    assertTrue(cas.stream().allMatch(c -> c.kind() == ChangeKind.UPDATE && c.steps().isEmpty()), cas.toString());
  }

  @Test
  void aConnectionThatAsksForTheRunbookGetsConsoleStepsForItsKindsAndTheOtherKeepsItsCalls() throws IOException {
    SandboxRuns runs = new SandboxRuns(dir);
    runs.edit(yaml -> yaml.replace("    requestsPerMinute: 18\n", "    requestsPerMinute: 18\n    consoleDriver: runbook\n"));
    Plan plan = plan(runs);
    List<Change> cas = of(plan, ResourceKind.CAS_POLICY);
    assertFalse(cas.isEmpty());
    assertTrue(cas.stream().filter(Change::isAction).allMatch(c -> c.kind() == ChangeKind.MANUAL && !c.steps().isEmpty()), cas.toString());
    List<Change> apexOne = of(plan, ResourceKind.APEXONE_POLICY);
    assertFalse(apexOne.isEmpty());
    assertTrue(apexOne.stream().allMatch(c -> c.kind() == ChangeKind.CREATE), apexOne.toString());
    // Console steps cost no calls; the Apex One policies still do.
    assertTrue(plan.cost().stream().anyMatch(c -> c.service().equals("Management API") && c.apply() > 0), plan.cost().toString());
  }

  @Test
  void theRefreshIsNarratedBeforeAnyServiceIsRead() throws IOException {
    SandboxRuns runs = new SandboxRuns(dir);
    plan(runs);
    assertEquals(List.of("tiac: refreshing live state ..."), runs.said);
  }
}
