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
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class TransportSafetyTest {
  @StartStop final MockWebServer server = new MockWebServer();
  @StartStop final MockWebServer otherHost = new MockWebServer();

  @Test
  void failsAHungCallWithinTheCallTimeoutPlusOneSecond() {
    server.enqueue(new MockResponse.Builder().onRequestStart(SocketEffect.Stall.INSTANCE).build());
    Duration callTimeout = Duration.ofSeconds(2);
    HttpSettings settings = TestHttp.fastSettings().withCallTimeout(callTimeout)
        .withReadTimeout(Duration.ofMinutes(10));
    HttpExchange exchange =
        new HttpExchange(TestHttp.clients(settings).client(List.of()), new Redactor());

    long start = System.nanoTime();
    HttpFailure failure = assertThrows(HttpFailure.class,
        () -> exchange.execute(new Request.Builder().url(server.url("/hang")).build()));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertTrue(failure.outcomeUnknown());
    assertTrue(took.compareTo(callTimeout.plusSeconds(1)) < 0, "took " + took);
    assertTrue(took.compareTo(callTimeout.minusMillis(100)) >= 0, "took " + took);
  }

  @Test
  void neverCarriesAuthorizationAcrossAHostRedirect() {
    server.enqueue(new MockResponse.Builder().code(302)
        .addHeader("Location", otherHost.url("/steal").toString()).build());
    otherHost.enqueue(new MockResponse.Builder().code(200).build());
    Secret token = Secret.of("redirect-canary-0123456789abcdef");
    Redactor redactor = new Redactor().register(token);
    HttpExchange exchange = new HttpExchange(TestHttp.clients(TestHttp.fastSettings(),
        new StringWriter(), redactor).client(List.of(new BearerAuthInterceptor(token))), redactor);

    HttpFailure failure = assertThrows(HttpFailure.class,
        () -> exchange.execute(new Request.Builder().url(server.url("/v1/x")).build()));

    assertEquals(302, failure.status().getAsInt());
    assertTrue(failure.getMessage().contains("does not follow redirects"), failure.getMessage());
    assertEquals(1, server.getRequestCount());
    assertEquals(0, otherHost.getRequestCount());
  }
}
