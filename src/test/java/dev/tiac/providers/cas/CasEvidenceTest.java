package dev.tiac.providers.cas;

import static dev.tiac.providers.cas.CasClientTest.answering;
import static dev.tiac.providers.cas.CasClientTest.json;
import static dev.tiac.providers.cas.CasClientTest.wire;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.contract.CheckOutcome;
import dev.tiac.contract.Evidence;
import dev.tiac.contract.Value;
import dev.tiac.http.DebugLog;
import dev.tiac.http.HttpClients;
import dev.tiac.http.HttpSettings;
import dev.tiac.http.Redactor;
import dev.tiac.http.Secret;
import dev.tiac.http.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Cloud App Security evidence over the wire shapes the real service answers with (captures in
 * wire/): it vouches only for what an answer shows, and reads every empty answer as unknown.
 */
class CasEvidenceTest {
  private static final String NO_MAIL = "{\"current_link\":\"\",\"next_link\":\"\",\"traceId\":\"t\",\"value\":[]}";
  private static final String NO_EVENTS = "{\"current_link\":\"\",\"next_link\":\"\",\"traceId\":\"t\",\"security_events\":[]}";

  @StartStop final MockWebServer cas = new MockWebServer();
  final List<String> asked = new CopyOnWriteArrayList<>();

  CasEvidence evidence() {
    Map<CasRegion, URI> endpoints = new EnumMap<>(CasRegion.class);
    endpoints.put(CasRegion.US, cas.url("/").uri());
    HttpClients clients = new HttpClients(HttpSettings.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)),
        DebugLog.off(new Redactor()), Clock.systemUTC(), Sleeper.system());
    return new CasEvidence(new CasClient(new CasSettings(CasRegion.US, Secret.of(CasClientTest.TOKEN), endpoints, 1000), clients),
        Clock.systemUTC());
  }

  /** Answers sweeps with {@code sweep} and Log Retrieval with {@code events} (status, body). */
  void serve(int sweepStatus, String sweep, int eventStatus, String events) {
    cas.setDispatcher(answering(r -> {
      asked.add(r.getUrl().encodedPath() + "?" + r.getUrl().encodedQuery());
      return r.getUrl().encodedPath().equals("/v1/sweeping/mails") ? json(sweepStatus, sweep) : json(eventStatus, events);
    }));
  }

  static String exchangeDetection(String policy) {
    return wire("cas-siem-security-events.json").replace("Default OneDrive Policy ATP", policy).replace("\"OneDrive\"", "\"Exchange\"");
  }

  @Test
  void aSweepThatReturnsMailVouchesForTheServiceAccountWithOneCall() {
    serve(200, wire("cas-sweeping-mails.json"), 200, NO_EVENTS);
    CasEvidence evidence = evidence();
    Evidence account = evidence.serviceAccount();
    assertEquals(Evidence.Presence.SHOWN, account.presence());
    assertEquals(Map.of("type", Value.text("exchangeOnline")), account.vouched());
    assertEquals(CheckOutcome.Status.PASS, evidence.sweeps().status());
    assertEquals(1, asked.size(), "the sweep is shared: " + asked);
    assertTrue(asked.get(0).contains("lastndays=1") && asked.get(0).contains("limit=1"), asked.get(0));
  }

  @Test
  void aSweepWithNoMailLeavesTheServiceAccountUnknownNeverRemoved() {
    serve(200, NO_MAIL, 200, NO_EVENTS);
    CasEvidence evidence = evidence();
    Evidence account = evidence.serviceAccount();
    assertEquals(Evidence.Presence.SILENT, account.presence());
    assertTrue(account.vouched().isEmpty());
    assertTrue(account.seen().get(0).contains("shows nothing about the service account"), account.seen().toString());
    assertEquals(CheckOutcome.Status.UNKNOWN, evidence.sweeps().status());
  }

  @Test
  void aRefusedTokenFailsTheSweepsButSaysNothingOfTheAccount() {
    serve(401, "{\"code\":401,\"traceId\":\"t\",\"msg\":\"Authentication token not found\"}", 200, NO_EVENTS);
    CasEvidence evidence = evidence();
    assertEquals(Evidence.Presence.SILENT, evidence.serviceAccount().presence());
    CheckOutcome sweeps = evidence.sweeps();
    assertEquals(CheckOutcome.Status.FAIL, sweeps.status());
    assertTrue(sweeps.evidence().contains("401"), sweeps.evidence());
  }

  @Test
  void aDetectionLoggedByTheExchangePolicyShowsItOn() {
    serve(200, NO_MAIL, 200, exchangeDetection("Default Exchange Policy ATP"));
    Evidence atp = evidence().policy("Default Exchange Policy ATP");
    assertEquals(Evidence.Presence.SHOWN, atp.presence());
    assertEquals(Map.of("status", Value.text("ON")), atp.vouched());
    assertTrue(atp.seen().get(0).contains("2020-07-19T22:51:30.000Z"), atp.seen().toString());
    assertTrue(asked.stream().anyMatch(q -> q.contains("service=exchange") && q.contains("event=securityrisk") && q.contains("start=")), asked.toString());
  }

  @Test
  void anotherPolicysDetectionsVouchForNothing() {
    // The capture as recorded: a OneDrive ATP detection says nothing about Exchange's policies.
    serve(200, NO_MAIL, 200, wire("cas-siem-security-events.json"));
    Evidence atp = evidence().policy("Default Exchange Policy ATP");
    assertEquals(Evidence.Presence.SILENT, atp.presence());
    assertEquals(3, asked.stream().filter(q -> q.startsWith("/v1/siem")).count(), "ATP is asked about its three event types: " + asked);
    assertTrue(atp.seen().get(0).contains("shows nothing"), atp.seen().toString());
  }

  @Test
  void dlpIsAskedAboutDlpEventsOnlyAndMailInASweepIsNamedButNotPinnedOnIt() {
    serve(200, wire("cas-sweeping-mails.json"), 200, NO_EVENTS);
    Evidence dlp = evidence().policy("Default Exchange Policy DLP");
    assertEquals(Evidence.Presence.SILENT, dlp.presence());
    assertEquals(List.of("event=dlp"), asked.stream().filter(q -> q.startsWith("/v1/siem")).map(q -> q.replaceAll(".*(event=[a-z]+).*", "$1")).toList());
    assertTrue(String.join(" ", dlp.seen()).contains("which one no sweep tells"), dlp.seen().toString());
  }

  @Test
  void aTokenWithoutLogRetrievalLeavesThePolicyUnknownAndSaysWhy() {
    serve(200, NO_MAIL, 403, "{\"code\":403,\"traceId\":\"t\",\"msg\":\"no permission\"}");
    Evidence atp = evidence().policy("Default Exchange Policy ATP");
    assertEquals(Evidence.Presence.SILENT, atp.presence());
    assertTrue(atp.seen().get(0).contains("Log Retrieval"), atp.seen().toString());
    assertEquals(1, asked.stream().filter(q -> q.startsWith("/v1/siem")).count(), "no point asking twice: " + asked);
  }
}
