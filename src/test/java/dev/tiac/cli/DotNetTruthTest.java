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
}
