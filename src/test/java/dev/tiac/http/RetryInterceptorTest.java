package dev.tiac.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RetryInterceptorTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private HttpExchange exchange(HttpSettings settings, StringWriter log) {
    Redactor redactor = new Redactor();
    return new HttpExchange(TestHttp.clients(settings, log, redactor).client(List.of()), redactor);
  }

  private Request get() {
    return new Request.Builder().url(server.url("/v1/things")).build();
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 412, 413, 422, 501})
  void neverRetriesTerminalStatuses(int status) {
    server.enqueue(new MockResponse.Builder().code(status).build());
    server.enqueue(new MockResponse.Builder().code(200).build());

    HttpResult result = exchange(TestHttp.fastSettings(), new StringWriter()).execute(get());

    assertEquals(status, result.status());
    assertEquals(1, server.getRequestCount());
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void retriesServerAndGatewayErrorsOnSafeMethods(int status) {
    server.enqueue(new MockResponse.Builder().code(status).build());
    server.enqueue(new MockResponse.Builder().code(status).build());
    server.enqueue(new MockResponse.Builder().code(200).build());
    StringWriter log = new StringWriter();

    HttpResult result = exchange(TestHttp.fastSettings(), log).execute(get());

    assertEquals(200, result.status());
    assertEquals(3, server.getRequestCount());
    assertTrue(log.toString().contains("retry 2/5 of GET"), log.toString());
    assertTrue(log.toString().contains("after HTTP " + status), log.toString());
  }

  @Test
  void neverRetriesPostOnServerErrors() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    Request post = new Request.Builder().url(server.url("/v1/create"))
        .post(RequestBody.create("{}", MediaType.get("application/json"))).build();

    assertEquals(503, exchange(TestHttp.fastSettings(), new StringWriter()).execute(post).status());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void retriesPostOnRateLimitBecauseItWasNotProcessed() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "0").build());
    server.enqueue(new MockResponse.Builder().code(201).build());
    Request post = new Request.Builder().url(server.url("/v1/create"))
        .post(RequestBody.create("{}", MediaType.get("application/json"))).build();

    assertEquals(201, exchange(TestHttp.fastSettings(), new StringWriter()).execute(post).status());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void stopsAtTheAttemptLimit() {
    for (int i = 0; i < 10; i++) {
      server.enqueue(new MockResponse.Builder().code(503).build());
    }
    StringWriter log = new StringWriter();

    HttpResult result = exchange(TestHttp.fastSettings().withMaxAttempts(4), log).execute(get());

    assertEquals(503, result.status());
    assertEquals(4, server.getRequestCount());
    assertTrue(log.toString().contains("attempt limit 4 reached"), log.toString());
  }

  @Test
  void refusesToWaitLongerThanTheRetryAfterCap() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").build());
    StringWriter log = new StringWriter();

    assertEquals(429, exchange(TestHttp.fastSettings(), log).execute(get()).status());
    assertEquals(1, server.getRequestCount());
    assertTrue(log.toString().contains("more than the cap"), log.toString());
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 503})
  void neverResendsAPostAfterAServerError(int status) {
    server.enqueue(new MockResponse.Builder().code(status).build());
    server.enqueue(new MockResponse.Builder().code(200).build());

    HttpResult result = exchange(TestHttp.fastSettings(), new StringWriter()).execute(new Request.Builder()
        .url(server.url("/v1/things")).post(okhttp3.RequestBody.create("{}", okhttp3.MediaType.get("application/json"))).build());

    assertEquals(status, result.status());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void retriesIdempotentRequestsAfterADroppedConnection() {
    server.enqueue(new MockResponse.Builder()
        .onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build());
    server.enqueue(new MockResponse.Builder().code(200).body("ok").build());

    HttpResult result = exchange(TestHttp.fastSettings(), new StringWriter()).execute(get());

    assertEquals("ok", result.bodyText());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void spendsNoMoreBlindRetriesThanTheRunBudget() {
    HttpSettings settings = new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(5),
        Duration.ofSeconds(5), Duration.ofSeconds(20), 5, Duration.ofMillis(1),
        Duration.ofMillis(2), Duration.ofSeconds(10), 0.0, 3, java.util.Optional.empty(), 10);
    for (int i = 0; i < 20; i++) {
      server.enqueue(new MockResponse.Builder().code(503).build());
    }
    StringWriter log = new StringWriter();
    HttpExchange exchange = exchange(settings, log);

    exchange.execute(get());
    exchange.execute(get());

    // 3 budgeted retries in total, then each call gets exactly one attempt.
    assertEquals(2 + 3, server.getRequestCount());
    assertTrue(log.toString().contains("run retry budget spent"), log.toString());
  }

  @Test
  void reportsATransportFailureAsOutcomeUnknown() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(new MockResponse.Builder()
          .onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build());
    }
    HttpFailure failure = assertThrows(HttpFailure.class,
        () -> exchange(TestHttp.fastSettings(), new StringWriter()).execute(get()));
    assertTrue(failure.outcomeUnknown());
    assertEquals(5, server.getRequestCount());
  }
}
