package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void validSampleExitsZero() {
    CliRun run = run("validate", "samples/acme.yaml");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(run.out().contains("valid"));
  }

  @Test
  void invalidFileExitsOneWithLocatedErrorsOnStderrAndNoStackTrace() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "apiVersion: tiac.dev/v1\nkind: ThreatInvestigationSetup\nmetadata:\n  name: x\nlicences:\n  - product: nope\n");
    CliRun run = run("validate", bad.toString());
    assertEquals(ExitCode.ERROR, run.code());
    assertTrue(run.err().contains("bad.yaml:6:14: error: expected one of"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    assertEquals("", run.out());
  }

  @Test
  void anOverlayIsNamedWithItsBaseFileNotAsAJavaList() {
    CliRun run = run("validate", "samples/acme.yaml", "samples/overlays/production.yaml");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(run.out().startsWith("samples/acme.yaml + samples/overlays/production.yaml: valid"), run.out());
  }

  @Test
  void missingFileIsAnErrorNotACrash() {
    CliRun run = run("validate", dir.resolve("absent.yaml").toString());
    assertEquals(ExitCode.ERROR, run.code());
    assertTrue(run.err().contains("no such file"), run.err());
  }

  /** {@code validate FILE…} skips picocli for start-up; {@code --} sends the same files through it. */
  @Test
  void plainValidateAnswersExactlyAsPicocliDoes() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "apiVersion: tiac.dev/v1\nkind: ThreatInvestigationSetup\nmetadata:\n  name: x\nlicences:\n  - product: nope\n");
    String[][] cases = {{"samples/acme.yaml"}, {bad.toString()}, {dir.resolve("absent.yaml").toString()},
        {"samples/acme.yaml", "samples/overlays/production.yaml"}};
    for (String[] files : cases) {
      String[] plain = new String[files.length + 1];
      String[] parsed = new String[files.length + 2];
      plain[0] = "validate";
      parsed[0] = "validate";
      parsed[1] = "--";
      System.arraycopy(files, 0, plain, 1, files.length);
      System.arraycopy(files, 0, parsed, 2, files.length);
      assertTrue(Validation.plainInvocation(plain).isPresent());
      assertFalse(Validation.plainInvocation(parsed).isPresent());
      CliRun fast = run(plain);
      CliRun slow = run(parsed);
      assertEquals(slow.code(), fast.code(), String.join(" ", files));
      assertEquals(slow.out(), fast.out());
      assertEquals(slow.err(), fast.err());
    }
    assertFalse(Validation.plainInvocation(new String[] {"validate", "@args.txt"}).isPresent());
    assertFalse(Validation.plainInvocation(new String[] {"validate", "--help"}).isPresent());
    assertFalse(Validation.plainInvocation(new String[] {"validate"}).isPresent());
  }

  @Test
  void usageErrorsExitSixtyFour() {
    assertEquals(ExitCode.USAGE, run("validate").code());
    assertEquals(ExitCode.USAGE, run("--no-such-option").code());
    assertEquals(ExitCode.USAGE, run("no-such-command").code());
    CliRun zero = run("plan", "--parallelism", "0", "samples/acme.yaml");
    assertEquals(ExitCode.USAGE, zero.code());
    assertTrue(zero.err().contains("expected a whole number of 1 or more but found '0'"), zero.err());
  }

  @Test
  void versionAndHelpExitZero() {
    assertEquals(ExitCode.OK, run("--version").code());
    CliRun help = run("help");
    assertEquals(ExitCode.OK, help.code());
    assertTrue(help.out().contains("validate"));
  }

  @Test
  void schemaCommandPrintsTheShippedSchema() throws IOException {
    CliRun run = run("schema");
    assertEquals(ExitCode.OK, run.code());
    assertEquals(Files.readString(Path.of("schemas/tiac-v1.schema.json")), run.out());
  }

  @Test
  void jsonOutputCarriesEveryDiagnostic() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "apiVersion: tiac.dev/v1\nkind: ThreatInvestigationSetup\nmetadata:\n  name: x\n  nmae: y\n");
    CliRun run = run("validate", "--json", bad.toString());
    assertEquals(ExitCode.ERROR, run.code());
    assertTrue(run.out().contains("\"line\" : 5"), run.out());
    assertTrue(run.out().contains("did you mean \\\"name\\\""), run.out());
  }

  @Test
  void secretsInTheEnvironmentOrFileNeverReachOutput() throws IOException {
    String canary = "tiac-canary-0c9b1d";
    Path bad = dir.resolve("leak.yaml");
    Files.writeString(bad, "apiVersion: tiac.dev/v1\nkind: ThreatInvestigationSetup\nmetadata:\n  name: x\n"
        + "connections:\n  apexCentral:\n    url: https://a.example\n    applicationId: app\n    apiKey: " + canary + "\n"
        + "  cloudAppSecurity:\n    region: us\n    token: " + canary + "-2\n");
    CliRun run = run("validate", bad.toString());
    assertEquals(ExitCode.ERROR, run.code());
    assertFalse((run.out() + run.err()).contains(canary), run.err());
  }
}
