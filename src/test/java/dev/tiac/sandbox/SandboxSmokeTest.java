package dev.tiac.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
}
