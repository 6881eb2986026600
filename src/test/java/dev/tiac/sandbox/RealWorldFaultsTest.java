package dev.tiac.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.sandbox.http.Faults;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults a real tenant has: answers lost after commit, servers that never answer, a failing console API. */
class RealWorldFaultsTest {
  @TempDir Path dir;

  @Test
  void aWriteWhoseAnswerIsLostIsCommittedAllTheSame() {
    Faults lost = Faults.NONE.withLostAnswers(1.0);
    try (Sandbox s = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false).withFaults(lost))) {
      Client c = new Client(s);
      String token = s.endpoints().cas().tokens().get(0).token();
      assertThrows(UncheckedIOException.class, () -> c.cas("us", token, "POST", "/v1/remediation/mails",
          "{\"action_type\":\"create\",\"rules\":{\"senders\":[\"lost@evil.test\"]}}"));
      assertEquals(1, s.counters().statuses().get("cas POST /v1/remediation/mails reset"));
      Client.Answer read = c.cas("us", token, "GET", "/v1/remediation/mails", "");
      assertEquals(200, read.status(), "reads keep their answers");
      assertEquals("lost@evil.test", read.body().path("rules").path("senders").path(0).asString(), "the write was committed");

      Client.Answer refused = c.cas("us", token, "POST", "/v1/remediation/mails", "{\"action_type\":\"create\",\"rules\":{}}");
      assertEquals(400, refused.status(), "a refused write changed nothing, so its answer is not lost");

      assertThrows(UncheckedIOException.class, () -> c.apex("PUT", "/WebApp/api/SuspiciousObjects/UserDefinedSO/",
          "{\"param\":{\"type\":\"domain\",\"content\":\"lost.test\",\"notes\":\"\",\"scan_action\":\"log\"}}"));
      Client.Answer udso = c.apex("GET", "/WebApp/api/SuspiciousObjects/UserDefinedSO?type=domain&contentFilter=lost.test", "");
      assertEquals("lost.test", udso.body().path("Data").path(0).path("content").asString(), udso.body().toString());
    }
  }

  @Test
  void aHungServiceAcceptsAndNeverAnswersWhileTheOthersDo() {
    Faults hung = Faults.NONE.withHang(1.0).withServices(Set.of("cas"));
    try (Sandbox s = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false).withFaults(hung))) {
      Client c = new Client(s);
      String url = s.endpoints().cas().homeUrl() + "/v1/remediation/mails";
      String auth = "Bearer " + s.endpoints().cas().tokens().get(0).token();
      long begin = System.nanoTime();
      UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> c.send("GET", url, auth, "", Duration.ofSeconds(2)));
      long waited = (System.nanoTime() - begin) / 1_000_000;
      assertTrue(e.getCause() instanceof HttpTimeoutException, e.getCause().toString());
      assertTrue(waited >= 2_000 && waited < 4_000, "no answer until the client's own timeout: " + waited + " ms");
      assertEquals(1, s.counters().statuses().get("cas GET /v1/remediation/mails hung"));
      assertEquals(200, c.apex("GET", "/WebApp/API/ServerResource/ProductServers", "").status(), "Apex Central still answers");
    }
  }

  @Test
  void theManagementApiFailsWhenAskedButItsAdminRoutesNeverDo() {
    Faults failing = new Faults(Duration.ZERO, 1.0, 7).withKinds(Set.of(Faults.Kind.SERVER_ERROR)).withServices(Set.of("management"));
    try (Sandbox s = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false).withFaults(failing))) {
      Client c = new Client(s);
      Client.Answer console = c.management("GET", "/v1/console", "");
      assertEquals(500, console.status());
      assertEquals("Internal server error", console.body().path("msg").asString());
      Client.Answer admin = c.management("GET", "/v1/admin/faults", "");
      assertEquals(200, admin.status());
      assertEquals("[\"management\"]", admin.body().path("services").toString());
      assertEquals(200, c.cas("us", s.endpoints().cas().tokens().get(0).token(), "GET", "/v1/remediation/mails", "").status(),
          "the Trend Micro services are not faulted");
      assertEquals(200, c.management("PUT", "/v1/admin/faults", "{\"rate\":0}").status());
      assertEquals(200, c.management("GET", "/v1/console", "").status());
    }
  }

  @Test
  void injected500sAloneCanBeAskedForAndAreDrawnFromTheSeed() {
    Faults only500 = new Faults(Duration.ZERO, 0.5, 3).withKinds(Set.of(Faults.Kind.SERVER_ERROR));
    try (Sandbox s = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false).withFaults(only500))) {
      Client c = new Client(s);
      int failed = 0;
      for (int i = 0; i < 40; i++) {
        int status = c.apex("GET", "/WebApp/API/ServerResource/ProductServers", "").status();
        assertTrue(status == 200 || status == 500, "only 500s are injected: " + status);
        failed += status == 500 ? 1 : 0;
      }
      assertTrue(failed >= 10 && failed <= 30, "about half: " + failed);
    }
  }
}
