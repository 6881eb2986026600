package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.sandbox.SandboxCore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step 1 tells the truth in the sandbox: a licence the service refuses fails, seats and expiry are
 * unknown until attested, an attested shortfall or past expiry fails, and an old attestation stops
 * counting. Every check names its source.
 */
class LicenceTruthTest {
  private static final String CAS = "clp.licence[\"cloudAppSecurity\"]";
  private static final String ES = "clp.licence[\"endpointSensor\"]";

  @TempDir Path dir;
  private SampleSandbox sample;
  private Path file;

  @BeforeEach
  void copySample() throws IOException {
    sample = new SampleSandbox(dir, "canary-clp-1");
    file = sample.file;
  }

  private CliRun tiac(String... args) {
    return sample.tiac(args);
  }

  private void console(Consumer<SandboxCore> change) {
    sample.console(change);
  }

  @Test
  void seatsAndExpiryAreUnknownUntilAttestedAndTheSourceIsNamed() {
    CliRun plan = tiac("plan", "--sandbox", file.toString());
    assertEquals(ExitCode.OK, plan.code(), plan.err());
    String cas = SampleSandbox.check(plan.out(), CAS);
    assertTrue(cas.contains("is checked: unknown"), cas);
    assertTrue(cas.contains("the seat count (at least 4000) and the expiry date have no public API"), cas);
    assertTrue(cas.contains("source: API: Cloud App Security"), cas);
    assertTrue(cas.contains("give them when asked; run: tiac attest --sandbox --state-dir " + AttestHint.quoted(sample.stateDir.toString()) + " "
        + AttestHint.quoted(file.toString()) + " --address '" + CAS + "'"), cas);
    String es = SampleSandbox.check(plan.out(), ES);
    assertTrue(es.contains("is checked: unknown"), es);
    assertTrue(es.contains("Endpoint Sensor answers ShowAgentList (150 agents)"), es);
  }

  @Test
  void aRemovedCloudAppSecurityLicenceFailsTheLicenceAndTheRestOfThePlanStillPlans() {
    console(core -> core.console().apexCentral().removeLicence("cloudAppSecurity"));
    CliRun plan = tiac("plan", "--sandbox", file.toString());
    assertEquals(ExitCode.OK, plan.code(), plan.err());
    String cas = SampleSandbox.check(plan.out(), CAS);
    assertTrue(cas.contains("is checked: fail"), cas);
    assertTrue(cas.contains("refused the token for a licence reason (403"), cas);
    assertTrue(cas.contains("source: API: Cloud App Security"), cas);
    assertTrue(SampleSandbox.check(plan.out(), ES).contains("is checked: unknown"), plan.out());

    // The blocked lists cannot be read without the licence: said as a licence refusal, never as the token's API types.
    String lists = SampleSandbox.check(plan.out(), "cas.blockedLists[\"mails\"]");
    assertTrue(lists.contains("is checked: fail"), lists);
    assertTrue(lists.contains("refused to read the blocked lists for a licence reason"), lists);
    assertTrue(lists.contains("clp.licence[\"cloudAppSecurity\"]"), lists);
    assertFalse(plan.out().contains("lacks the API type") || plan.err().contains("lacks the API type"), plan.out());
    // The rest still plans: the Apex Central side of the sample is planned as it would be with the licence.
    assertTrue(plan.out().contains("+ apexcentral.suspiciousObject[\"domain:acme-sso-login.example\"]"), plan.out());

    String readiness = SampleSandbox.check(plan.out(), "correlation.readiness[\"email\"]");
    assertTrue(readiness.contains("sweeps through the connection's token (mail): fail, Cloud App Security refused the sweep for a licence reason"), readiness);
  }

  @Test
  void theSandboxLicensingConsoleSetsSeatsAndExpiryAndRemovesALicence() {
    assertEquals(ExitCode.OK, tiac("plan", "--sandbox", file.toString()).code(), "the sandbox exists");
    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    CliRun expire = CliRun.of("sandbox", "--dir", dir.toString(), "console", "licence", "set", "endpointSensor", "--seats", "100", "--expires", yesterday);
    assertEquals(ExitCode.OK, expire.code(), expire.out() + expire.err());
    assertTrue(expire.out().contains("\"seats\" : 100") && expire.out().contains(yesterday), expire.out());
    CliRun remove = CliRun.of("sandbox", "--dir", dir.toString(), "console", "licence", "remove", "cloudAppSecurity");
    assertEquals(ExitCode.OK, remove.code(), remove.out() + remove.err());
    CliRun plan = tiac("plan", "--sandbox", file.toString());
    assertTrue(SampleSandbox.check(plan.out(), ES).contains("is checked: fail"), plan.out());
    assertTrue(SampleSandbox.check(plan.out(), CAS).contains("is checked: fail"), plan.out());
  }

  @Test
  void anExpiredLicenceFailsOnBothServices() {
    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    console(core -> {
      core.console().apexCentral().setLicence("cloudAppSecurity", 5000, yesterday);
      core.console().apexCentral().setLicence("endpointSensor", 5000, yesterday);
    });
    CliRun plan = tiac("plan", "--sandbox", file.toString());
    assertTrue(SampleSandbox.check(plan.out(), CAS).contains("is checked: fail"), plan.out());
    String es = SampleSandbox.check(plan.out(), ES);
    assertTrue(es.contains("is checked: fail"), es);
    assertTrue(es.contains("Endpoint Sensor refused for a licence reason"), es);
  }

  @Test
  void attestedSeatsBelowTheMinimumFailAndEnoughSeatsPassWithTheAttestationAsSource() {
    String nextYear = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();
    CliRun few = tiac("attest", "--sandbox", file.toString(), "--address", CAS, "--fact", "seats=150", "--fact", "expires=" + nextYear);
    assertEquals(ExitCode.OK, few.code(), few.err());
    String cas = SampleSandbox.check(tiac("plan", "--sandbox", file.toString()).out(), CAS);
    assertTrue(cas.contains("is checked: fail"), cas);
    assertTrue(cas.contains("150 seats attested, fewer than the 4000 the file asks for"), cas);
    assertTrue(cas.contains("source: attested by "), cas);

    assertEquals(ExitCode.OK, tiac("attest", "--sandbox", file.toString(), "--address", CAS, "--fact", "seats=4200", "--fact", "expires=" + nextYear).code());
    cas = SampleSandbox.check(tiac("plan", "--sandbox", file.toString()).out(), CAS);
    assertTrue(cas.contains("is checked: pass"), cas);
    assertTrue(cas.contains("4200 seats attested (at least 4000)"), cas);
    assertTrue(cas.contains("source: attested by ") && cas.contains(" on " + LocalDate.now(ZoneOffset.UTC)), cas);
  }

  @Test
  void anAttestedPastExpiryFailsAndExpiryWithinTheWarningIsNamed() {
    String past = LocalDate.now(ZoneOffset.UTC).minusDays(3).toString();
    tiac("attest", "--sandbox", file.toString(), "--address", CAS, "--fact", "seats=5000", "--fact", "expires=" + past);
    String cas = SampleSandbox.check(tiac("plan", "--sandbox", file.toString()).out(), CAS);
    assertTrue(cas.contains("is checked: fail"), cas);
    assertTrue(cas.contains("the licence expired on " + past), cas);

    String soon = LocalDate.now(ZoneOffset.UTC).plusDays(20).toString();
    tiac("attest", "--sandbox", file.toString(), "--address", CAS, "--fact", "seats=5000", "--fact", "expires=" + soon);
    cas = SampleSandbox.check(tiac("plan", "--sandbox", file.toString()).out(), CAS);
    assertTrue(cas.contains("is checked: pass"), cas);
    assertTrue(cas.contains("Renew before " + soon + ": it expires within the 45 days"), cas);
  }

  @Test
  void anAttestationOlderThanItsMaximumAgeIsUnknownAgain() throws IOException {
    String nextYear = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();
    tiac("attest", "--sandbox", file.toString(), "--address", CAS, "--fact", "seats=5000", "--fact", "expires=" + nextYear);
    Path state = StateBackends.sandboxHome(sample.stateDir).resolve("state.json");
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    String old = LocalDate.now(ZoneOffset.UTC).minusDays(91).toString();
    // The attestation's day moved 91 days back, as if made then: the default maximum age is 90 days.
    Files.writeString(state, Files.readString(state).replaceAll("\"at\"\\s*:\\s*\"" + today, "\"at\" : \"" + old));
    String cas = SampleSandbox.check(tiac("plan", "--sandbox", file.toString()).out(), CAS);
    assertTrue(cas.contains("is checked: unknown"), cas);
    assertTrue(cas.contains(" on " + old + " is older than 90 days"), cas);
  }

  @Test
  void attestingACheckNeedsFactsItKnows() {
    CliRun none = tiac("attest", "--sandbox", file.toString(), "--address", CAS);
    assertEquals(ExitCode.ERROR, none.code());
    assertTrue(none.err().contains("is a check: name what you read with --fact"), none.err());
    CliRun wrong = tiac("attest", "--sandbox", file.toString(), "--address", CAS, "--fact", "colour=blue");
    assertEquals(ExitCode.ERROR, wrong.code());
    assertFalse(wrong.err().contains("Exception"), wrong.err());
  }
}
