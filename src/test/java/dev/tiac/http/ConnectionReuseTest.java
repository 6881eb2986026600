package dev.tiac.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class ConnectionReuseTest {
  private static final int PARALLEL = 10; // apply's and refresh's default parallelism

  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void tenCallsAtOnceThenTenMoreReuseTheFirstTensConnections() throws Exception {
    CyclicBarrier together = new CyclicBarrier(PARALLEL);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        try {
          together.await(10, TimeUnit.SECONDS); // every call of a round holds its own connection
        } catch (java.util.concurrent.BrokenBarrierException | java.util.concurrent.TimeoutException e) {
          throw new IllegalStateException(e);
        }
        return new MockResponse.Builder().code(200).body("{}").build();
      }
    });
    Redactor redactor = new Redactor();
    HttpExchange exchange = new HttpExchange(TestHttp.clients(TestHttp.fastSettings()).client(List.of()), redactor);
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    try {
      for (int round = 0; round < 2; round++) {
        List<Future<HttpResult>> calls = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
          calls.add(pool.submit(() -> exchange.execute(new Request.Builder().url(server.url("/v1/things")).build())));
        }
        for (Future<HttpResult> call : calls) {
          assertEquals(200, call.get().status());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    List<Integer> connections = new ArrayList<>();
    for (int i = 0; i < 2 * PARALLEL; i++) {
      connections.add(server.takeRequest().getConnectionIndex());
    }
    // A pool of OkHttp's default 5 closed half the first round's connections: new handshakes.
    assertTrue(connections.stream().allMatch(c -> c < PARALLEL), "connections used: " + connections);
  }
}
