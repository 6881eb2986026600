package dev.tiac.providers.cas;

import static dev.tiac.providers.cas.CasClientTest.answering;
import static dev.tiac.providers.cas.CasClientTest.json;
import static dev.tiac.providers.cas.CasClientTest.wire;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.contract.Evidence;
import dev.tiac.contract.Value;
import dev.tiac.http.DebugLog;
import dev.tiac.http.HttpClients;
import dev.tiac.http.HttpSettings;
import dev.tiac.http.Redactor;
import dev.tiac.http.Secret;
import dev.tiac.http.Sleeper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** A delivered token asked about itself: one read-only call per declared API type, with its own value. */
class TokenEvidenceTest {
  private static final String DELIVERED = "delivered-token-canary-0a1b2c3d4e5f6a7b";
  private static final String DENIED = "{\"code\":403,\"traceId\":\"t\",\"msg\":\"no permission\"}";
  private static final String UNKNOWN = "{\"code\":401,\"traceId\":\"t\",\"msg\":\"Authentication token not found\"}";

  @StartStop final MockWebServer cas = new MockWebServer();
  final List<String> authorizations = new CopyOnWriteArrayList<>();
  final StringWriter log = new StringWriter();

  TokenEvidence evidence() {
    Map<CasRegion, URI> endpoints = new EnumMap<>(CasRegion.class);
    endpoints.put(CasRegion.US, cas.url("/").uri());
    HttpClients clients = new HttpClients(HttpSettings.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)),
        DebugLog.to(new PrintWriter(log, true), new Redactor()), Clock.systemUTC(), Sleeper.system());
    return new TokenEvidence(new CasClient(new CasSettings(CasRegion.US, Secret.of(CasClientTest.TOKEN), endpoints, 1000), clients));
  }

  /** The token has the API types whose probe paths are in {@code granted}; every other path is 403. */
  void grant(Set<String> granted) {
    cas.setDispatcher(answering(r -> {
      authorizations.add(r.getHeaders().get("Authorization"));
      String path = r.getUrl().encodedPath();
      if (!granted.contains(path)) {
        return json(403, DENIED);
      }
      return path.equals("/v1/sweeping/mails") ? json(200, wire("cas-sweeping-mails.json"))
          : path.equals("/v1/remediation/mails") ? json(200, wire("cas-remediation-blocked-lists.json"))
          : json(200, wire("cas-mitigation-mails-result.json"));
    }));
  }

  @Test
  void aTokenAnsweringEveryDeclaredTypeIsShownAndAskedWithItsOwnValue() {
    grant(Set.of("/v1/sweeping/mails", "/v1/mitigation/mails", "/v1/remediation/mails"));
    Evidence token = evidence().of("secrets/cas.token", Optional.of(Secret.of(DELIVERED)),
        Value.set(List.of("remediation.blockedLists", "threatInvestigation.emailMessage", "threatMitigation.emailMessage")));
    assertEquals(Evidence.Presence.SHOWN, token.presence());
    assertEquals(java.util.Map.of("apiTypes", Value.set(List.of("remediation.blockedLists", "threatInvestigation.emailMessage", "threatMitigation.emailMessage"))), token.vouched(),
        "every declared type answered, so the API vouches for them; undeclared types were never asked about");
    assertEquals(3, authorizations.size());
    assertTrue(authorizations.stream().allMatch(a -> a.equals("Bearer " + DELIVERED)), "asked with the delivered token, not the connection's");
    assertFalse(log.toString().contains(DELIVERED), "the delivered token reached the debug log");
  }

  @Test
  void aDeclaredTypeTheTokenLacksShowsAsTheTypesItHas() {
    grant(Set.of("/v1/sweeping/mails"));
    Evidence token = evidence().of("secrets/cas.token", Optional.of(Secret.of(DELIVERED)),
        Value.set(List.of("remediation.blockedLists", "threatInvestigation.emailMessage")));
    assertEquals(Evidence.Presence.SHOWN, token.presence());
    assertEquals(Map.of("apiTypes", Value.set(List.of("threatInvestigation.emailMessage"))), token.vouched());
    assertTrue(token.seen().get(0).contains("refused (403) for remediation.blockedLists"), token.seen().toString());
  }

  @Test
  void aTokenNoRegionKnowsIsShownGone() {
    cas.setDispatcher(answering(r -> json(401, UNKNOWN)));
    Evidence token = evidence().of("secrets/cas.token", Optional.of(Secret.of(DELIVERED)), Value.set(List.of("threatInvestigation.emailMessage")));
    assertEquals(Evidence.Presence.GONE, token.presence());
    assertTrue(token.seen().get(0).contains("deleted, or expired"), token.seen().toString());
  }

  @Test
  void withoutADeliveredValueNothingIsAskedAndNothingClaimed() {
    grant(Set.of());
    Evidence token = evidence().of("refs", Optional.empty(), Value.set(List.of("threatInvestigation.emailMessage")));
    assertEquals(Evidence.Presence.SILENT, token.presence());
    assertEquals(0, cas.getRequestCount());
  }
}
