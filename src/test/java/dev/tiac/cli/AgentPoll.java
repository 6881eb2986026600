package dev.tiac.cli;

import dev.tiac.sandbox.SandboxCore;
import dev.tiac.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Agents take a deployed policy at their next poll (the sandbox's is seconds): only then does ShowAgentList show it. */
final class AgentPoll {
  private AgentPoll() {}

  /** Waits until every policy deployed in the sandbox of {@code stateDir} has reached its agents. */
  static void await(Path stateDir) {
    SandboxCore core = SandboxCore.open(SandboxOptions.defaults(stateDir.resolve("sandbox").toAbsolutePath()));
    Instant due = core.console().policies().list().stream().flatMap(p -> p.deployed().stream())
        .max(Instant::compareTo).orElse(Instant.now()).plus(core.console().pollDelay());
    long wait = Duration.between(Instant.now(), due).toMillis() + 100;
    if (wait > 0) {
      try {
        Thread.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
