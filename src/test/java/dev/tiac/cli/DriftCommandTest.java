package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.sandbox.SandboxCore;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.sandbox.console.CasPolicy;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code tiac drift} on the sandbox: exit codes, report files, and nothing changed by it. */
class DriftCommandTest {
  private static final String CANARY = "canary-clp-drift-44be01";

  @TempDir Path dir;
  private Path file;
  private Path withOutlookCheck;
  private Path stateDir;


  private CliRun tiac(String... args) {
    return CliRun.withState(stateDir, args);
  }

  @BeforeEach
  void copySample() throws IOException {
    stateDir = dir.resolve(".tiac");
    String acme = CliRun.sampleWithCanary(dir, CANARY);
    // The Outlook check sees an endpoint without mail client activity (unknown, so not in sync): tested below, apart.
    withOutlookCheck = dir.resolve("acme-outlook.yaml");
    Files.writeString(withOutlookCheck, acme);
    acme = acme.replaceAll("(?s)\n  emailClient:.*?\n\n", "\n\n");
    file = dir.resolve("acme.yaml");
    Files.writeString(file, acme);
  }

  /** What no API shows, read from the licensing portal and attested: without it the licence checks stay unknown, never in sync. */
  private void attestLicences() {
    String expires = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusYears(1).toString();
    for (String product : List.of("cloudAppSecurity", "endpointSensor")) {
      CliRun attest = tiac("attest", "--sandbox", "--address", "clp.licence[\"" + product + "\"]", "--fact", "seats=5000", "--fact", "expires=" + expires, file.toString());
      assertEquals(ExitCode.OK, attest.code(), attest.err());
    }
  }

  private void console(java.util.function.Consumer<SandboxCore> change) {
    change.accept(SandboxCore.open(SandboxOptions.defaults(stateDir.resolve("sandbox").toAbsolutePath())));
  }

  @Test
  void driftExitsZeroAndWritesEveryReportWhenTheTenantMatchesTheFile() throws Exception {
    assertEquals(ExitCode.OK, tiac("apply", "--sandbox", "--auto-approve", file.toString()).code());
    attestLicences();
    AgentPoll.await(stateDir);
    Path reports = dir.resolve("reports");
    CliRun drift = tiac("drift", "--sandbox", "--report", "json,junit,sarif,markdown,html", "--report-dir", reports.toString(), file.toString());
    assertEquals(ExitCode.OK, drift.code(), drift.out() + drift.err());
    assertTrue(drift.out().contains("resources are in sync."), drift.out());
    for (String name : List.of("tiac-drift.json", "tiac-drift.xml", "tiac-drift.sarif", "tiac-drift.md", "tiac-drift.html")) {
      assertTrue(Files.size(reports.resolve(name)) > 0, name);
      assertTrue(drift.err().contains(reports.resolve(name).toString()), drift.err());
      assertFalse(Files.readString(reports.resolve(name)).contains(CANARY), name + " holds a secret");
    }
    JsonNode json = JsonMapper.shared().readTree(Files.readString(reports.resolve("tiac-drift.json")));
    assertFalse(json.path("summary").path("drift").asBoolean(true));
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(reports.resolve("tiac-drift.xml").toFile());
  }

  @Test
  void atpTurnedOffInTheConsoleIsCriticalDriftWithExitTwoAndChangesNothing() throws IOException {
    assertEquals(ExitCode.OK, tiac("apply", "--sandbox", "--auto-approve", file.toString()).code());
    attestLicences();
    console(core -> core.console().cas().setPolicy(CasPolicy.ATP, false));
    String stateBefore = Files.readString(StateBackends.sandboxHome(stateDir).resolve("state.json"));
    CliRun drift = tiac("drift", "--sandbox", "--report", "sarif,markdown", "--report-dir", dir.toString(), file.toString());
    assertEquals(ExitCode.CHANGES, drift.code(), drift.out() + drift.err());
    assertTrue(drift.out().contains("status: \"OFF\" -> \"ON\""), drift.out());
    assertTrue(drift.out().contains("(2 critical)"), drift.out());
    assertTrue(drift.out().contains("correlation.readiness[\"email\"] is checked: fail"), drift.out());
    assertTrue(drift.out().contains("blocked by a Default Exchange policy ON"), drift.out());
    JsonNode result = JsonMapper.shared().readTree(Files.readString(dir.resolve("tiac-drift.sarif"))).path("runs").get(0).path("results").get(0);
    assertEquals("error", result.path("level").asString());
    assertEquals("cas.policy[\"Default Exchange Policy ATP\"]", result.path("partialFingerprints").path("tiacAddress/v1").asString());
    assertTrue(Files.readString(dir.resolve("tiac-drift.md")).contains("🔴 | cas.policy"), "markdown shows it red");
    assertEquals(stateBefore, Files.readString(StateBackends.sandboxHome(stateDir).resolve("state.json")), "drift never writes state");
    CliRun again = tiac("drift", "--sandbox", file.toString());
    assertEquals(ExitCode.CHANGES, again.code(), "drift changed nothing, so it is still there");
  }

  @Test
  void sarifAndCodeQualityNameTheFileFromTheRepositoryRootGivenBySarifRoot() throws IOException {
    Path reports = dir.resolve("reports");
    CliRun drift = tiac("drift", "--sandbox", "--report", "sarif,codequality", "--report-dir", reports.toString(),
        "--sarif-root", dir.toString(), file.toString());
    assertEquals(ExitCode.CHANGES, drift.code(), drift.out() + drift.err());
    JsonNode run = JsonMapper.shared().readTree(Files.readString(reports.resolve("tiac-drift.sarif"))).path("runs").get(0);
    JsonNode artifact = run.path("results").get(0).path("locations").get(0).path("physicalLocation").path("artifactLocation");
    assertEquals("acme.yaml", artifact.path("uri").asString());
    assertEquals("SRCROOT", artifact.path("uriBaseId").asString());
    JsonNode issue = JsonMapper.shared().readTree(Files.readString(reports.resolve("tiac-drift.codequality.json"))).get(0);
    assertEquals("acme.yaml", issue.path("location").path("path").asString());
  }

  @Test
  void aServiceThatCannotBeReadIsAnErrorNeverDeletedAndWritesNoReport() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Files.writeString(dir.resolve("key.txt"), "not-a-real-key\n");
    Path unreachable = dir.resolve("unreachable.yaml");
    Files.writeString(unreachable, """
        apiVersion: tiac.dev/v1
        kind: ThreatInvestigationSetup
        metadata:
          name: unreachable
        connections:
          apexCentral:
            url: https://127.0.0.1:%d
            applicationId: 00000000-0000-0000-0000-000000000000
            apiKey: ${file:key.txt}
        apexCentral:
          suspiciousObjects:
            - type: domain
              value: evil.example
              scanAction: block
        """.formatted(closed));
    CliRun drift = tiac("drift", "--report", "json", "--report-dir", dir.toString(), unreachable.toString());
    assertEquals(ExitCode.ERROR, drift.code(), drift.out() + drift.err());
    assertTrue(drift.err().contains("tiac: error:"), drift.err());
    assertFalse(drift.out().contains("delete"), drift.out());
    assertFalse(Files.exists(dir.resolve("tiac-drift.json")), "no report from a failed read");
  }

  @Test
  void aFailingCheckIsDriftEvenWhenApplyHasNothingToDo() throws IOException {
    assertEquals(ExitCode.OK, tiac("apply", "--sandbox", "--auto-approve", withOutlookCheck.toString()).code());
    // Every endpoint starts with Outlook; a user's own choice in the console is what the check catches.
    console(core -> core.console().apexCentral().setEmailClient("WS00003", "thunderbird.exe"));
    assertEquals(ExitCode.OK, tiac("plan", "--sandbox", "--detailed-exitcode", withOutlookCheck.toString()).code());
    CliRun drift = tiac("drift", "--sandbox", "--report", "junit", "--report-dir", dir.toString(), withOutlookCheck.toString());
    assertEquals(ExitCode.CHANGES, drift.code(), drift.out() + drift.err());
    assertTrue(drift.out().contains("apexone.emailClient[\"outlook\"] is checked: fail"), drift.out());
    assertTrue(Files.readString(dir.resolve("tiac-drift.xml")).contains("type=\"critical\""));
  }

  @Test
  void theReadmesApplyThenDriftFindsNoDriftAndNamesWhatIsUnverified() throws IOException {
    assertEquals(ExitCode.OK, tiac("apply", "--sandbox", "--auto-approve", withOutlookCheck.toString()).code());
    AgentPoll.await(stateDir);
    CliRun drift = tiac("drift", "--sandbox", "--report", "json,junit", "--report-dir", dir.toString(), withOutlookCheck.toString());
    assertEquals(ExitCode.OK, drift.code(), "seats and expiry nobody attested are not drift: " + drift.out() + drift.err());
    assertTrue(drift.out().contains("clp.licence[\"cloudAppSecurity\"] is checked: unknown"), drift.out());
    assertTrue(drift.out().contains("unknown until attested"), drift.out());
    assertFalse(drift.out().contains("is checked: pass\n      evidence: Cloud App Security answers"), "an attestation-only fact is never called pass");
    assertTrue(drift.out().matches("(?s).*No drift in \\d+ resources; \\d+ unverified \\(not shown by any API, and not called passing\\)\\..*"), drift.out());
    JsonNode json = JsonMapper.shared().readTree(Files.readString(dir.resolve("tiac-drift.json")));
    assertFalse(json.path("summary").path("drift").asBoolean(true));
    assertTrue(json.path("summary").path("unverified").asInt() >= 3, json.path("summary").toString());
    assertTrue(Files.readString(dir.resolve("tiac-drift.xml")).contains("<skipped message=\"check: unknown, Cloud App Security answers"));

    CliRun strict = tiac("drift", "--sandbox", "--fail-on-unknown", withOutlookCheck.toString());
    assertEquals(ExitCode.CHANGES, strict.code(), strict.out());
    assertTrue(strict.out().contains("Exit 2: --fail-on-unknown counts the unknown checks as drift."), strict.out());
  }

  @Test
  void anUnknownReportFormatIsAUsageError() {
    CliRun drift = tiac("drift", "--report", "json,pdf", file.toString());
    assertEquals(ExitCode.USAGE, drift.code());
    assertTrue(drift.err().contains("unknown report format \"pdf\""), drift.err());
  }
}
