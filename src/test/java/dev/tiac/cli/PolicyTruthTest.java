package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.sandbox.SandboxCore;
import dev.tiac.sandbox.console.PolicyKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step 6 tells the truth in the sandbox: partial Endpoint Sensor coverage is found under both
 * drivers and names the endpoints and the policy; the platform boxes are vouched for only where
 * ShowAgentList can tell them apart; clearing a platform warns that the investigations go blind
 * there; and an omitted {@code platforms} ticks both boxes, as the procedure does.
 */
class PolicyTruthTest {
  private static final String COVERAGE = "apexone.sensorCoverage[\"Endpoint Sensor - Windows\"]";

  @TempDir Path dir;
  private SampleSandbox sample;
  private Path file;

  @BeforeEach
  void copySample() throws IOException {
    sample = new SampleSandbox(dir, "canary-clp-2");
    file = sample.file;
  }

  private CliRun tiac(String... args) {
    return sample.tiac(args);
  }

  private void console(Consumer<SandboxCore> change) {
    sample.console(change);
  }

  private void awaitAgentPoll() {
    AgentPoll.await(sample.stateDir);
  }

  /** A specified policy made in the console, above every filtered one, with the sensor off on two desktops. */
  private void sensorOffOnTwoDesktops() {
    console(core -> core.console().policies().put("Kiosk exceptions", PolicyKind.SPECIFIED, List.of("WS00001", "WS00002"), true, true, false, true));
    awaitAgentPoll();
  }

  @Test
  void partialCoverageIsFoundUnderTheApiDriverNamingTheEndpointsAndThePolicy() {
    assertEquals(ExitCode.OK, tiac("apply", "--sandbox", "--auto-approve", file.toString()).code());
    awaitAgentPoll();
    String before = SampleSandbox.check(tiac("plan", "--sandbox", file.toString()).out(), COVERAGE);
    assertTrue(before.contains("is checked: pass"), before);
    assertTrue(before.contains("source: API: Endpoint Sensor ShowAgentList"), before);

    sensorOffOnTwoDesktops();
    CliRun plan = tiac("plan", "--sandbox", file.toString());
    String coverage = SampleSandbox.check(plan.out(), COVERAGE);
    assertTrue(coverage.contains("is checked: fail"), coverage);
    assertTrue(coverage.contains("Endpoint Sensor is off on 2 of "), coverage);
    assertTrue(coverage.contains("endpoints policy \"Endpoint Sensor - Windows\" covers: WS00001, WS00002"), coverage);
  }

  @Test
  void underTheRunbookDriverCoverageIsFoundAndASensorSwitchedOffIsNotCalledAClearedPlatform() throws IOException {
    Files.writeString(file, Files.readString(file).replace("    communicationTimeoutSeconds: 120\n",
        "    communicationTimeoutSeconds: 120\n    consoleDriver: runbook\n"));
    assertEquals(ExitCode.OK, tiac("plan", "--sandbox", file.toString()).code());
    console(core -> {
      core.console().policies().put("Endpoint Sensor - Windows", PolicyKind.FILTERED, List.of("os:WIN_10", "os:WIN_11"), true, true, true, true);
      core.console().policies().put("Endpoint Sensor - Servers", PolicyKind.FILTERED, List.of("os:WIN_2019", "os:WIN_2022"), true, true, false, true);
    });
    sensorOffOnTwoDesktops();
    CliRun plan = tiac("plan", "--sandbox", file.toString());
    String coverage = SampleSandbox.check(plan.out(), COVERAGE);
    assertTrue(coverage.contains("is checked: fail"), coverage);
    assertTrue(coverage.contains("covers: WS00001, WS00002"), coverage);
    // The servers' policy runs with the sensor switch off: ShowAgentList cannot tell that from a cleared box.
    int servers = plan.out().indexOf("apexone.policy[\"Endpoint Sensor - Servers\"]");
    assertTrue(servers >= 0, plan.out());
    String serverChange = plan.out().substring(servers, plan.out().indexOf("\n\n", servers));
    assertTrue(serverChange.contains("endpointSensor"), serverChange);
    assertFalse(serverChange.contains("windowsServer: false") || serverChange.contains("windowsServer: \"false\""), serverChange);
  }

  @Test
  void clearingWindowsDesktopOnADesktopPolicyWarnsThatTheInvestigationsGoBlindThere() throws IOException {
    assertEquals(ExitCode.OK, tiac("apply", "--sandbox", "--auto-approve", file.toString()).code());
    String desktops = "        operatingSystems: [WIN_10, WIN_11]\n";
    Files.writeString(file, Files.readString(file).replace(desktops,
        desktops + "      platforms:\n        windowsDesktop: false\n      allowWeakening: true\n"));
    CliRun plan = tiac("plan", "--sandbox", file.toString());
    assertEquals(ExitCode.OK, plan.code(), plan.err());
    assertTrue(plan.out().contains("apexone.policy[\"Endpoint Sensor - Windows\"]: clearing Windows desktop stops Endpoint Sensor on the policy's desktops"),
        plan.out());
  }

  @Test
  void priorityIsAppliedReadBackAndDiffedUnderTheApiDriver() {
    assertEquals(ExitCode.OK, tiac("apply", "--sandbox", "--auto-approve", file.toString()).code());
    console(core -> assertEquals(List.of("Endpoint Sensor - Windows", "Endpoint Sensor - Servers"),
        core.console().policies().list().stream().map(p -> p.name()).toList(), "the file's priorities 1 and 2"));
    console(core -> core.console().policies().prioritize("Endpoint Sensor - Servers", 1));
    CliRun plan = tiac("plan", "--sandbox", "--detailed-exitcode", file.toString());
    assertEquals(ExitCode.CHANGES, plan.code(), plan.out());
    assertTrue(plan.out().contains("priority: 2 -> 1"), plan.out());
    assertEquals(ExitCode.OK, tiac("apply", "--sandbox", "--auto-approve", file.toString()).code());
    console(core -> assertEquals("Endpoint Sensor - Windows", core.console().policies().list().get(0).name()));
  }

  @Test
  void anOmittedPlatformsTicksBothBoxesAsTheProcedureDoes() throws IOException {
    assertFalse(Files.readString(file).contains("platforms:\n"), "the sample follows the procedure's defaults");
    assertEquals(ExitCode.OK, tiac("apply", "--sandbox", "--auto-approve", file.toString()).code());
    console(core -> core.console().policies().list().forEach(p -> {
      assertTrue(p.windowsDesktop() && p.windowsServer(), p.name() + " has both platforms ticked");
    }));
  }
}
