package dev.tiac.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class RateLimitStormTest {
  private static final int CALLS = 1_000;

  @StartStop final MockWebServer server = new MockWebServer();

  /**
   * Every call's first attempt is refused with 429 (half of all answers), cycling through the
   * Retry-After forms: delay-seconds "0" and "1", an HTTP-date one second ahead, an HTTP-date in
   * the past. The server notes the earliest moment each retry is allowed and checks it.
   */
  @Test
  void survivesThousandCallsWithHalfRateLimitedAndNeverRetriesEarly() throws Exception {
    StormServer storm = new StormServer();
    server.setDispatcher(storm);
    HttpClients clients = TestHttp.clients(TestHttp.fastSettings());
    OkHttpClient client = clients.client(List.of());
    HttpExchange exchange = new HttpExchange(client, new Redactor());

    ExecutorService pool = Executors.newFixedThreadPool(64);
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      Request request = new Request.Builder().url(server.url("/items/" + i)).build();
      results.add(pool.submit(() -> exchange.execute(request).status()));
    }
    int failures = 0;
    for (Future<Integer> result : results) {
      try {
        failures += result.get() == 200 ? 0 : 1;
      } catch (java.util.concurrent.ExecutionException e) {
        failures++;
      }
    }
    pool.shutdown();

    assertEquals(0, failures);
    assertEquals(2 * CALLS, server.getRequestCount());
    assertEquals(CALLS, storm.refused.get());
    assertEquals(0, storm.earlyRetries.get(), "retries that came before their Retry-After");
    assertEquals(0, clients.budget().retries(), "server-directed waits are not charged");
  }

  private static final class StormServer extends Dispatcher {
    final Map<String, Long> notBeforeMillis = new ConcurrentHashMap<>();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger earlyRetries = new AtomicInteger();

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      long now = System.currentTimeMillis();
      String path = request.getUrl().encodedPath();
      Long allowed = notBeforeMillis.get(path);
      if (allowed != null) {
        if (now < allowed) {
          earlyRetries.incrementAndGet();
        }
        return new MockResponse.Builder().code(200).body("{}").build();
      }
      int n = refused.getAndIncrement();
      String retryAfter;
      long notBefore;
      switch (n % 4) {
        case 0 -> {
          retryAfter = "0";
          notBefore = now;
        }
        case 1 -> {
          retryAfter = "1";
          notBefore = now + 1_000;
        }
        case 2 -> {
          Instant at = Instant.ofEpochSecond(now / 1000 + 2);
          retryAfter = httpDate(at);
          notBefore = at.toEpochMilli();
        }
        default -> {
          retryAfter = httpDate(Instant.ofEpochSecond(now / 1000 - 30));
          notBefore = now;
        }
      }
      notBeforeMillis.put(path, notBefore);
      return new MockResponse.Builder().code(429).addHeader("Retry-After", retryAfter)
          .body("{\"code\":429,\"msg\":\"Maximum allowed requests exceeded\"}").build();
    }

    private static String httpDate(Instant at) {
      return DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
    }
  }

  @Test
  void retryBudgetStaysWithinTenPercentOfRequests() {
    RetryBudget budget = new RetryBudget(0.1, 10);
    int granted = 0;
    for (int i = 0; i < 1_000; i++) {
      budget.recordRequest();
      if (budget.tryAcquire()) {
        granted++;
      }
    }
    assertEquals(110, granted);
    assertTrue(budget.retries() <= 10 + 0.1 * budget.requests());
  }
}
