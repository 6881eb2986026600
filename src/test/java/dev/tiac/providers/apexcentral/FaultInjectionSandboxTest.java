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
   * 503s, resets and 429s are retried (issue 4: I/O errors, 429 and 502–504); a 500 is not, since
   * nothing says the server did not act, so it surfaces as the call's error and nothing else does.
   */
  @Test
  void sixtyReadsThroughAFifthOfInjectedFaultsFailOnlyOnThe500sAndTheCountersShowEachKind() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false).withScale(new Scale(30, 20, 2, 40, 50)))) {
      SandboxClients clients = new SandboxClients(sandbox.endpoints());
      ApexCentralClient apex = clients.apexCentral();
      SandboxClients.Answer set = clients.console("PUT", "/v1/admin/faults", "{\"latency_ms\":0,\"rate\":0.2,\"seed\":11}");
      assertEquals(200, set.status(), set.body());
      assertEquals(0.2, JSON.readTree(set.body()).path("rate").asDouble());

      int ok = 0;
      int failed500 = 0;
      for (int i = 0; i < 60; i++) {
        try {
          assertEquals(20, apex.productAgents(AgentQuery.apexOneAgents()).size());
          ok++;
        } catch (ApexCentralException e) {
          assertEquals(500, e.status().orElseThrow(), e.getMessage());
          failed500++;
        }
      }

      JsonNode statuses = JSON.readTree(clients.console("GET", "/v1/admin/statuses", "").body());
      String route = "apex-central GET /WebApp/API/AgentResource/ProductAgents ";
      assertEquals(ok, statuses.path(route + "200").asLong(), statuses.toString());
      assertEquals(failed500, statuses.path(route + "500").asLong(), "every 500 surfaced once, never retried: " + statuses);
      long retried = 0;
      for (String kind : List.of("503", "429", "reset")) {
        assertTrue(statuses.path(route + kind).asLong() >= 1, kind + " injected at least once: " + statuses);
        retried += statuses.path(route + kind).asLong();
      }
      assertEquals(60, ok + failed500);
      assertTrue(ok >= 45, "most reads succeed: " + ok + " of 60, after " + retried + " retried faults");
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
