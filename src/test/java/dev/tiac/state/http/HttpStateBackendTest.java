package dev.tiac.state.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.state.LockRequest;
import dev.tiac.state.Sleeper;
import dev.tiac.state.State;
import dev.tiac.state.StateBackend;
import dev.tiac.state.StateBackendContract;
import dev.tiac.state.StateCodec;
import dev.tiac.state.StateLock;
import dev.tiac.state.StateLockedException;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.TreeMap;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpStateBackendTest extends StateBackendContract {
  private static final String PASSWORD = "canary-Pa55w0rd-7f3e9c";

  private final MockWebServer server = new MockWebServer();
  private final TerraformStateServer store = new TerraformStateServer("tiac-ci", PASSWORD, 409);

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(store);
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpBackendSettings settings() {
    return HttpBackendSettings.of(server.url("/state").uri(), server.url("/state/lock").uri())
        .withBasicAuth("tiac-ci", PASSWORD);
  }

  @Override
  protected StateBackend newClient() {
    return new HttpStateBackend(settings());
  }

  @Override
  protected StateBackend clientWithTime(Clock clock, Sleeper sleeper) {
    return new HttpStateBackend(settings(), new JdkHttpTransport(Duration.ofSeconds(5)), clock, sleeper);
  }

  @Test
  void storesUnderTheLockWithItsIdAndSendsCredentialsOnEveryCall() {
    StateBackend backend = newClient();
    State state = new State(UUID.randomUUID(), 1, "0.1.0-test", Optional.empty(), new TreeMap<>());
    try (StateLock lock = backend.lock(new LockRequest("apply", "0.1.0-test"), Duration.ZERO)) {
      backend.write(state);
      RecordedRequest post = store.requests().stream()
          .filter(r -> r.getMethod().equals("POST")).findFirst().orElseThrow();
      assertEquals(lock.info().id(), post.getUrl().queryParameter("ID"));
    }
    assertEquals(new String(StateCodec.encode(state)), store.storedState().orElseThrow());
    assertEquals(java.util.List.of("GET", "LOCK", "POST", "UNLOCK"),
        store.requests().stream().map(RecordedRequest::getMethod).sorted().toList());
    assertTrue(store.requests().stream().allMatch(r -> r.getHeaders().get("Authorization").startsWith("Basic ")));
  }

  @Test
  void wrongPasswordIsReportedWithoutEchoingAnyCredential() {
    StateBackend wrong = new HttpStateBackend(
        HttpBackendSettings.of(server.url("/state").uri(), server.url("/state/lock").uri())
            .withBasicAuth("tiac-ci", "wrong-" + PASSWORD));
    RemoteStateException refused = assertThrows(RemoteStateException.class, wrong::read);
    assertEquals("could not read state at http://" + server.getHostName() + ":" + server.getPort()
        + "/state: HTTP 401; check the backend username and password", refused.getMessage());
    assertFalse(refused.getMessage().contains(PASSWORD));
    assertFalse(settings().toString().contains(PASSWORD));
  }

  @Test
  void aLockedStateAnsweredWith423NamesTheHolderToo() throws IOException {
    server.close();
    try (MockWebServer locked = new MockWebServer()) {
      locked.setDispatcher(new TerraformStateServer("tiac-ci", PASSWORD, 423));
      locked.start();
      HttpBackendSettings at = HttpBackendSettings.of(locked.url("/state").uri(), locked.url("/state/lock").uri())
          .withBasicAuth("tiac-ci", PASSWORD);
      try (StateLock held = new HttpStateBackend(at).lock(new LockRequest("apply", "0.1.0-test"), Duration.ZERO)) {
        StateLockedException refused = assertThrows(StateLockedException.class,
            () -> new HttpStateBackend(at).lock(new LockRequest("plan", "0.1.0-test"), Duration.ZERO));
        assertEquals(held.info(), refused.holder().orElseThrow());
        assertFalse(refused.getMessage().contains(PASSWORD));
      }
    }
  }

  @Test
  void aWriteWithoutTheLockIsRefusedNamingWhoHoldsIt() {
    try (StateLock held = newClient().lock(new LockRequest("apply", "0.1.0-test"), Duration.ZERO)) {
      State state = new State(UUID.randomUUID(), 1, "0.1.0-test", Optional.empty(), new TreeMap<>());
      StateLockedException refused = assertThrows(StateLockedException.class, () -> newClient().write(state));
      assertEquals(held.info().id(), refused.holder().orElseThrow().id());
      assertEquals(Optional.empty(), store.storedState());
    }
  }

  @Test
  void refusesCredentialsEmbeddedInTheAddress() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> HttpBackendSettings.of(URI.create("https://ci:" + PASSWORD + "@gitlab.example/state"),
            URI.create("https://gitlab.example/state/lock")));
    assertEquals("put the credentials in username and password, not in the address https://gitlab.example/state",
        refused.getMessage());
  }
}
