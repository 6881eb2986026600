package dev.tiac.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxSmokeTest {
  @TempDir Path dir;

  @Test
  void servesProductAgentsToASignedRequest() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults(dir))) {
      Client c = new Client(sandbox);
      Client.Answer a = c.apex("GET", "/WebApp/API/AgentResource/ProductAgents?host_name=DC01", "");
      assertEquals(200, a.status(), a.body().toString());
      assertEquals(1, a.body().path("result_code").asInt());
      assertEquals("DC01", a.body().path("result_content").path(0).path("host_name").asString());
      String token = sandbox.endpoints().cas().tokens().get(0).token();
      Client.Answer s = c.cas("us", token, "GET", "/v1/sweeping/mails", "");
      assertEquals(200, s.status(), s.body().toString());
      assertTrue(s.body().path("value").isArray());
    }
  }

  @Test
  void answersASmallWriteAtOnceNotAfterTheClientsDelayedAck() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false))) {
      Client c = new Client(sandbox);
      String url = sandbox.endpoints().management().url() + "/v1/admin/faults";
      String auth = "Bearer " + sandbox.endpoints().management().token();
      List<Long> millis = new ArrayList<>();
      for (int i = 0; i < 25; i++) {
        long begin = System.nanoTime();
        assertEquals(200, c.send("PUT", url, auth, "{\"latency_ms\":0,\"rate\":0,\"seed\":1}").status());
        if (i >= 5) { // the first ones include the TLS handshake and class loading
          millis.add((System.nanoTime() - begin) / 1_000_000);
        }
      }
      Collections.sort(millis);
      // With Nagle's algorithm on, each answer's body waited ~40 ms for the ACK of its headers.
      assertTrue(millis.get(millis.size() / 2) < 25, "median round trip " + millis.get(millis.size() / 2) + " ms: " + millis);
    }
  }
}
