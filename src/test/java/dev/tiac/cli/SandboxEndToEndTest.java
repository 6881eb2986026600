package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.sandbox.SandboxCore;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.sandbox.console.CasPolicy;
import dev.tiac.sandbox.console.Licence;
import dev.tiac.state.LockRequest;
import dev.tiac.state.StateLock;
import dev.tiac.state.LocalStateBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product's main job on the embedded sandbox, through the command line: apply converges, a
 * second apply writes nothing, console drift shows, saved plans go stale, secrets never leak.
 */
class SandboxEndToEndTest {
  private static final String CANARY = "canary-clp-5f0e7a91c2";

  @TempDir Path dir;
  private Path file;
  private Path stateDir;


  private CliRun tiac(String... args) {
    return CliRun.withState(stateDir, args);
  }

  @BeforeEach
  void copySample() throws IOException {
    stateDir = dir.resolve(".tiac");
    String acme = CliRun.sampleWithCanary(dir, CANARY);
    file = dir.resolve("acme.yaml");
    Files.writeString(file, acme);
  }

  private void console(java.util.function.Consumer<SandboxCore> change) {
    change.accept(SandboxCore.open(SandboxOptions.defaults(stateDir.resolve("sandbox").toAbsolutePath())));
  }

  @Test
  void applyConvergesAndASecondApplyChangesNothing() throws IOException {
    CliRun apply = tiac("apply", "--sandbox", "--auto-approve", file.toString());
    assertEquals(ExitCode.OK, apply.code(), apply.out() + apply.err());
    assertTrue(apply.out().contains("Apply: 13 applied, 0 failed"), apply.out());
    CliRun plan = tiac("plan", "--sandbox", "--detailed-exitcode", file.toString());
    assertEquals(ExitCode.OK, plan.code(), plan.out());
    String stateBefore = Files.readString(StateBackends.sandboxHome(stateDir).resolve("state.json"));
    CliRun again = tiac("apply", "--sandbox", "--auto-approve", file.toString());
    assertEquals(ExitCode.OK, again.code());
    assertTrue(again.out().contains("No changes"), again.out());
    assertEquals(stateBefore, Files.readString(StateBackends.sandboxHome(stateDir).resolve("state.json")), "a second apply must not even rewrite state");
  }

  @Test
  void turningAtpOffInTheConsoleIsDriftInTheNextPlan() {
    assertEquals(ExitCode.OK, tiac("apply", "--sandbox", "--auto-approve", file.toString()).code());
    console(core -> core.console().cas().setPolicy(CasPolicy.ATP, false));
    CliRun plan = tiac("plan", "--sandbox", "--detailed-exitcode", file.toString());
    assertEquals(ExitCode.CHANGES, plan.code());
    assertTrue(plan.out().contains("~ cas.policy[\"Default Exchange Policy ATP\"]"), plan.out());
    assertTrue(plan.out().contains("status: \"OFF\" -> \"ON\""), plan.out());
  }

  @Test
  void aMissingLicenceStopsApplyBeforeAnythingChanges() {
    assertEquals(ExitCode.OK, tiac("plan", "--sandbox", file.toString()).code());
    console(core -> core.console().apexCentral().setClpAccount("secops-licensing@acme.example", CANARY,
        List.of(new Licence(Licence.CLOUD_APP_SECURITY, "2027-12-31"))));
    CliRun apply = tiac("apply", "--sandbox", "--auto-approve", file.toString());
    assertEquals(ExitCode.ERROR, apply.code());
    assertTrue(apply.err().contains("precondition failed: licence endpointSensor"), apply.err());
    assertTrue(apply.err().contains("Apex One as a Service: Endpoint Sensor"), apply.err());
    assertTrue(apply.err().contains("Nothing was applied."));
    assertFalse(Files.exists(StateBackends.sandboxHome(stateDir).resolve("state.json")) && readQuietly(StateBackends.sandboxHome(stateDir).resolve("state.json")).contains("suspiciousObject"));
  }

  @Test
  void aSavedPlanIsRefusedWhenTheFileTheStateOrTheLiveServiceMoved() throws IOException {
    Path saved = dir.resolve("plan.json");
    assertEquals(ExitCode.OK, tiac("plan", "--sandbox", "--out", saved.toString(), file.toString()).code());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(saved)));
    Files.writeString(file, Files.readString(file).replace("Credential phishing kit", "Phishing kit"));
    CliRun edited = tiac("apply", "--sandbox", "--auto-approve", saved.toString());
    assertEquals(ExitCode.ERROR, edited.code());
    assertTrue(edited.err().contains("desired-state files changed"), edited.err());

    assertEquals(ExitCode.OK, tiac("plan", "--sandbox", "--out", saved.toString(), file.toString()).code());
    console(core -> core.console().cas().setPolicy(CasPolicy.ATP, true));
    CliRun live = tiac("apply", "--sandbox", "--auto-approve", saved.toString());
    assertEquals(ExitCode.ERROR, live.code());
    assertTrue(live.err().contains("changed in the live service"), live.err());

    assertEquals(ExitCode.OK, tiac("plan", "--sandbox", "--out", saved.toString(), file.toString()).code());
    assertEquals(ExitCode.OK, tiac("apply", "--sandbox", "--auto-approve", file.toString()).code());
    CliRun state = tiac("apply", "--sandbox", "--auto-approve", saved.toString());
    assertEquals(ExitCode.ERROR, state.code());
    assertTrue(state.err().contains("state moved from serial"), state.err());
  }

  @Test
  void aSecondApplyWaitsForTheLockAndNamesItsHolder() {
    LocalStateBackend backend = new LocalStateBackend(StateBackends.sandboxHome(stateDir));
    try (StateLock held = backend.lock(new LockRequest("apply", "test"), Duration.ZERO)) {
      CliRun blocked = tiac("apply", "--sandbox", "--auto-approve", file.toString());
      assertEquals(ExitCode.ERROR, blocked.code());
      assertTrue(blocked.err().contains("locked"), blocked.err());
      assertTrue(blocked.err().contains(held.info().id()), blocked.err());
    }
  }

  @Test
  void noSecretReachesOutputStatePlansOrTheDebugLog() throws IOException {
    Path saved = dir.resolve("plan.json");
    CliRun plan = tiac("plan", "--sandbox", "--debug", "--out", saved.toString(), file.toString());
    CliRun apply = tiac("apply", "--sandbox", "--debug", "--auto-approve", file.toString());
    assertEquals(ExitCode.OK, apply.code(), apply.err());
    StringBuilder everything = new StringBuilder(plan.out() + plan.err() + apply.out() + apply.err());
    try (Stream<Path> files = Files.walk(stateDir)) {
      for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.startsWith(stateDir.resolve("sandbox"))).toList()) {
        everything.append(Files.readString(f));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), f.toString());
      }
    }
    everything.append(Files.readString(saved));
    assertFalse(everything.toString().contains(CANARY), "the licensing password leaked");
    assertFalse(everything.toString().contains(java.util.Base64.getEncoder().encodeToString(CANARY.getBytes())));
    assertTrue(apply.err().contains("-->") || apply.err().contains("GET"), "the debug log should show the calls");
    Path token = dir.resolve("secrets/cas-investigations.token");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(token)));
    assertFalse(everything.toString().contains(Files.readString(token).trim()), "a generated token leaked");
  }

  private static String readQuietly(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      return "";
    }
  }
}
