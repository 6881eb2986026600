package dev.tiac.providers.apexcentral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.providers.SandboxClients;
import dev.tiac.sandbox.Sandbox;
import dev.tiac.sandbox.SandboxOptions;
import dev.tiac.sandbox.world.Scale;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Faults set through the admin endpoint: 500, 503, resets and extra 429s; every GET still succeeds. */
class FaultInjectionSandboxTest {
  static final JsonMapper JSON = JsonMapper.builder().build();
  @TempDir Path dir;

  /**
   * 500s, 503s, resets and 429s on a read are all retried: the documentation calls 500 and 503
   * usually temporary, and a read has nothing to undo. Every read succeeds, and the counters show
   * each kind was met and asked again.
   */
  @Test
  void sixtyReadsThroughAFifthOfInjectedFaultsAllSucceedAndTheCountersShowEachKindRetried() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false).withScale(new Scale(30, 20, 2, 40, 50)))) {
      SandboxClients clients = new SandboxClients(sandbox.endpoints());
      ApexCentralClient apex = clients.apexCentral();
      SandboxClients.Answer set = clients.console("PUT", "/v1/admin/faults", "{\"latency_ms\":0,\"rate\":0.2,\"seed\":11}");
      assertEquals(200, set.status(), set.body());
      assertEquals(0.2, JSON.readTree(set.body()).path("rate").asDouble());

      for (int i = 0; i < 60; i++) {
        assertEquals(20, apex.productAgents(AgentQuery.apexOneAgents()).size());
      }

      JsonNode statuses = JSON.readTree(clients.console("GET", "/v1/admin/statuses", "").body());
      String route = "apex-central GET /WebApp/API/AgentResource/ProductAgents ";
      assertEquals(60, statuses.path(route + "200").asLong(), statuses.toString());
      long retried = 0;
      for (String kind : List.of("500", "503", "429", "reset")) {
        assertTrue(statuses.path(route + kind).asLong() >= 1, kind + " injected at least once: " + statuses);
        retried += statuses.path(route + kind).asLong();
      }
      JsonNode counters = JSON.readTree(clients.console("GET", "/v1/admin/counters", "").body());
      assertEquals(60 + retried, counters.path("apex-central GET /WebApp/API/AgentResource/ProductAgents").asLong());

      assertEquals(200, clients.console("DELETE", "/v1/admin/counters", "").status());
      assertTrue(sandbox.counters().statuses().keySet().stream().allMatch(k -> k.startsWith("management")),
          sandbox.counters().statuses().toString());
    }
  }

  @Test
  void theManagementApiRefusesAnyoneWithoutTheSandboxToken() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false).withScale(new Scale(30, 20, 2, 40, 50)))) {
      SandboxClients clients = new SandboxClients(sandbox.endpoints());
      okhttp3.Request request = new okhttp3.Request.Builder().url(sandbox.endpoints().management().url() + "/v1/admin/counters")
          .header("Authorization", "Bearer not-the-token").build();
      try (okhttp3.Response r = clients.http().client(List.of()).newCall(request).execute()) {
        assertEquals(401, r.code());
      }
    }
  }
}
