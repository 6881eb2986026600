package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.sandbox.console.CasPolicy;
import dev.tiac.sandbox.console.CasTargets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ATP policy's protected targets in the sandbox: a console that protects only Finance is drift
 * the plan restores, and the readiness names the investigations that read mailboxes outside it;
 * a file that narrows the targets is refused until it opts in to weakening.
 */
class ProtectedTargetsTest {
  private static final String READINESS = "correlation.readiness[\"email\"]";

  @TempDir Path dir;
  private SampleSandbox sample;

  @BeforeEach
  void copySample() throws IOException {
    sample = new SampleSandbox(dir, "canary-targets");
  }

  @Test
  void aConsoleThatProtectsOnlyFinanceIsDriftAndBlocksTheInvestigationsThatSweepEveryMailbox() {
    assertEquals(ExitCode.OK, sample.tiac("apply", "--sandbox", "--auto-approve", sample.file.toString()).code());
    sample.console(core -> core.console().cas().setPolicy(CasPolicy.ATP, Optional.empty(), Optional.of(CasTargets.selected(List.of(), List.of("Finance")))));
    CliRun plan = sample.tiac("plan", "--sandbox", sample.file.toString());
    assertTrue(plan.out().contains("~ cas.policy[\"Default Exchange Policy ATP\"] will be updated in place  [STRENGTHENS SECURITY]"), plan.out());
    assertTrue(plan.out().contains("~ type: \"selected\" -> \"all\""), plan.out());
    String readiness = SampleSandbox.check(plan.out(), READINESS);
    assertTrue(readiness.contains("is checked: fail"), readiness);
    assertTrue(readiness.contains("invoice-phish reads every mailbox; sso-lookalike reads every mailbox, but the enabled policies protect only"
        + " Default Exchange Policy ATP: Selected users/groups: groups Finance: mail outside them is invisible to the sweeps"), readiness);
    assertEquals(ExitCode.OK, sample.tiac("apply", "--sandbox", "--auto-approve", sample.file.toString()).code());
    String restored = sample.tiac("plan", "--sandbox", sample.file.toString()).out();
    assertTrue(restored.contains("0 to change"), restored);
    assertFalse(restored.contains("protected by a policy ON (mail): fail"), restored);
  }

  @Test
  void aFileThatNarrowsTheTargetsIsRefusedUntilItOptsInToWeakening() throws IOException {
    assertEquals(ExitCode.OK, sample.tiac("apply", "--sandbox", "--auto-approve", sample.file.toString()).code());
    String narrowed = Files.readString(sample.file).replace("    - name: Default Exchange Policy ATP\n      status: \"ON\"\n",
        "    - name: Default Exchange Policy ATP\n      status: \"ON\"\n      targets:\n        type: selected\n        groups: [Finance]\n");
    Files.writeString(sample.file, narrowed);
    CliRun refused = sample.tiac("apply", "--sandbox", "--auto-approve", sample.file.toString());
    assertTrue(refused.out().contains("refused: add allowWeakening: true to cas.policy[\"Default Exchange Policy ATP\"]"), refused.out() + refused.err());
    Files.writeString(sample.file, narrowed.replace("        groups: [Finance]\n", "        groups: [Finance]\n      allowWeakening: true\n"));
    assertEquals(ExitCode.OK, sample.tiac("apply", "--sandbox", "--auto-approve", sample.file.toString()).code());
    CliRun plan = sample.tiac("plan", "--sandbox", sample.file.toString());
    assertTrue(plan.out().contains("0 to change"), plan.out());
  }
}
