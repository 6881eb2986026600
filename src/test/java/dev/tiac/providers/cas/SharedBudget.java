package dev.tiac.providers.cas;

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

/**
 * One measured run of CAS sweeps through the real client and pacer against {@link NeighbourCas},
 * on a fake clock: the figures the shared-budget test asserts and the benchmark reports.
 */
public final class SharedBudget {
  private SharedBudget() {}

  /** What a run of {@code calls} sweeps beside a neighbour came to. */
  public record Figures(int failures, int served, int refused, int intoFullWindow, Duration waited, List<Wait> notices) {}

  /** A MockWebServer that answers without Nagle's 40 ms stalls; start it before {@link #measure}. */
  public static MockWebServer server() {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSockets());
    return server;
  }

  public static Figures measure(MockWebServer server, int neighbourPerMinute, int calls) {
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
    for (int i = 0; i < calls; i++) {
      try {
        client.sweepMails(new SweepQuery(Map.of("lastndays", "1", "limit", "1"))).findFirst().orElseThrow();
      } catch (RuntimeException e) {
        failures++;
      }
    }
    return new Figures(failures, cas.served(), cas.refused(), cas.intoFullWindowAfterFirstRefusal(), time.slept(), notices);
  }
}
