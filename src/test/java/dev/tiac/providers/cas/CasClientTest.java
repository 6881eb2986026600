package dev.tiac.providers.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.http.DebugLog;
import dev.tiac.http.HttpClients;
import dev.tiac.http.HttpSettings;
import dev.tiac.http.Redactor;
import dev.tiac.http.Secret;
import dev.tiac.http.Sleeper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class CasClientTest {
  static final String TOKEN = "cas-canary-token-9f8e7d6c5b4a39281706";

  @StartStop final MockWebServer us = new MockWebServer();
  @StartStop final MockWebServer eu = new MockWebServer();
  final StringWriter log = new StringWriter();

  static String wire(String name) {
    try (InputStream in = CasClientTest.class.getResourceAsStream("wire/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
        .body(body).build();
  }

  CasClient client(CasRegion region) {
    Map<CasRegion, URI> endpoints = new EnumMap<>(CasRegion.class);
    endpoints.put(CasRegion.US, us.url("/").uri());
    endpoints.put(CasRegion.EU, eu.url("/").uri());
    HttpClients clients = new HttpClients(
        HttpSettings.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)),
        DebugLog.to(new PrintWriter(log, true), new Redactor()), Clock.systemUTC(),
        Sleeper.system());
    return new CasClient(new CasSettings(region, Secret.of(TOKEN), endpoints, 1000), clients);
  }

  static Dispatcher answering(java.util.function.Function<RecordedRequest, MockResponse> f) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return f.apply(request);
      }
    };
  }

  @Test
  void followsNextLinkUntilEachDocumentedEndMarker() {
    for (String end : List.of("\"\"", "null", "\"null\"")) {
      MockWebServer server = us;
      us.setDispatcher(answering(r -> {
        int page = Integer.parseInt(Optional.ofNullable(r.getUrl().queryParameter("skiptoken"))
            .orElse("0"));
        String next = page < 2
            ? "\"" + server.url("/v1/sweeping/mails?skiptoken=" + (page + 1)) + "\"" : end;
        return json(200, "{\"current_link\":\"\",\"next_link\":" + next + ",\"traceId\":\"t"
            + page + "\",\"value\":[{\"mail_message_subject\":\"mail " + page + "\"}]}");
      }));
      int before = us.getRequestCount();

      List<String> subjects = client(CasRegion.US)
          .sweepMails(new SweepQuery(Map.of("lastndays", "7", "limit", "1000")))
          .flatMap(p -> p.items().stream()).map(Mail::subject).collect(Collectors.toList());

      assertEquals(List.of("mail 0", "mail 1", "mail 2"), subjects, "end marker " + end);
      assertEquals(3, us.getRequestCount() - before);
    }
  }

  @Test
  void parsesTheCapturedSweepAndSiemAnswers() throws Exception {
    us.setDispatcher(answering(r -> json(200, r.getUrl().encodedPath().contains("siem")
        ? wire("cas-siem-security-events.json") : wire("cas-sweeping-mails.json"))));
    CasClient cas = client(CasRegion.US);

    Mail mail = cas.sweepMails(new SweepQuery(Map.of("subject", "Test"))).findFirst()
        .orElseThrow().items().get(0);
    SecurityEvent event = cas.securityEvents("onedrive", "securityrisk", Optional.empty(),
        Optional.empty()).findFirst().orElseThrow().items().get(0);

    assertEquals("Test mail from Demisto", mail.subject());
    assertEquals("0.0.0.0", mail.sourceIp());
    assertEquals("Default OneDrive Policy ATP", event.message().get("triggered_policy_name"));
    assertEquals("OneDrive", event.service());
    RecordedRequest sweep = us.takeRequest();
    assertEquals("Bearer " + TOKEN, sweep.getHeaders().get("Authorization"));
    assertEquals("/v1/sweeping/mails?subject=Test", sweep.getTarget());
  }

  @Test
  void readsMitigationResultsWhoseNextLinkIsTheStringNull() {
    us.setDispatcher(answering(r -> json(200, r.getMethod().equals("POST")
        ? wire("cas-mitigation-accepted.json") : wire("cas-mitigation-mails-result.json"))));
    CasClient cas = client(CasRegion.US);

    String batch = cas.mitigateMails(List.of(Map.of("action_type", "MAIL_DELETE",
        "service", "exchange", "account_provider", "office365", "mailbox", "a@example.com",
        "mail_message_id", "<m@x>")));
    List<MitigationResult> results = cas.mitigationResults("mails", batch)
        .flatMap(p -> p.items().stream()).collect(Collectors.toList());

    assertEquals("02bc9a41-f5ac-47b8-8fd6-4fcc038d5578", batch);
    assertEquals(1, results.size());
    assertEquals(-999, results.get(0).errorCode());
    assertEquals(2, us.getRequestCount());
  }

  @Test
  void typesErrorBodiesWithTheirTraceId() {
    us.setDispatcher(answering(r -> json(403,
        "{\"code\":403,\"traceId\":\"abc-123\",\"msg\":\"Permission denied\"}")));

    CasException e = assertThrows(CasException.class, () -> client(CasRegion.US).blockedLists());

    assertEquals(403, e.status().getAsInt());
    assertEquals("abc-123", e.traceId());
    assertTrue(e.getMessage().contains("Email message"), e.getMessage());
    assertFalse(e.licenceRefused(), "a 403 that names no licence is the token's API types");
    assertEquals(1, us.getRequestCount(), "403 is terminal");
  }

  @Test
  void aRefusalThatNamesTheLicenceBlamesTheLicenceNotTheToken() {
    us.setDispatcher(answering(r -> json(403,
        "{\"code\":403,\"traceId\":\"t-1\",\"msg\":\"The Cloud App Security licence of this account is missing or expired\"}")));

    CasException e = assertThrows(CasException.class, () -> client(CasRegion.US).blockedLists());

    assertTrue(e.licenceRefused());
    assertTrue(e.getMessage().contains("refused for a licence reason"), e.getMessage());
    assertTrue(e.getMessage().contains("the token is not at fault"), e.getMessage());
    assertFalse(e.getMessage().contains("lacks the API type"), e.getMessage());
  }

  @Test
  void addsBlockedEntriesExactlyOnceWhenTheAnswerIsLost() {
    List<String> senders = new CopyOnWriteArrayList<>(List.of("456@gmail.com"));
    List<String> posts = new CopyOnWriteArrayList<>();
    us.setDispatcher(answering(r -> {
      if (r.getMethod().equals("GET")) {
        String list = senders.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(","));
        return json(200, "{\"code\":0,\"message\":\"Get rules successfully.\",\"rules\":"
            + "{\"senders\":[" + list + "]}}");
      }
      posts.add(r.getBody().string(StandardCharsets.UTF_8));
      senders.add("evil@example.com");
      return new MockResponse.Builder()
          .onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build();
    }));

    client(CasRegion.US).addToBlockedLists(
        new BlockedLists(List.of("evil@example.com"), List.of(), List.of(), List.of()));

    assertEquals(1, posts.size());
    assertEquals("{\"action_type\":\"create\",\"rules\":{\"senders\":[\"evil@example.com\"]}}",
        posts.get(0));
    assertEquals(1, senders.stream().filter("evil@example.com"::equals).count());
  }

  @Test
  void readsCapturedBlockedListsWithAnAbsentList() {
    us.setDispatcher(answering(r -> json(200, wire("cas-remediation-blocked-lists.json"))));

    BlockedLists lists = client(CasRegion.US).blockedLists();

    assertEquals(List.of("456@gmail.com", "123@gmail.com"), lists.senders());
    assertEquals(3, lists.urls().size());
    assertEquals(List.of(), lists.fileSha256());
  }

  @Test
  void probeTellsValidWrongRegionMissingTypeAndDeadTokensApart() {
    List<TokenStatus.Kind> kinds = new ArrayList<>();
    String notFound = "{\"code\":401,\"traceId\":\"t\",\"msg\":\"Authentication token not found\"}";
    us.setDispatcher(answering(r -> json(200, wire("cas-sweeping-mails.json"))));
    kinds.add(client(CasRegion.US).probeToken().kind());
    us.setDispatcher(answering(r -> json(403, "{\"code\":403,\"traceId\":\"t\",\"msg\":\"no\"}")));
    kinds.add(client(CasRegion.US).probeToken().kind());
    us.setDispatcher(answering(r -> json(401, notFound)));
    eu.setDispatcher(answering(r -> json(200, wire("cas-sweeping-mails.json"))));
    TokenStatus wrong = client(CasRegion.US).probeToken();
    kinds.add(wrong.kind());
    eu.setDispatcher(answering(r -> json(401, notFound)));
    kinds.add(client(CasRegion.US).probeToken().kind());

    assertEquals(List.of(TokenStatus.Kind.VALID, TokenStatus.Kind.MISSING_API_TYPE,
        TokenStatus.Kind.WRONG_REGION, TokenStatus.Kind.EXPIRED_OR_DELETED), kinds);
    assertEquals(Optional.of(CasRegion.EU), wrong.rightRegion());
    assertTrue(wrong.explanation().contains("set the CAS region to EU"), wrong.explanation());
  }

  @Test
  void probeKeepsTheAnswerOfItsLastAttempt() {
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    us.setDispatcher(answering(r -> calls.getAndIncrement() == 0
        ? json(503, "{\"code\":503,\"traceId\":\"t\",\"msg\":\"maintenance\"}")
        : json(200, wire("cas-sweeping-mails.json"))));

    TokenStatus status = client(CasRegion.US).probeToken();

    assertEquals(TokenStatus.Kind.VALID, status.kind(), status.explanation());
    assertEquals(2, calls.get(), "the 503 retried once, the 200 kept");
  }

  @Test
  void otherRegionsThatCannotBeAskedDoNotFailTheProbe() throws Exception {
    String notFound = "{\"code\":401,\"traceId\":\"t\",\"msg\":\"Authentication token not found\"}";
    us.setDispatcher(answering(r -> json(401, notFound)));
    eu.setDispatcher(answering(r -> json(401, notFound)));
    Map<CasRegion, URI> endpoints = new EnumMap<>(CasRegion.class);
    endpoints.put(CasRegion.US, us.url("/").uri());
    endpoints.put(CasRegion.EU, eu.url("/").uri());
    // Japan's host refuses connections: nothing listens on the port.
    int closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    endpoints.put(CasRegion.JAPAN, URI.create("http://127.0.0.1:" + closed + "/"));
    HttpClients clients = new HttpClients(HttpSettings.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)),
        DebugLog.off(new Redactor()), Clock.systemUTC(), Sleeper.system());

    TokenStatus status = new CasClient(new CasSettings(CasRegion.US, Secret.of(TOKEN), endpoints, 1000), clients).probeToken();

    assertEquals(TokenStatus.Kind.EXPIRED_OR_DELETED, status.kind());
    assertTrue(status.explanation().contains("JAPAN could not be asked"), status.explanation());
  }

  @Test
  void probeNeverCallsAnUnreachableServiceADeadToken() {
    us.setDispatcher(answering(r -> json(500, "{\"code\":500,\"traceId\":\"t\",\"msg\":\"x\"}")));
    assertThrows(CasException.class, () -> client(CasRegion.US).probeToken());
  }

  @Test
  void neverLogsTheTokenAtTheMostVerboseLevel() {
    us.setDispatcher(answering(r -> json(200, wire("cas-sweeping-mails.json"))));
    client(CasRegion.US).sweepMails(new SweepQuery(Map.of())).forEach(p -> { });
    String out = log.toString();
    assertTrue(out.contains("GET"), out);
    assertFalse(out.contains(TOKEN), out);
    assertFalse(out.contains(java.util.Base64.getEncoder()
        .encodeToString(TOKEN.getBytes(StandardCharsets.UTF_8))), out);
  }
}
