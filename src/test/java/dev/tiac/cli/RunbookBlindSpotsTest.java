package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.sandbox.console.PolicyKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runbook driver's blind spots in the sandbox: every attested setting an API cannot see is
 * named per resource as "not verifiable by API since" the day it was attested, in the plan and in
 * every drift report; the readiness lists them as unknown, never as holding; and none of it is drift.
 */
class RunbookBlindSpotsTest {
  private static final String AD_SYNC = "apexcentral.adSync[\"settings\"]";
  private static final String CLOUD = "apexcentral.cloudServiceSettings[\"secops-licensing@acme.example\"]";
  private static final String TOOL = "apexcentral.adSyncTool[\"dc01.corp.acme.example\"]";

  @TempDir Path dir;
  private SampleSandbox sample;
  private Path overlay;
  private final String today = LocalDate.now(ZoneOffset.UTC).toString();

  /** Apex Central's console settings under the runbook driver, done by hand and attested. */
  @BeforeEach
  void attestedApexCentral() throws IOException {
    sample = new SampleSandbox(dir, "canary-clp-8");
    overlay = SampleSandbox.apexCentralRunbook(dir);
    tiac("apply", "--sandbox", "--auto-approve", sample.file.toString(), overlay.toString());
    for (String address : List.of(AD_SYNC, CLOUD, TOOL)) {
      CliRun attest = tiac("attest", "--sandbox", sample.file.toString(), overlay.toString(), "--address", address);
      assertEquals(ExitCode.OK, attest.code(), attest.err());
    }
  }

  private CliRun tiac(String... args) {
    return sample.tiac(args);
  }

  @Test
  void thePlanNamesEachBlindSpotWithTheDayItWasAttestedAndTheReadinessCountsItUnknown() {
    String plan = tiac("plan", "--sandbox", sample.file.toString(), overlay.toString()).out();
    assertTrue(plan.contains("Not verifiable by API (each stands on an attestation; not drift, and not verified):"), plan);
    assertTrue(plan.contains("  = " + AD_SYNC + " stands as attested\n      unverified: enabled not verifiable by API since " + today + " (attested by "), plan);
    assertTrue(plan.contains("  = " + CLOUD + " stands as attested\n      unverified: account, password not verifiable by API since " + today), plan);
    assertTrue(plan.contains("unverified: minimumDotNetVersion, scheduleHours, server not verifiable by API since " + today), plan);
    assertFalse(plan.matches("(?s).*since " + today + "T.*"), "a day, never an instant: " + plan);

    String readiness = SampleSandbox.check(plan, "correlation.readiness[\"email\"]");
    assertFalse(readiness.contains("is checked: pass"), readiness);
    assertTrue(readiness.contains("Active Directory synchronization (AD user): unknown, " + AD_SYNC
        + " is enabled: enabled not verifiable by API since " + today), readiness);
    assertTrue(readiness.contains("Cloud Service Settings (mail): unknown"), readiness);
    assertTrue(readiness.contains("the synchronization tool (AD user): unknown"), readiness);
  }

  @Test
  void everyDriftReportNamesTheBlindSpotsAndNoneOfThemIsDrift() throws IOException {
    // The Endpoint Sensor policies made in the console as the file says, and attested: ShowAgentList then agrees.
    sample.console(core -> {
      core.console().policies().put("Endpoint Sensor - Windows", PolicyKind.FILTERED, List.of("os:WIN_10", "os:WIN_11"), true, true, true, true);
      core.console().policies().put("Endpoint Sensor - Servers", PolicyKind.FILTERED, List.of("os:WIN_2019", "os:WIN_2022"), true, true, true, true);
    });
    AgentPoll.await(sample.stateDir);
    for (String policy : List.of("Endpoint Sensor - Windows", "Endpoint Sensor - Servers")) {
      tiac("attest", "--sandbox", sample.file.toString(), overlay.toString(), "--address", "apexone.policy[\"" + policy + "\"]");
    }
    Path reports = dir.resolve("reports");
    CliRun drift = tiac("drift", "--sandbox", "--report", "json,junit,sarif,markdown,html,codequality", "--report-dir", reports.toString(),
        sample.file.toString(), overlay.toString());
    assertEquals(ExitCode.OK, drift.code(), drift.out() + drift.err());
    String since = "enabled not verifiable by API since " + today + " (attested by ";
    for (String name : List.of("tiac-drift.json", "tiac-drift.xml", "tiac-drift.sarif", "tiac-drift.md", "tiac-drift.html", "tiac-drift.codequality.json")) {
      String report = Files.readString(reports.resolve(name));
      assertTrue(report.contains(since), name + " names the blind spot: " + report);
    }
    assertTrue(Files.readString(reports.resolve("tiac-drift.json")).contains("\"status\" : \"unverified\""));
    assertTrue(Files.readString(reports.resolve("tiac-drift.xml")).contains("<skipped message=\"unverified: " + since));
    // ShowAgentList vouches for the sensor and the desktop box (the policy covers no server); the order no API shows.
    assertTrue(drift.out().contains("  = apexone.policy[\"Endpoint Sensor - Windows\"] stands as attested\n"
        + "      unverified: deploy, priority, targets, windowsServer not verifiable by API since " + today), drift.out());

    // A new priority is a console step of its own, then attested.
    Files.writeString(sample.file, Files.readString(sample.file).replace("      priority: 1\n", "      priority: 3\n"));
    String plan = tiac("plan", "--sandbox", sample.file.toString(), overlay.toString()).out();
    assertTrue(plan.contains("~ priority: 1 -> 3"), plan);
    assertTrue(plan.contains("move \"Endpoint Sensor - Windows\" to priority 3"), plan);
  }
}
