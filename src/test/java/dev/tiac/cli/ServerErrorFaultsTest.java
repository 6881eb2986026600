package dev.tiac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.providers.cas.NoDelayServerSockets;
import dev.tiac.sandbox.Sandbox;
import dev.tiac.sandbox.SandboxEndpoints;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.sandbox.console.CasConsole;
import dev.tiac.sandbox.console.CasPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documentation calls 500 "usually temporary": with one read in five answered 500 (Apex
 * Central and Cloud App Security alike), a plan and a query of the sample end exactly as they do
 * without faults.
 */
class ServerErrorFaultsTest {
  static final double RATE = 0.2;
  static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  /** Outcomes of one plan and one query of the sample, and the proxy's counts. */
  record Runs(CliRun plan, CliRun query, int reads, int injected) {}

  static Runs run(Path stateDir, Sandbox sandbox, double rate, long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    AtomicInteger reads = new AtomicInteger();
    AtomicInteger injected = new AtomicInteger();
    SandboxEndpoints target = sandbox.endpoints();
    try (MockWebServer apex = proxy(new FaultyProxy(target.apexCentral().url(), target.caFile(), true, rate, random, reads, injected));
        MockWebServer cas = proxy(new FaultyProxy(target.cas().homeUrl(), target.caFile(), false, rate, random, reads, injected))) {
      // The sandbox is open in this process, so --sandbox takes these endpoints as a running serve's.
      Files.writeString(stateDir.resolve("sandbox/endpoints.json"), FaultyProxy.endpointsJson(target, apex, cas));
      CliRun plan = CliRun.withState(stateDir, "plan", "--sandbox", "samples/acme.yaml");
      CliRun query = CliRun.withState(stateDir, "query", "--sandbox", "--format", "json", "samples/acme.yaml");
      return new Runs(plan, query, reads.get(), injected.get());
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
  static JsonNode findings(String json) {
    JsonNode root = JSON.readTree(json.replaceAll("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z", "(time)"));
    for (JsonNode investigation : root.path("investigations")) {
      ((ObjectNode) investigation).remove(java.util.List.of("window", "calls"));
    }
    ((ObjectNode) root).remove(java.util.List.of("generatedAt", "calls"));
    return root;
  }

  @Test
  void aPlanAndAQueryOfTheSampleEndAsWithoutFaultsWhenOneReadInFiveFailsWith500() throws Exception {
    Path stateDir = dir.resolve(".tiac");
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults(stateDir.resolve("sandbox").toAbsolutePath()))) {
      sandbox.console().cas().addServiceAccount(CasConsole.EXCHANGE_ONLINE);
      sandbox.console().cas().setPolicy(CasPolicy.ATP, true);

      Runs clean = run(stateDir, sandbox, 0, 1);
      Runs faulty = run(stateDir, sandbox, RATE, 20261130L);

      assertEquals(0, clean.injected());
      assertEquals(clean.reads(), faulty.reads() - faulty.injected(), "every faulted read was asked again, nothing more");
      assertTrue(faulty.reads() >= 10 && faulty.injected() >= 2, faulty.injected() + " of " + faulty.reads() + " reads failed");
      assertEquals(clean.plan().code(), faulty.plan().code(), faulty.plan().err());
      assertEquals(clean.plan().out(), faulty.plan().out());
      assertEquals(clean.query().code(), faulty.query().code(), faulty.query().err());
      assertEquals(findings(clean.query().out()), findings(faulty.query().out()));
      assertTrue(findings(clean.query().out()).toString().contains("matched"), clean.query().out());
      System.out.printf("500 faults: %d of %d reads answered 500; plan exit %d, query exit %d, same result as without faults%n",
          faulty.injected(), faulty.reads(), faulty.plan().code(), faulty.query().code());
    }
  }
}
