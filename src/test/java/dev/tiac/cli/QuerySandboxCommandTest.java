package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.sandbox.Sandbox;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.sandbox.console.CasConsole;
import dev.tiac.sandbox.console.CasPolicy;
import dev.tiac.sandbox.world.AttackStory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tiac query --sandbox} end to end: the sample's investigations over the sandbox of a state directory. */
class QuerySandboxCommandTest {
  @TempDir Path dir;

  @Test
  void beforeTheSetupTheQueryNamesTheMissingPrerequisiteAndAfterItFindsThePlantedChain() {
    CliRun before = MainTest.run("query", "--sandbox", "--state-dir", dir.toString(), "samples/acme.yaml", "invoice-phish");
    assertEquals(ExitCode.ERROR, before.code(), before.err());
    assertTrue(before.out().contains("cannot answer: a prerequisite is missing") && before.out().contains("no Default Exchange Policy (ATP or DLP) is ON"),
        before.out());

    AttackStory story;
    // what tiac apply --sandbox leaves behind for the CAS part, made through the console of the persisted world
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults(dir.resolve("sandbox")))) {
      sandbox.console().cas().addServiceAccount(CasConsole.EXCHANGE_ONLINE);
      sandbox.console().cas().setPolicy(CasPolicy.ATP, true);
      story = sandbox.world().stories().get(0);
    }

    CliRun after = MainTest.run("query", "--sandbox", "--state-dir", dir.toString(), "--format", "json", "--fail-on-match",
        "samples/acme.yaml", "invoice-phish");
    assertEquals(ExitCode.MATCHED, after.code(), after.err() + after.out());
    assertTrue(after.out().contains(story.mailMessageId()) && after.out().contains(story.hostName()), after.out());
    assertFalse(after.out().contains(story.decoyHostName()), "the decoy host was reported: " + after.out());
  }

  @Test
  void anUnknownInvestigationNameIsAnErrorNotAnEmptyRun() {
    CliRun run = MainTest.run("query", "--sandbox", "--state-dir", dir.toString(), "samples/acme.yaml", "no-such-query");
    assertEquals(ExitCode.ERROR, run.code());
    assertTrue(run.err().contains("no-such-query"), run.err());
  }
}
