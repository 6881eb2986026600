package dev.tiac.bench;

import dev.tiac.sandbox.Sandbox;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.sandbox.console.CasConsole;
import dev.tiac.sandbox.console.CasPolicy;
import dev.tiac.sandbox.world.Scale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's sandbox, in its own JVM so that its world never counts against the query's heap:
 * the scale, the CAS budget raised, set up as an applied file leaves it (Exchange Online, ATP
 * ON). Writes {@code endpoints.json} and {@code story.json} into DIR, then serves until stdin closes.
 */
public final class BenchSandbox {
  private BenchSandbox() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    long begin = System.nanoTime();
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults(dir.resolve("sandbox")).withScale(Scale.BENCHMARK)
        .withCasRate(1_000_000, Duration.ofMinutes(1)).withPersist(false))) {
      sandbox.console().cas().addServiceAccount(CasConsole.EXCHANGE_ONLINE);
      sandbox.console().cas().setPolicy(CasPolicy.ATP, true);
      JsonMapper json = JsonMapper.shared();
      Files.writeString(dir.resolve("story.json"), json.writeValueAsString(sandbox.world().stories().get(0)));
      Files.writeString(dir.resolve("endpoints.json.tmp"), json.writeValueAsString(sandbox.endpoints()));
      Files.move(dir.resolve("endpoints.json.tmp"), dir.resolve("endpoints.json"));
      System.err.printf("sandbox ready in %.1f s%n", (System.nanoTime() - begin) / 1e9);
      while (System.in.read() >= 0) {
        // serve until the benchmark closes our stdin
      }
    }
  }
}
