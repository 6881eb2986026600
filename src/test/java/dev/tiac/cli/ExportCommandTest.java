package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tiac export on the sandbox: the file validates, and a plan of it against the same tenant is empty. */
class ExportCommandTest {
  private static final String CANARY = "canary-clp-export-93aa";

  @TempDir Path dir;
  private Path stateDir;
  private Path exported;


  private CliRun tiac(String... args) {
    return CliRun.withState(stateDir, args);
  }

  @BeforeEach
  void paths() {
    stateDir = dir.resolve(".tiac");
    exported = dir.resolve("exported.yaml");
  }

  @Test
  void exportThenPlanIsEmptyOnTheSandboxsSeededTenant() throws IOException {
    CliRun export = tiac("export", "--sandbox", "--out", exported.toString());
    assertEquals(ExitCode.OK, export.code(), export.err());
    String yaml = Files.readString(exported);
    assertTrue(yaml.startsWith("# yaml-language-server: $schema="), yaml);
    assertTrue(yaml.contains("- name: Default Exchange Policy ATP\n      status: \"OFF\""), yaml);
    assertTrue(yaml.contains("# cloudServiceSettings:"), "the write-only password is left for a person: " + yaml);
    new ConfigLoader().load(List.of(exported));
    CliRun plan = tiac("plan", "--sandbox", "--detailed-exitcode", exported.toString());
    assertEquals(ExitCode.OK, plan.code(), plan.out() + plan.err());
    assertEquals(ExitCode.OK, tiac("drift", "--sandbox", exported.toString()).code());
  }

  @Test
  void exportAfterAnApplyOfAcmeReadsItsObjectsBackAndPlansNothing() throws IOException {
    Path file = dir.resolve("acme.yaml");
    Files.writeString(file, CliRun.sampleWithCanary(dir, CANARY));
    assertEquals(ExitCode.OK, tiac("apply", "--sandbox", "--auto-approve", file.toString()).code());
    CliRun export = tiac("export", "--sandbox", "--from", file.toString());
    assertEquals(ExitCode.OK, export.code(), export.err());
    String yaml = export.out();
    assertTrue(yaml.startsWith("# yaml-language-server: $schema="), "stdout holds the export alone, progress goes to stderr: " + yaml);
    for (String expected : List.of("value: acme-sso-login.example", "invoices@acme-billing.example", "status: \"ON\"",
        "- name: Endpoint Sensor - Windows", "operatingSystems: [WIN_10, WIN_11]", "server: dc01.corp.acme.example",
        "apiKey: \"${env:TIAC_APEX_API_KEY}\"")) {
      assertTrue(yaml.contains(expected), expected + " missing from\n" + yaml);
    }
    assertFalse(yaml.contains(CANARY), "no secret value in an export");
    Files.writeString(exported, yaml);
    new ConfigLoader().load(List.of(exported));
    CliRun plan = tiac("plan", "--sandbox", "--detailed-exitcode", exported.toString());
    assertEquals(ExitCode.OK, plan.code(), plan.out() + plan.err());
  }

  @Test
  void exportWithoutSandboxOrFromIsAUsageError() {
    CliRun export = tiac("export");
    assertEquals(ExitCode.USAGE, export.code());
    assertTrue(export.err().contains("--from FILE"), export.err());
  }
}
