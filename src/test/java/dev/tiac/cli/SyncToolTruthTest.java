package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.sandbox.SandboxCore;
import dev.tiac.sandbox.console.SyncTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step 5's tool in the sandbox: it moves to another server only as a replacement behind
 * {@code allowReissue} (through the management API, or as console steps under the runbook driver),
 * and a tool deactivated from the console is named by the correlation readiness.
 */
class SyncToolTruthTest {
  private static final String FROM = "dc01.corp.acme.example";
  private static final String TO = "srv0001.corp.acme.example";
  private static final String MOVED = "apexcentral.adSyncTool[\"" + TO + "\"]";
  private static final String READINESS = "correlation.readiness[\"email\"]";

  @TempDir Path dir;
  private SampleSandbox sample;
  private Path file;

  @BeforeEach
  void copySample() throws IOException {
    sample = new SampleSandbox(dir, "canary-clp-7");
    file = sample.file;
  }

  private CliRun tiac(String... args) {
    return sample.tiac(args);
  }

  /** The sample with its tool on {@link #TO}, with or without the opt-in. */
  private void moveTool(boolean optIn) throws IOException {
    Files.writeString(file, Files.readString(file).replace("server: " + FROM, "server: " + TO)
        .replace("      scheduleHours: 4\n", "      scheduleHours: 4\n" + (optIn ? "      allowReissue: true\n" : "")));
  }

  private SyncTool activeTool() {
    SandboxCore core = SandboxCore.open(dev.tiac.sandbox.SandboxOptions.defaults(sample.stateDir.resolve("sandbox").toAbsolutePath()));
    return core.console().state().adSync().activeTool().orElseThrow();
  }

  @Test
  void aMoveWithoutTheOptInIsPlannedAsAReplacementAndRefusedWithTheHint() throws IOException {
    assertEquals(ExitCode.OK, tiac("apply", "--sandbox", "--auto-approve", file.toString()).code());
    moveTool(false);
    String plan = tiac("plan", "--sandbox", file.toString()).out();
    assertTrue(plan.contains("-/+ " + MOVED + " must be replaced"), plan);
    assertTrue(plan.contains("deactivates the tool on " + FROM), plan);
    assertTrue(plan.contains("refused: add allowReissue: true to " + MOVED), plan);
    assertTrue(plan.contains("replaced by " + MOVED), plan);

    CliRun apply = tiac("apply", "--sandbox", "--auto-approve", file.toString());
    assertEquals(ExitCode.ERROR, apply.code(), apply.out() + apply.err());
    assertEquals(FROM, activeTool().adServer(), "a refused move leaves the tool where it was");
  }

  @Test
  void theOptInMovesTheToolThroughTheManagementApi() throws IOException {
    assertEquals(ExitCode.OK, tiac("apply", "--sandbox", "--auto-approve", file.toString()).code());
    moveTool(true);
    CliRun apply = tiac("apply", "--sandbox", "--auto-approve", file.toString());
    assertEquals(ExitCode.OK, apply.code(), apply.out() + apply.err());
    assertTrue(apply.out().contains("applied " + MOVED), apply.out());
    SyncTool active = activeTool();
    assertEquals(TO, active.adServer());
    assertTrue(active.lastRun().isPresent(), "the new tool ran on its server");

    CliRun again = tiac("plan", "--sandbox", "--detailed-exitcode", file.toString());
    assertEquals(ExitCode.OK, again.code(), again.out());
    assertFalse(SampleSandbox.check(again.out(), READINESS).contains("the synchronization tool (AD user)"), "the moved tool holds for the readiness");
  }

  @Test
  void underTheRunbookDriverTheMoveIsConsoleStepsBehindTheOptIn() throws IOException {
    Path overlay = SampleSandbox.apexCentralRunbook(dir);
    String tool = "apexcentral.adSyncTool[\"" + FROM + "\"]";
    tiac("apply", "--sandbox", "--auto-approve", file.toString(), overlay.toString());
    assertEquals(ExitCode.OK, tiac("attest", "--sandbox", file.toString(), overlay.toString(), "--address", tool).code());

    moveTool(false);
    String refused = tiac("plan", "--sandbox", file.toString(), overlay.toString()).out();
    assertTrue(refused.contains("-/+ " + MOVED + " must be replaced, by manual steps in the console"), refused);
    assertTrue(refused.contains("refused: add allowReissue: true to " + MOVED), refused);
    assertTrue(refused.contains("Download the Active Directory synchronization tool (this deactivates the tool on " + FROM), refused);
    assertTrue(refused.contains("Schedule ADSyncAgentTool.exe -s in Windows Task Scheduler every 4 hours."), refused);
    assertTrue(refused.contains("On " + FROM + ", delete the scheduled task that runs ADSyncAgentTool.exe -s"), refused);

    moveTool(true);
    CliRun apply = tiac("apply", "--sandbox", "--auto-approve", file.toString(), overlay.toString());
    assertTrue(apply.out().contains("pending " + MOVED), apply.out());
    assertEquals(ExitCode.OK, tiac("attest", "--sandbox", file.toString(), overlay.toString(), "--address", MOVED).code());
    String done = tiac("plan", "--sandbox", file.toString(), overlay.toString()).out();
    assertFalse(done.contains("adSyncTool[\"" + TO + "\"] must be replaced"), done);
    assertFalse(done.contains("adSyncTool[\"" + TO + "\"] needs manual steps"), done);
  }

  @Test
  void aToolDeactivatedFromTheConsoleIsNamedByTheReadinessWithItsDay() {
    assertEquals(ExitCode.OK, tiac("apply", "--sandbox", "--auto-approve", file.toString()).code());
    CliRun issued = CliRun.of("sandbox", "--dir", dir.toString(), "console", "ad-sync", "issue-tool", "--server", TO);
    assertEquals(ExitCode.OK, issued.code(), issued.out() + issued.err());
    String day = activeTool().issued().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();

    String readiness = SampleSandbox.check(tiac("plan", "--sandbox", file.toString()).out(), READINESS);
    assertTrue(readiness.contains("is checked: fail"), readiness);
    assertTrue(readiness.contains("blocked by the synchronization tool"), readiness);
    assertTrue(readiness.contains("apexcentral.adSyncTool[\"" + FROM + "\"] is deactivated: a tool for " + TO
        + " downloaded on " + day + " (generation 2) deactivated every earlier one and has not run"), readiness);
    assertTrue(readiness.contains("add allowReissue: true to apexcentral.adSyncTool[\"" + FROM + "\"]"), readiness);
  }
}
