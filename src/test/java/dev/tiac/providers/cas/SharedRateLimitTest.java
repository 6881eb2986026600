package dev.tiac.providers.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.http.DebugLog;
import dev.tiac.http.HttpClients;
import dev.tiac.http.HttpSettings;
import dev.tiac.http.Redactor;
import dev.tiac.http.RunDeadline;
import dev.tiac.http.Secret;
import dev.tiac.http.Wait;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Another integration already spends 15 of the token's 20 calls a minute, and CAS answers the
 * 21st with a bare 429, as documented. The client must wait out the window, learn its share and
 * keep to it, on a fake clock so the 200 minutes this takes pass in a moment.
 */
class SharedRateLimitTest {
  static final int CALLS = 1_000;

  @StartStop final MockWebServer server = fastServer();

  static MockWebServer fastServer() {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSockets());
    return server;
  }

  /** The figures of one run of {@link #CALLS} sweeps against a neighbour spending {@code neighbourPerMinute}. */
  record Figures(int failures, int served, int refused, int intoFullWindow, Duration waited, List<Wait> notices) {}

  static Figures run(MockWebServer server, int neighbourPerMinute) {
    FakeTime time = new FakeTime(Instant.parse("2026-11-30T04:00:00Z"));
    NeighbourCas cas = new NeighbourCas(time, neighbourPerMinute);
    server.setDispatcher(cas);
    List<Wait> notices = new CopyOnWriteArrayList<>();
    HttpClients http = new HttpClients(HttpSettings.defaults(), DebugLog.off(new Redactor()), time, time.sleeper(),
        notices::add, RunDeadline.none());
    Map<CasRegion, URI> urls = new EnumMap<>(CasRegion.class);
    urls.put(CasRegion.US, server.url("/").uri());
    CasClient client = new CasClient(new CasSettings(CasRegion.US, Secret.of("cas-shared-token-0123456789"), urls, 20), http);
    int failures = 0;
    for (int i = 0; i < CALLS; i++) {
      try {
        client.sweepMails(new SweepQuery(Map.of("lastndays", "1", "limit", "1"))).findFirst().orElseThrow();
      } catch (RuntimeException e) {
        failures++;
      }
    }
    return new Figures(failures, cas.served(), cas.refused(), cas.intoFullWindowAfterFirstRefusal(), time.slept(), notices);
  }

  @Test
  void thousandCallsBesideANeighbourSpendingFifteenOfTwentyFailNoneAndNeverHitAFullWindowAgain() {
    Figures f = run(server, 15);

    assertEquals(0, f.failures());
    assertEquals(CALLS, f.served());
    assertEquals(1, f.refused(), "one 429 teaches the client its share");
    assertEquals(0, f.intoFullWindow(), "no call sent into a full window after the first 429");
    // Our share is 5 a minute: 1,000 calls take 200 minutes, give or take the window's jitter.
    assertTrue(f.waited().compareTo(Duration.ofMinutes(198)) >= 0 && f.waited().compareTo(Duration.ofMinutes(205)) <= 0,
        "waited " + f.waited());
    Wait first = f.notices().get(0);
    assertEquals(Wait.Reason.SHARED_RATE_LIMIT, first.reason());
    assertTrue(first.length().compareTo(Duration.ofSeconds(59)) >= 0 && first.length().compareTo(Duration.ofSeconds(62)) <= 0,
        first.describe());
    assertTrue(first.describe().startsWith("Cloud App Security: waiting ")
        && first.describe().endsWith(" s for the rate limit (another client is using this token's budget)"), first.describe());
    assertTrue(f.notices().stream().allMatch(Wait::noticeable), "only waits over a second are told");
  }

  @Test
  void aloneTheClientKeepsToTwentyAMinuteAndIsRefusedAtMostOnce() {
    Figures f = run(server, 1);

    assertEquals(0, f.failures());
    assertTrue(f.refused() <= 1, "refused " + f.refused());
    assertEquals(0, f.intoFullWindow());
  }
}
