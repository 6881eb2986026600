package dev.tiac.cli;

import dev.tiac.sandbox.Sandbox;
import dev.tiac.sandbox.SandboxEndpoints;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.sandbox.cli.ConsoleCommands;
import dev.tiac.sandbox.cli.ConsoleExecutor;
import dev.tiac.sandbox.http.Faults;
import dev.tiac.sandbox.http.Json;
import dev.tiac.sandbox.tls.Restricted;
import dev.tiac.sandbox.world.Scale;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tiac sandbox serve | reset | console ...}: the embedded simulation of the Trend Micro services. */
@Command(name = "sandbox", mixinStandardHelpOptions = true, subcommands = ConsoleCommands.class,
    description = "Run the local simulation of Apex Central, Cloud App Security and Active Directory.")
final class SandboxCommand implements Runnable, ConsoleCommands.Executor {
  @Spec CommandSpec spec;

  @Option(names = "--dir", description = "Working directory whose .tiac/sandbox holds the sandbox (default: current).", defaultValue = ".")
  Path workDir;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  Path stateDir() {
    return SandboxOptions.stateDirOf(workDir.toAbsolutePath().normalize());
  }

  @Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the sandbox until stopped; writes .tiac/sandbox/endpoints.json.")
  int serve(@Option(names = "--data", paramLabel = "DIR", description = "Load the world from a fixture directory.") Path data,
      @Option(names = "--scale", description = "users=N,endpoints=N,mail-days=N,mails=N,events=N") String scale,
      @Option(names = "--seed", defaultValue = "42") long seed,
      @Option(names = "--latency", paramLabel = "MS", defaultValue = "0") long latency,
      @Option(names = "--fault-rate", defaultValue = "0") double faultRate,
      @Option(names = "--fault-seed", defaultValue = "1") long faultSeed,
      @Option(names = "--fault-kinds", split = ",", paramLabel = "KIND", description = "Which errors --fault-rate injects: 500, 503, reset, 429 (default: all).")
      java.util.List<String> faultKinds,
      @Option(names = "--lost-answer-rate", defaultValue = "0", paramLabel = "RATE",
          description = "Share of accepted writes whose answer is lost after they were committed (the connection drops).") double lostAnswers,
      @Option(names = "--hang-rate", defaultValue = "0", paramLabel = "RATE",
          description = "Share of requests accepted and never answered (1: a hung server).") double hangRate,
      @Option(names = "--fault-services", split = ",", paramLabel = "SERVICE",
          description = "Services the faults reach: apex-central, cas, management (default: apex-central,cas).") java.util.List<String> faultServices,
      @Option(names = "--neighbour-calls-per-minute", defaultValue = "0", paramLabel = "N",
          description = "Another integration spending N of every CAS token's 20 calls a minute.") int neighbour,
      @Option(names = "--cas-retry-after", description = "Add Retry-After to CAS's 429 (the real service sends none).") boolean retryAfter,
      @Option(names = "--cas-rate-scope", defaultValue = "TOKEN", paramLabel = "token|tenant",
          description = "Whose calls share CAS's 20 a minute: each token's own (default) or the whole tenant's.") String rateScope)
      throws InterruptedException {
    Faults faults = new Faults(Duration.ofMillis(latency), faultRate, faultSeed).withLostAnswers(lostAnswers).withHang(hangRate);
    if (faultKinds != null) {
      faults = faults.withKinds(faultKinds.stream().map(Faults.Kind::parse).collect(java.util.stream.Collectors.toSet()));
    }
    if (faultServices != null) {
      faults = faults.withServices(java.util.Set.copyOf(faultServices));
    }
    SandboxOptions options = SandboxOptions.defaults(stateDir()).withSeed(seed).withFaults(faults)
        .withNeighbour(neighbour).withCasRetryAfter(retryAfter)
        .withCasRateScope(dev.tiac.sandbox.cas.CasRate.Scope.valueOf(rateScope.toUpperCase(java.util.Locale.ROOT)));
    if (scale != null) {
      options = options.withScale(Scale.parse(scale));
    }
    if (data != null) {
      options = options.withFixtures(data.toAbsolutePath());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (Sandbox sandbox = Sandbox.start(options)) {
      SandboxEndpoints endpoints = sandbox.endpoints();
      writeEndpoints(endpoints);
      PrintWriter out = spec.commandLine().getOut();
      out.println(Json.pretty(endpoints));
      out.println("Endpoints written to " + stateDir().resolve("endpoints.json") + "; stop with Ctrl-C.");
      out.flush();
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
    return ExitCode.OK;
  }

  private void writeEndpoints(SandboxEndpoints endpoints) {
    try {
      Restricted.writeAtomically(stateDir().resolve("endpoints.json"), Json.pretty(endpoints));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Command(name = "reset", mixinStandardHelpOptions = true, description = "Delete the persisted sandbox (world, console state, certificate) and the state of --sandbox runs.")
  int reset() throws IOException {
    if (ConsoleExecutor.running(stateDir()).isPresent()) {
      spec.commandLine().getErr().println("A sandbox is serving from " + stateDir() + "; stop it first.");
      return ExitCode.ERROR;
    }
    if (Files.exists(stateDir())) {
      try (Stream<Path> files = Files.walk(stateDir())) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    spec.commandLine().getOut().println("Sandbox reset: " + stateDir());
    return ExitCode.OK;
  }

  @Override
  public int call(String method, String path, String body) {
    ConsoleExecutor.Result r = ConsoleExecutor.execute(stateDir(), method, path, body);
    boolean ok = r.status() / 100 == 2;
    PrintWriter w = ok ? spec.commandLine().getOut() : spec.commandLine().getErr();
    w.println(r.body().isEmpty() ? "OK" : Json.pretty(Json.parse(r.body())));
    w.flush();
    return ok ? ExitCode.OK : r.status() == 400 ? ExitCode.USAGE : ExitCode.ERROR;
  }
}
