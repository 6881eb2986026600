package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tiac query test}: investigation test cases against an in-process sandbox per fixture. */
class QueryTestCommandTest {
  @TempDir Path dir;

  @Test
  void theSampleCasesPassAgainstTheirFixture() {
    CliRun run = MainTest.run("query", "test", "samples/acme.yaml");
    assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
    assertTrue(run.out().contains("PASS invoice-phish / only the opened lure is a finding"), run.out());
    assertTrue(run.out().contains("1 passed, 0 failed"), run.out());
  }

  @Test
  void aCaseExpectingTheUnopenedCopyFailsAndSaysWhatDiffered() throws IOException {
    Path fixture = dir.resolve("fixtures/phish");
    Files.createDirectories(fixture);
    for (String f : new String[] {"users.yaml", "endpoints.yaml", "mails.yaml", "telemetry.yaml"}) {
      Files.copy(Path.of("samples/fixtures/invoice-phish", f), fixture.resolve(f), StandardCopyOption.REPLACE_EXISTING);
    }
    Path file = dir.resolve("setup.yaml");
    Files.writeString(file, String.join("\n",
        "apiVersion: tiac.dev/v1", "kind: ThreatInvestigationSetup", "metadata:", "  name: t",
        "investigations:",
        "  - name: invoice-phish",
        "    from: {email: {subject: invoice, attachmentExtension: docm}}",
        "    tests:",
        "      - name: wrong expectation",
        "        fixture: fixtures/phish",
        "        expect: {findings: 2, hosts: [FIN-LT-0042, FIN-LT-0043], users: [jdoe, mroe]}",
        "      - name: right expectation",
        "        fixture: fixtures/phish",
        "        expect: {findings: 1, hosts: [fin-lt-0042], users: [jdoe@corp.example.com]}",
        "      - name: missing fixture",
        "        fixture: fixtures/nowhere",
        "        expect: {status: clean}",
        ""));
    CliRun run = MainTest.run("query", "test", file.toString());
    assertEquals(ExitCode.ERROR, run.code(), run.out() + run.err());
    String out = run.out();
    assertTrue(out.contains("FAIL invoice-phish / wrong expectation"), out);
    assertTrue(out.contains("expected 2 finding(s), got 1"), out);
    assertTrue(out.contains("expected hosts [fin-lt-0042, fin-lt-0043], got [fin-lt-0042]"), out);
    assertTrue(out.contains("expected users [jdoe, mroe], got [jdoe]"), out);
    assertTrue(out.contains("PASS invoice-phish / right expectation"), out);
    assertTrue(out.contains("FAIL invoice-phish / missing fixture") && out.contains("does not exist"), out);
    assertTrue(out.contains("1 passed, 2 failed"), out);
  }

  @Test
  void aCaseWhoseFixtureHasNoMailVisibleExpectsTheMissingPrerequisite() throws IOException {
    Path fixture = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(fixture.resolve("users.yaml"), "- sam: jdoe\n  display_name: Jane Doe\n");
    Path file = dir.resolve("setup.yaml");
    Files.writeString(file, String.join("\n",
        "apiVersion: tiac.dev/v1", "kind: ThreatInvestigationSetup", "metadata:", "  name: t",
        "investigations:",
        "  - name: by-user",
        "    from: {user: {samAccountName: jdoe}}",
        "    tests:",
        "      - name: no mail at all",
        "        fixture: empty",
        "        expect: {status: prerequisiteMissing, findings: 0}",
        ""));
    CliRun run = MainTest.run("query", "test", file.toString());
    assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
    assertTrue(run.out().contains("PASS by-user / no mail at all"), run.out());
  }
}
