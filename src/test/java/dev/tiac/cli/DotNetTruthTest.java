package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step 5 tells the truth in the sandbox: the sync tool reports the server's .NET version even on a
 * run it refuses, so the check fails naming the version; the refused run blocks only what depends
 * on the tool, never the Apex One policies.
 */
class DotNetTruthTest {
  private static final String OLD_SERVER = "srv0004.corp.acme.example";

  @TempDir Path dir;
  private SampleSandbox sample;
  private Path file;

  @BeforeEach
  void sampleOnAServerWithAnOldDotNet() throws IOException {
    sample = new SampleSandbox(dir, "canary-clp-4");
    file = sample.file;
    // SRV0004 of the sandbox's world has .NET Framework 4.5.2.
    Files.writeString(file, Files.readString(file).replace("server: dc01.corp.acme.example", "server: " + OLD_SERVER));
  }

  private CliRun tiac(String... args) {
    return sample.tiac(args);
  }

  @Test
  void aRefusedToolRunFailsTheCheckNamingTheVersionAndBlocksOnlyItsDependents() {
    CliRun apply = tiac("apply", "--sandbox", "--auto-approve", file.toString());
    assertEquals(ExitCode.ERROR, apply.code(), apply.out());
    assertTrue(apply.out().contains("applied apexone.policy[\"Endpoint Sensor - Windows\"]"), apply.out());
    assertTrue(apply.out().contains("applied apexone.policy[\"Endpoint Sensor - Servers\"]"), apply.out());
    assertFalse(apply.out().contains("skipped apexone.policy"), apply.out());

    CliRun plan = tiac("plan", "--sandbox", file.toString());
    String check = SampleSandbox.check(plan.out(), "ad.server[\"" + OLD_SERVER + "\"]");
    assertTrue(check.contains("is checked: fail"), check);
    assertTrue(check.contains(OLD_SERVER + " has .NET Framework 4.5.2, older than 4.6.1"), check);
    assertTrue(check.contains("source: API: the synchronization tool's report"), check);
  }

  @Test
  void withoutTheToolsReportTheVersionIsUnknownUntilAttestedThenJudgedWithTheAttestationAsSource() throws IOException {
    // Under the runbook driver no console reports what the tool found: only an operator can say.
    Path overlay = SampleSandbox.apexCentralRunbook(dir);
    String server = "ad.server[\"" + OLD_SERVER + "\"]";
    String unknown = SampleSandbox.check(tiac("plan", "--sandbox", file.toString(), overlay.toString()).out(), server);
    assertTrue(unknown.contains("is checked: unknown"), unknown);
    assertTrue(unknown.contains("tiac attest ") && unknown.contains("--address '" + server + "'"), unknown);

    assertEquals(ExitCode.OK, tiac("attest", "--sandbox", file.toString(), overlay.toString(), "--address", server, "--fact", "dotNetVersion=4.5.2").code());
    String old = SampleSandbox.check(tiac("plan", "--sandbox", file.toString(), overlay.toString()).out(), server);
    assertTrue(old.contains("is checked: fail"), old);
    assertTrue(old.contains("4.5.2"), old);
    assertTrue(old.contains("source: attested by "), old);

    assertEquals(ExitCode.OK, tiac("attest", "--sandbox", file.toString(), overlay.toString(), "--address", server, "--fact", "dotNetVersion=4.8").code());
    String current = SampleSandbox.check(tiac("plan", "--sandbox", file.toString(), overlay.toString()).out(), server);
    assertTrue(current.contains("is checked: pass"), current);
    assertTrue(current.contains("source: attested by ") && current.contains(" on " + java.time.LocalDate.now(java.time.ZoneOffset.UTC)), current);
  }
}
