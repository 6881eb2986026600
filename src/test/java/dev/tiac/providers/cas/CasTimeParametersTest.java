package dev.tiac.providers.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiac.http.DebugLog;
import dev.tiac.http.HttpClients;
import dev.tiac.http.HttpSettings;
import dev.tiac.http.Redactor;
import dev.tiac.http.Secret;
import dev.tiac.http.Sleeper;
import dev.tiac.time.WireTime;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * Every time a CAS client sends is in the documented {@code yyyy-mm-ddThh:mm:ss[.mmm]Z}, even when
 * the clock has nanoseconds: the server here refuses anything else with 400, as documented servers do.
 */
class CasTimeParametersTest {
  static final Instant NANOS = Instant.parse("2026-11-30T04:22:44.160104639Z");

  @StartStop final MockWebServer server = new MockWebServer();
  final List<HttpUrl> asked = new ArrayList<>();

  CasClient client(Clock clock) {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        synchronized (asked) {
          asked.add(request.getUrl());
        }
        for (String name : request.getUrl().queryParameterNames()) {
          String value = request.getUrl().queryParameter(name);
          if ((name.equals("start") || name.equals("end")) && !WireTime.documented(value)) {
            return new MockResponse.Builder().code(400)
                .body("{\"code\":400,\"traceId\":\"t\",\"msg\":\"Invalid time format\"}").build();
          }
        }
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
            .body("{\"value\":[],\"security_events\":[],\"actions\":[],\"rules\":{},\"next_link\":\"\"}").build();
      }
    });
    Map<CasRegion, URI> urls = new EnumMap<>(CasRegion.class);
    urls.put(CasRegion.US, server.url("/").uri());
    HttpClients http = new HttpClients(HttpSettings.defaults(), DebugLog.off(new Redactor()), clock, Sleeper.system());
    return new CasClient(new CasSettings(CasRegion.US, Secret.of("cas-token-0123456789abcdef"), urls, 1000), http);
  }

  @Test
  void everyTimeParameterOfEveryCallMatchesTheDocumentedFormat() {
    Clock clock = Clock.fixed(NANOS, ZoneOffset.UTC);
    CasClient cas = client(clock);
    for (ApiType type : ApiType.values()) {
      assertEquals(200, cas.answers(type), type.fileName());
    }
    cas.securityEvents("exchange", "securityrisk", Optional.of(NANOS.minusSeconds(300)), Optional.of(NANOS)).count();
    new CasEvidence(cas, clock).policy("Default Exchange Policy ATP");

    List<String> times = new ArrayList<>();
    for (HttpUrl url : asked) {
      for (String name : List.of("start", "end")) {
        String value = url.queryParameter(name);
        if (value != null) {
          times.add(value);
          assertTrue(WireTime.documented(value), url.toString());
        }
      }
    }
    // Two per mitigation probe, two per security-events read (one direct, up to three by the policy check).
    assertTrue(times.size() >= 8, times.toString());
    assertTrue(times.contains("2026-11-30T04:22:44.160Z"), times.toString());
  }
}
