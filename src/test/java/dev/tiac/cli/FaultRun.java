package dev.tiac.cli;

import dev.tiac.providers.cas.NoDelayServerSockets;
import dev.tiac.sandbox.Sandbox;
import dev.tiac.sandbox.SandboxEndpoints;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.sandbox.console.CasConsole;
import dev.tiac.sandbox.console.CasPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plan and a query of {@code samples/acme.yaml} through the CLI, with Apex Central and Cloud App
 * Security behind {@link FaultyProxy}s answering a share of the reads with 500: what the fault
 * test asserts and the benchmark reports.
 */
public final class FaultRun {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private FaultRun() {}

  /** Outcomes of one plan and one query, and the proxies' counts. */
  public record Runs(int planCode, String planOut, String planErr, int queryCode, String queryOut, String queryErr,
      int reads, int injected, List<String> times) {}

  /** A sandbox in {@code stateDir} set up so the sample's investigations have something to find. */
  public static Sandbox sandbox(Path stateDir) {
    Sandbox sandbox = Sandbox.start(SandboxOptions.defaults(stateDir.resolve("sandbox").toAbsolutePath()));
    sandbox.console().cas().addServiceAccount(CasConsole.EXCHANGE_ONLINE);
    sandbox.console().cas().setPolicy(CasPolicy.ATP, true);
    return sandbox;
  }

  public static Runs run(Path stateDir, Sandbox sandbox, double rate, long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    AtomicInteger reads = new AtomicInteger();
    AtomicInteger injected = new AtomicInteger();
    SandboxEndpoints target = sandbox.endpoints();
    FaultyProxy casProxy = new FaultyProxy(target.cas().homeUrl(), target.caFile(), false, rate, random, reads, injected);
    try (MockWebServer apex = proxy(new FaultyProxy(target.apexCentral().url(), target.caFile(), true, rate, random, reads, injected));
        MockWebServer cas = proxy(casProxy)) {
      // The sandbox is open in this process, so --sandbox takes these endpoints as a running serve's.
      Files.writeString(stateDir.resolve("sandbox/endpoints.json"), FaultyProxy.endpointsJson(target, apex, cas));
      CliRun plan = CliRun.withState(stateDir, "plan", "--sandbox", "samples/acme.yaml");
      CliRun query = CliRun.withState(stateDir, "query", "--sandbox", "--format", "json", "samples/acme.yaml");
      return new Runs(plan.code(), plan.out(), plan.err(), query.code(), query.out(), query.err(), reads.get(), injected.get(),
          List.copyOf(casProxy.times));
    }
  }

  private static MockWebServer proxy(FaultyProxy dispatcher) throws java.io.IOException {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.setDispatcher(dispatcher);
    server.start();
    return server;
  }

  /**
   * What a query found, without what differs between two runs of it: the window's now, call
   * counts, and the times of the sandbox's story, which is set relative to when it is read.
   */
  public static JsonNode findings(String json) {
    JsonNode root = JSON.readTree(json.replaceAll("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z", "(time)"));
    for (JsonNode investigation : root.path("investigations")) {
      ((ObjectNode) investigation).remove(List.of("window", "calls"));
    }
    ((ObjectNode) root).remove(List.of("generatedAt", "calls"));
    return root;
  }
}
