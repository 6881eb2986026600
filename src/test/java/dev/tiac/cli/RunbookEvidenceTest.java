package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.ResourceKind;
import dev.tiac.plan.Plan;
import dev.tiac.plan.render.PlanJson;
import dev.tiac.sandbox.SandboxCore;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.sandbox.console.CasApiType;
import dev.tiac.sandbox.console.CasConsole;
import dev.tiac.sandbox.console.CasPolicy;
import dev.tiac.sandbox.console.CasToken;
import dev.tiac.sandbox.console.PolicyKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runbook driver on the sandbox: an operator does the console steps and attests them; the next
 * plan verifies them through the real APIs' evidence, so a console change shows as drift where the
 * evidence can show it, and as an unverified readiness where it cannot (never as "removed").
 */
class RunbookEvidenceTest {
  private static final String TOKEN_FILE = "secrets/cas.token";
  private static final List<String> ATTESTED = List.of("cas.serviceAccount[\"exchangeOnline\"]",
      "cas.policy[\"Default Exchange Policy ATP\"]", "cas.policy[\"Default Exchange Policy DLP\"]",
      "cas.token[\"tiac-investigations\"]", "apexone.policy[\"Endpoint Sensor - Windows\"]");

  @TempDir Path dir;
  private Path file;
  private Path stateDir;
  private String tokenId;

  private CliRun tiac(String... args) {
    return CliRun.withState(stateDir, args);
  }

  private void console(Consumer<SandboxCore> change) {
    change.accept(SandboxCore.open(SandboxOptions.defaults(stateDir.resolve("sandbox").toAbsolutePath())));
  }

  /** The setup done by hand in the consoles, then attested: a plan finds nothing to do. */
  @BeforeEach
  void attestedSetup() throws IOException {
    stateDir = dir.resolve(".tiac");
    file = dir.resolve("runbook.yaml");
    Files.writeString(file, """
        apiVersion: tiac.dev/v1
        kind: ThreatInvestigationSetup
        metadata:
          name: runbook
        connections:
          apexCentral:
            url: https://acme.manage.trendmicro.com
            applicationId: ${env:TIAC_APEX_APPLICATION_ID}
            apiKey: ${env:TIAC_APEX_API_KEY}
            consoleDriver: runbook
          cloudAppSecurity:
            region: us
            token: ${env:TIAC_CAS_TOKEN}
            consoleDriver: runbook
        cloudAppSecurity:
          serviceAccount:
            type: exchangeOnline
          policies:
            - name: Default Exchange Policy ATP
              status: "ON"
            - name: Default Exchange Policy DLP
              status: "OFF"
          tokens:
            - name: tiac-investigations
              target: externalApplication
              apiTypes: [threatInvestigation.emailMessage, remediation.blockedLists]
              deliverTo:
                file: %s
        apexOne:
          policies:
            - name: Endpoint Sensor - Windows
              targets:
                type: filtered
                operatingSystems: [WIN_10, WIN_11]
              platforms:
                windowsDesktop: true
                windowsServer: false
              endpointSensor:
                enabled: true
              deploy: true
        investigations:
          - name: invoice-phish
            from:
              email:
                subject: invoice
            alertWhen: anyMail
        """.formatted(TOKEN_FILE));
    CliRun fresh = tiac("plan", "--sandbox", "--detailed-exitcode", file.toString());
    assertEquals(ExitCode.CHANGES, fresh.code(), fresh.out() + fresh.err());
    assertTrue(fresh.out().contains("! cas.serviceAccount[\"exchangeOnline\"] needs manual steps in the console"), fresh.out());
    console(core -> {
      core.console().cas().addServiceAccount(CasConsole.EXCHANGE_ONLINE);
      core.console().cas().setPolicy(CasPolicy.ATP, true);
      core.console().policies().put("Endpoint Sensor - Windows", PolicyKind.FILTERED, List.of("os:WIN_10", "os:WIN_11"), true, false, true, true);
    });
    deliverToken(List.of(CasApiType.THREAT_INVESTIGATION_EMAIL, CasApiType.BLOCKED_LISTS));
    awaitAgentPoll();
    for (String address : ATTESTED) {
      CliRun attest = tiac("attest", "--sandbox", "--address", address, file.toString());
      assertEquals(ExitCode.OK, attest.code(), attest.err());
    }
  }

  private void awaitAgentPoll() {
    AgentPoll.await(stateDir);
  }

  /** What an operator does for the token: create it in the console, store it where the file says. */
  private void deliverToken(List<CasApiType> types) throws IOException {
    String[] secret = new String[1];
    console(core -> {
      CasToken token = core.console().cas().createToken("tiac-investigations", "", CasToken.TokenTarget.EXTERNAL_APPLICATION, types);
      tokenId = token.id();
      secret[0] = token.secret();
    });
    Files.createDirectories(dir.resolve("secrets"));
    Files.writeString(dir.resolve(TOKEN_FILE), secret[0] + "\n");
  }

  @Test
  void theAttestedSetupPlansNothingAndTheReadinessPassesOnWhatItRestsOn() throws IOException {
    Path saved = dir.resolve("plan.json");
    CliRun plan = tiac("plan", "--sandbox", "--detailed-exitcode", "--out", saved.toString(), file.toString());
    assertEquals(ExitCode.OK, plan.code(), plan.out() + plan.err());
    assertTrue(plan.out().contains("correlation.readiness[\"email\"] is checked: pass"), plan.out());
    assertTrue(plan.out().contains("Exchange Online service account: a sweep of the last day returned Exchange Online mail"), plan.out());
    assertTrue(plan.out().contains("has Endpoint Sensor on (attested by "), plan.out());
    Plan read = PlanJson.read(Files.readString(saved));
    CheckOutcome readiness = read.changes().stream().filter(c -> c.address().kind() == ResourceKind.READINESS).findFirst().orElseThrow().check().orElseThrow();
    assertEquals(CheckOutcome.Status.PASS, readiness.status(), "the saved plan carries the readiness and passes its schema");
    String token = Files.readString(dir.resolve(TOKEN_FILE)).trim();
    CliRun debug = tiac("plan", "--sandbox", "--debug", "--json", file.toString());
    StringBuilder everything = new StringBuilder(plan.out() + plan.err() + debug.out() + debug.err() + Files.readString(saved));
    try (Stream<Path> files = Files.walk(stateDir)) {
      for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.startsWith(stateDir.resolve("sandbox"))).toList()) {
        everything.append(Files.readString(f));
      }
    }
    assertTrue(debug.err().contains("/v1/remediation/mails"), "the token was asked about its declared types");
    assertFalse(everything.toString().contains(token), "the delivered token leaked");
  }

  @Test
  void dlpTurnedOnInTheConsoleIsDriftOnThatPolicyThroughItsDetections() {
    console(core -> core.console().cas().setPolicy(CasPolicy.DLP, true));
    CliRun plan = tiac("plan", "--sandbox", "--detailed-exitcode", file.toString());
    assertEquals(ExitCode.CHANGES, plan.code(), plan.out() + plan.err());
    assertTrue(plan.out().contains("! cas.policy[\"Default Exchange Policy DLP\"] needs manual steps in the console"), plan.out());
    assertTrue(plan.out().contains("status: \"ON\" -> \"OFF\""), plan.out());
  }

  @Test
  void aTokenDeletedInTheConsoleIsDriftOnTheToken() {
    console(core -> core.console().cas().deleteToken(tokenId));
    CliRun plan = tiac("plan", "--sandbox", "--detailed-exitcode", file.toString());
    assertEquals(ExitCode.CHANGES, plan.code(), plan.out() + plan.err());
    assertTrue(plan.out().contains("! cas.token[\"tiac-investigations\"] needs manual steps in the console"), plan.out());
    assertTrue(plan.out().contains("+ apiTypes: [\n          + \"remediation.blockedLists\",\n          + \"threatInvestigation.emailMessage\",\n        ]"), plan.out());
  }

  @Test
  void aTokenLackingADeclaredApiTypeIsDriftOnItsApiTypes() throws IOException {
    console(core -> core.console().cas().deleteToken(tokenId));
    deliverToken(List.of(CasApiType.THREAT_INVESTIGATION_EMAIL));
    CliRun plan = tiac("plan", "--sandbox", "--detailed-exitcode", file.toString());
    assertEquals(ExitCode.CHANGES, plan.code(), plan.out() + plan.err());
    assertTrue(plan.out().contains("~ apiTypes: [\n          + \"remediation.blockedLists\",\n            # (1 unchanged entry hidden)\n        ]"), plan.out());
  }

  @Test
  void aRemovedServiceAccountIsNeverReadAsRemovedButTheReadinessStopsPassing() {
    console(core -> core.console().cas().removeServiceAccount(CasConsole.EXCHANGE_ONLINE));
    CliRun plan = tiac("plan", "--sandbox", "--detailed-exitcode", file.toString());
    assertEquals(ExitCode.OK, plan.code(), "an empty sweep shows nothing gone: " + plan.out());
    assertFalse(plan.out().contains("cas.serviceAccount[\"exchangeOnline\"] needs"), plan.out());
    // Nothing is shown to differ, so it is not drift; but the readiness no longer passes, and says what it cannot see.
    CliRun drift = tiac("drift", "--sandbox", file.toString());
    assertEquals(ExitCode.OK, drift.code(), drift.out() + drift.err());
    assertTrue(drift.out().contains("correlation.readiness[\"email\"] is checked: unknown"), drift.out());
    assertTrue(drift.out().contains("not shown: ") && drift.out().contains("sweeps through the connection's token"), drift.out());
    assertTrue(drift.out().contains("unverified (not shown by any API, and not called passing)"), drift.out());
    CliRun strict = tiac("drift", "--sandbox", "--fail-on-unknown", file.toString());
    assertEquals(ExitCode.CHANGES, strict.code(), "a job that must not pass while anything is unknown says so: " + strict.out());
  }
}
