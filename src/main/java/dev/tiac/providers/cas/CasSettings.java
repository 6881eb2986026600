package dev.tiac.providers.cas;

import dev.tiac.http.Secret;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One CAS connection. {@code endpoints} maps every region to its base URL: the real hosts by
 * default, a sandbox's loopback URLs in tests. {@code requestsPerMinute} is the client-side pace
 * per token (CAS refuses the 21st request in a minute) within {@code paceWindow}, one minute
 * except against a sandbox whose rate window was shortened for a test.
 */
public record CasSettings(CasRegion region, Secret token, Map<CasRegion, URI> endpoints,
    int requestsPerMinute, java.time.Duration paceWindow) {
  public CasSettings {
    Objects.requireNonNull(region);
    Objects.requireNonNull(token);
    endpoints = Map.copyOf(endpoints);
    if (!endpoints.containsKey(region)) {
      throw new IllegalArgumentException("no base URL for CAS region " + region);
    }
    if (requestsPerMinute < 1) {
      throw new IllegalArgumentException("requestsPerMinute must be at least 1");
    }
    if (paceWindow.isZero() || paceWindow.isNegative()) {
      throw new IllegalArgumentException("the pace window must be positive");
    }
  }

  public CasSettings(CasRegion region, Secret token, Map<CasRegion, URI> endpoints,
      int requestsPerMinute) {
    this(region, token, endpoints, requestsPerMinute, java.time.Duration.ofMinutes(1));
  }

  /** Paces at {@code requests} per {@code window}, matching a sandbox's configured budget. */
  public CasSettings withPace(int requests, java.time.Duration window) {
    return new CasSettings(region, token, endpoints, requests, window);
  }

  public static CasSettings of(CasRegion region, Secret token) {
    Map<CasRegion, URI> real = new EnumMap<>(CasRegion.class);
    for (CasRegion r : CasRegion.values()) {
      real.put(r, r.baseUrl());
    }
    return new CasSettings(region, token, real, 20);
  }

  public URI baseUrl() {
    return endpoints.get(region);
  }

  /** The same tenant and pace with another of its tokens (one the desired-state file delivers). */
  public CasSettings withToken(Secret other) {
    return new CasSettings(region, other, endpoints, requestsPerMinute, paceWindow);
  }

  public CasSettings withRegion(CasRegion other) {
    return new CasSettings(other, token, endpoints, requestsPerMinute, paceWindow);
  }
}
