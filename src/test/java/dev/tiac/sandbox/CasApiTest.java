package dev.tiac.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.sandbox.console.CasApiType;
import dev.tiac.sandbox.console.CasPolicy;
import dev.tiac.sandbox.console.CasTargets;
import dev.tiac.sandbox.console.CasToken;
import dev.tiac.sandbox.world.AttackStory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CasApiTest {
  @TempDir Path dir;

  private Sandbox start(int budget, Duration window) {
    return Sandbox.start(SandboxOptions.defaults(dir).withPersist(false).withCasRate(budget, window));
  }

  private static String token(Sandbox s) {
    return s.endpoints().cas().tokens().get(0).token();
  }

  @Test
  void rejectsTokenOnWrongRegionWithAuthenticationTokenNotFound() {
    try (Sandbox s = start(20, Duration.ofMinutes(1))) {
      Client.Answer a = new Client(s).cas("eu", token(s), "GET", "/v1/sweeping/mails", "");
      assertEquals(401, a.status());
      assertEquals("Authentication token not found", a.body().path("msg").asString());
      assertTrue(a.body().has("traceId"));
    }
  }

  @Test
  void refusesSweepsToATokenWithoutTheEmailMessageApiType() {
    try (Sandbox s = start(20, Duration.ofMinutes(1))) {
      CasToken t = s.console().cas().createToken("logs", "", CasToken.TokenTarget.EXTERNAL_APPLICATION, List.of(CasApiType.LOG_RETRIEVAL));
      assertEquals(403, new Client(s).cas("us", t.secret(), "GET", "/v1/sweeping/mails", "").status());
    }
  }

  @Test
  void everyRouteRefusesATenantWithoutItsLicenceAfterAuthentication() {
    try (Sandbox s = start(1000, Duration.ofMinutes(1))) {
      CasToken all = s.console().cas().createToken("all", "", CasToken.TokenTarget.EXTERNAL_APPLICATION, List.of(CasApiType.values()));
      s.console().apexCentral().removeLicence("cloudAppSecurity");
      Client c = new Client(s);
      List<dev.tiac.sandbox.http.DocumentedRoute> routes = s.documentedRoutes().stream().filter(r -> r.service().equals("cas") && r.served()).toList();
      assertTrue(routes.size() >= 5, routes.toString());
      for (dev.tiac.sandbox.http.DocumentedRoute route : routes) {
        Client.Answer a = c.cas("us", all.secret(), route.method(), route.path(), route.method().equals("POST") ? "{}" : "");
        assertEquals(403, a.status(), route.method() + " " + route.path() + ": " + a.body());
        assertEquals("The Cloud App Security licence of this account is missing or expired", a.body().path("msg").asString(), route.path());
      }
      assertEquals(401, c.cas("us", "no-such-token", "GET", "/v1/sweeping/mails", "").status(), "an unknown token is refused first");
    }
  }

  @Test
  void sweepsSeeNothingUntilServiceAccountAndExchangePolicyAreOn() {
    try (Sandbox s = start(100, Duration.ofMinutes(1))) {
      Client c = new Client(s);
      AttackStory story = s.world().stories().get(0);
      String q = "/v1/sweeping/mails?subject=%22Overdue%20invoice%204471%22";
      assertEquals(0, c.cas("us", token(s), "GET", q, "").body().path("value").size());
      s.console().cas().addServiceAccount("Exchange Online");
      assertEquals(0, c.cas("us", token(s), "GET", q, "").body().path("value").size());
      s.console().cas().setPolicy(CasPolicy.ATP, true);
      Client.Answer a = c.cas("us", token(s), "GET", q, "");
      assertEquals(2, a.body().path("value").size(), a.body().toString());
      assertTrue(a.body().toString().contains(story.recipientUpn().replace("@corp.", "@")));
    }
  }

  /** Mail outside every enabled policy's targets is invisible: the sweep returns only the protected mailboxes' mail. */
  @Test
  void sweepsSeeOnlyMailOfTheMailboxesAnEnabledPolicyProtects() {
    try (Sandbox s = start(100, Duration.ofMinutes(1))) {
      Client c = new Client(s);
      String q = "/v1/sweeping/mails?subject=%22Overdue%20invoice%204471%22";
      s.console().cas().addServiceAccount("Exchange Online");
      s.console().cas().setPolicy(CasPolicy.ATP, true);
      List<String> both = mailboxes(c.cas("us", token(s), "GET", q, "").body());
      assertEquals(2, both.size(), both.toString());
      s.console().cas().setPolicy(CasPolicy.ATP, Optional.empty(), Optional.of(CasTargets.selected(List.of(both.get(0).toUpperCase(Locale.ROOT)), List.of())));
      assertEquals(List.of(both.get(0)), mailboxes(c.cas("us", token(s), "GET", q, "").body()));
      String group = s.world().users().stream().filter(u -> u.mail().equalsIgnoreCase(both.get(1))).findFirst().orElseThrow().groups().get(1);
      s.console().cas().setPolicy(CasPolicy.ATP, Optional.empty(), Optional.of(CasTargets.selected(List.of(), List.of(group))));
      assertTrue(mailboxes(c.cas("us", token(s), "GET", q, "").body()).contains(both.get(1)), group);
      s.console().cas().setPolicy(CasPolicy.ATP, Optional.empty(), Optional.of(CasTargets.selected(List.of("nobody@example.com"), List.of())));
      assertEquals(List.of(), mailboxes(c.cas("us", token(s), "GET", q, "").body()));
    }
  }

  private static List<String> mailboxes(tools.jackson.databind.JsonNode sweep) {
    List<String> out = new java.util.ArrayList<>();
    sweep.path("value").forEach(m -> out.add(m.path("mailbox").asString()));
    return out;
  }

  @Test
  void pagesSweepsToTheEndWithAbsoluteNextLinks() {
    try (Sandbox s = start(1000, Duration.ofMinutes(1))) {
      s.console().cas().addServiceAccount("Exchange Online");
      s.console().cas().setPolicy(CasPolicy.DLP, true);
      Client c = new Client(s);
      long expected = s.world().mails().stream().filter(m -> m.delivered() >= s.world().anchor().getEpochSecond() - 7 * 86_400).count();
      String url = s.endpoints().cas().homeUrl() + "/v1/sweeping/mails?limit=100";
      int seen = 0;
      int pages = 0;
      while (!url.isEmpty()) {
        Client.Answer a = c.send("GET", url, "Bearer " + token(s), "");
        assertEquals(200, a.status(), a.body().toString());
        seen += a.body().path("value").size();
        url = a.body().path("next_link").asString();
        assertTrue(url.isEmpty() || (url.startsWith("https://127.0.0.1:") && url.contains("skiptoken=")));
        pages++;
      }
      assertEquals(expected, seen);
      assertEquals((expected + 99) / 100, pages);
    }
  }

  @Test
  void answers429AfterTheBudgetAndRecoversWhenTheWindowPasses() throws InterruptedException {
    try (Sandbox s = start(3, Duration.ofMillis(1500))) {
      Client c = new Client(s);
      for (int i = 0; i < 3; i++) {
        assertEquals(200, c.cas("us", token(s), "GET", "/v1/remediation/mails", "").status());
      }
      Client.Answer limited = c.cas("us", token(s), "GET", "/v1/remediation/mails", "");
      assertEquals(429, limited.status());
      assertEquals("Maximum allowed requests exceeded", limited.body().path("msg").asString());
      Thread.sleep(1600);
      assertEquals(200, c.cas("us", token(s), "GET", "/v1/remediation/mails", "").status());
    }
  }

  @Test
  void keepsBlockedListsAndRejectsOversizedLists() {
    try (Sandbox s = start(100, Duration.ofMinutes(1))) {
      Client c = new Client(s);
      Client.Answer add = c.cas("us", token(s), "POST", "/v1/remediation/mails", "{\"action_type\":\"create\",\"rules\":{\"senders\":[\"a@evil.test\"]}}");
      assertEquals("Add rules successfully.", add.body().path("message").asString());
      Client.Answer got = c.cas("us", token(s), "GET", "/v1/remediation/mails", "");
      assertEquals("a@evil.test", got.body().path("rules").path("senders").path(0).asString());
      assertTrue(got.body().path("rules").path("urls").isMissingNode());
      String big = "[" + "\"x\",".repeat(2048) + "\"y\"]";
      assertEquals(400, c.cas("us", token(s), "POST", "/v1/remediation/mails", "{\"action_type\":\"create\",\"rules\":{\"urls\":" + big + "}}").status());
    }
  }
}
