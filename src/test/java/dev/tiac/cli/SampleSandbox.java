package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.sandbox.SandboxCore;
import dev.tiac.sandbox.SandboxOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The acme sample on the embedded sandbox of one temporary directory: runs of the command line,
 * and the consoles an administrator clicks in between them.
 */
final class SampleSandbox {
  final Path file;
  final Path stateDir;

  SampleSandbox(Path dir, String canary) throws IOException {
    stateDir = dir.resolve(".tiac");
    file = dir.resolve("acme.yaml");
    Files.writeString(file, CliRun.sampleWithCanary(dir, canary));
  }

  CliRun tiac(String... args) {
    return CliRun.withState(stateDir, args);
  }

  /** A console change to this directory's sandbox, created by a first plan when there is none yet. */
  void console(Consumer<SandboxCore> change) {
    if (!Files.isDirectory(stateDir.resolve("sandbox"))) {
      assertEquals(ExitCode.OK, tiac("plan", "--sandbox", file.toString()).code());
    }
    change.accept(SandboxCore.open(SandboxOptions.defaults(stateDir.resolve("sandbox").toAbsolutePath())));
  }

  /** An overlay that turns Apex Central's console settings over to the runbook driver (done by hand, attested). */
  static Path apexCentralRunbook(Path dir) throws IOException {
    return Files.writeString(dir.resolve("runbook.yaml"), """
        apiVersion: tiac.dev/v1
        kind: ThreatInvestigationSetup
        metadata:
          name: acme
        connections:
          apexCentral:
            consoleDriver: runbook
        """);
  }

  /** The text of one check in a plan: from its header to the next blank line. */
  static String check(String plan, String address) {
    int at = plan.indexOf("? " + address + " is checked");
    assertTrue(at >= 0, "no check " + address + " in:\n" + plan);
    int end = plan.indexOf("\n\n", at);
    return plan.substring(at, end < 0 ? plan.length() : end);
  }
}
