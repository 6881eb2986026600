package dev.tiac.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

class CreateGuardTest {
  @StartStop final MockWebServer server = new MockWebServer();

  /**
   * Every create's answer is lost. On even items the server stored the object before the
   * connection dropped; on odd items it dropped the request unprocessed. Either way each object
   * must end up stored exactly once.
   */
  @Test
  void createsEachObjectExactlyOnceWhenEveryCreateLosesItsConnection() {
    ObjectStore store = new ObjectStore();
    server.setDispatcher(store);
    HttpClients clients = TestHttp.clients(TestHttp.fastSettings());
    HttpExchange exchange = new HttpExchange(clients.client(List.of()), new Redactor());
    CreateGuard guard = new CreateGuard(5, new Backoff(Duration.ZERO, Duration.ZERO, b -> 0),
        Sleeper.system(), DebugLog.off(new Redactor()));

    for (int i = 0; i < 200; i++) {
      String name = "obj-" + i;
      guard.create(name,
          () -> exchange.execute(new Request.Builder().url(server.url("/objects"))
              .post(RequestBody.create(name, MediaType.get("text/plain"))).build()).bodyText(),
          () -> {
            HttpResult read = exchange.execute(
                new Request.Builder().url(server.url("/objects/" + name)).build());
            return read.status() == 200 ? Optional.of(name) : Optional.empty();
          });
    }

    assertEquals(200, store.objects.size());
    store.objects.forEach((name, count) -> assertEquals(1, count.get(), name));
    assertEquals(300, store.posts.get(), "200 first attempts plus 100 resends of lost requests");
  }

  @Test
  void stopsWhenTheReadBackFails() {
    AtomicInteger creates = new AtomicInteger();
    CreateGuard guard = new CreateGuard(5, new Backoff(Duration.ZERO, Duration.ZERO, b -> 0),
        Sleeper.system(), DebugLog.off(new Redactor()));
    HttpFailure readFailure = new HttpFailure(HttpFailure.Kind.STATUS, OptionalInt.of(503), "down");

    HttpFailure thrown = assertThrows(HttpFailure.class, () -> guard.create("x", () -> {
      creates.incrementAndGet();
      throw new HttpFailure(HttpFailure.Kind.TRANSPORT, OptionalInt.empty(), "reset");
    }, () -> {
      throw readFailure;
    }));

    assertEquals(readFailure, thrown);
    assertEquals(1, creates.get(), "an unreadable state is never taken as absent");
  }

  private static final class ObjectStore extends Dispatcher {
    final Map<String, AtomicInteger> objects = new ConcurrentHashMap<>();
    final AtomicInteger posts = new AtomicInteger();

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      if (request.getMethod().equals("GET")) {
        String name = request.getUrl().pathSegments().get(1);
        return new MockResponse.Builder().code(objects.containsKey(name) ? 200 : 404).build();
      }
      posts.incrementAndGet();
      String name = request.getBody().string(StandardCharsets.UTF_8);
      boolean processBeforeDropping = Integer.parseInt(name.substring(4)) % 2 == 0;
      boolean firstTry = !objects.containsKey(name);
      if (processBeforeDropping || !firstTry || seen.putIfAbsent(name, true) != null) {
        objects.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
        if (!processBeforeDropping) {
          return new MockResponse.Builder().code(201).body(name).build();
        }
      }
      return new MockResponse.Builder()
          .onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build();
    }

    private final Map<String, Boolean> seen = new ConcurrentHashMap<>();
  }
}
