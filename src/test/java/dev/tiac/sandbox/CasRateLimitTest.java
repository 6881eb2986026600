package dev.tiac.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CAS's documented budget: 20 calls in any 60 s per token, then a bare 429; a neighbour shares it. */
class CasRateLimitTest {
  @TempDir Path dir;

  private static String token(Sandbox s) {
    return s.endpoints().cas().tokens().get(0).token();
  }

  @Test
  void the21stCallInAMinuteGets429WithTheDocumentedBodyAndNoRetryAfter() {
    try (Sandbox s = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false))) {
      Client c = new Client(s);
      for (int i = 1; i <= 20; i++) {
        assertEquals(200, c.cas("us", token(s), "GET", "/v1/remediation/mails", "").status(), "call " + i);
      }
      Client.Answer limited = c.cas("us", token(s), "GET", "/v1/remediation/mails", "");
      assertEquals(429, limited.status());
      assertEquals(429, limited.body().path("code").asInt());
      assertEquals("Maximum allowed requests exceeded", limited.body().path("msg").asString());
      assertTrue(limited.body().path("traceId").asString().matches("[0-9a-f-]{36}"));
      assertTrue(limited.headers().firstValue("Retry-After").isEmpty(), "the documented 429 names no Retry-After");
      // Refused calls do not count, and another token has its own budget.
      assertEquals(429, c.cas("us", token(s), "GET", "/v1/remediation/mails", "").status());
      String other = s.console().cas().createToken("other", "", dev.tiac.sandbox.console.CasToken.TokenTarget.EXTERNAL_APPLICATION,
          List.of(dev.tiac.sandbox.console.CasApiType.BLOCKED_LISTS)).secret();
      assertEquals(200, c.cas("us", other, "GET", "/v1/remediation/mails", "").status());
    }
  }

  @Test
  void aTenantWideBudgetIsSharedByEveryToken() {
    try (Sandbox s = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false).withCasRateScope(dev.tiac.sandbox.cas.CasRate.Scope.TENANT))) {
      Client c = new Client(s);
      String other = s.console().cas().createToken("other", "", dev.tiac.sandbox.console.CasToken.TokenTarget.EXTERNAL_APPLICATION,
          List.of(dev.tiac.sandbox.console.CasApiType.BLOCKED_LISTS)).secret();
      for (int i = 1; i <= 20; i++) {
        assertEquals(200, c.cas("us", i % 2 == 0 ? other : token(s), "GET", "/v1/remediation/mails", "").status(), "call " + i);
      }
      assertEquals(429, c.cas("us", other, "GET", "/v1/remediation/mails", "").status());
      assertEquals(429, c.cas("us", token(s), "GET", "/v1/remediation/mails", "").status());
    }
  }

  @Test
  void theRetryAfterOptionNamesWhenTheOldestCallLeavesTheWindow() {
    try (Sandbox s = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false).withCasRetryAfter(true))) {
      Client c = new Client(s);
      for (int i = 0; i < 20; i++) {
        c.cas("us", token(s), "GET", "/v1/remediation/mails", "");
      }
      Client.Answer limited = c.cas("us", token(s), "GET", "/v1/remediation/mails", "");
      assertEquals(429, limited.status());
      long seconds = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
      assertTrue(seconds >= 55 && seconds <= 60, "the oldest call is seconds old: " + seconds);
    }
  }

  @Test
  void aNeighbourSpending15CallsAMinuteLeavesAFreshTokenFive() {
    try (Sandbox s = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false).withNeighbour(15))) {
      Client c = new Client(s);
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        statuses.add(c.cas("us", token(s), "GET", "/v1/remediation/mails", "").status());
      }
      assertEquals(List.of(200, 200, 200, 200, 200, 429, 429, 429), statuses);
      assertTrue(s.casRateLimiter().neighbourCalls() >= 15, "the neighbour spent its share: " + s.casRateLimiter().neighbourCalls());
      assertTrue(s.counters().statuses().getOrDefault("cas GET /v1/remediation/mails 429", 0L) == 3, s.counters().statuses().toString());
    }
  }

  @Test
  void theNeighbourKeepsCallingInTheBackgroundWithItsShareScaledToTheWindow() throws InterruptedException {
    // A 2-second window with 2 neighbour calls in each: one every second, so the test takes seconds, not minutes.
    try (Sandbox s = Sandbox.start(SandboxOptions.defaults(dir).withPersist(false).withCasRate(3, java.time.Duration.ofSeconds(2))
        .withNeighbour(2))) {
      Client c = new Client(s);
      assertEquals(200, c.cas("us", token(s), "GET", "/v1/remediation/mails", "").status(), "1 of 3 left to this token");
      assertEquals(429, c.cas("us", token(s), "GET", "/v1/remediation/mails", "").status(), "the neighbour holds the other 2");
      long before = s.casRateLimiter().neighbourCalls() + s.casRateLimiter().neighbourRefusals();
      Thread.sleep(3_100);
      c.cas("us", token(s), "GET", "/v1/remediation/mails", "");
      long attempts = s.casRateLimiter().neighbourCalls() + s.casRateLimiter().neighbourRefusals() - before;
      assertTrue(attempts >= 3 && attempts <= 4, "the neighbour called once a second meanwhile: " + attempts);
    }
  }
}
