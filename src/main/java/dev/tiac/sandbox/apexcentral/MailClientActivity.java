package dev.tiac.sandbox.apexcentral;

import dev.tiac.sandbox.world.Endpoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Endpoint Sensor trace an endpoint's default mail client leaves: its process runs every day
 * someone reads mail on an online endpoint. A file-name search for that client finds the endpoint
 * (the last run an hour ago, the first a day before); an offline endpoint, or a server where
 * nobody reads mail, leaves no trace, so silence there says nothing.
 */
final class MailClientActivity {
  private static final int FILE_NAME = 3;
  private static final long HOUR = 3_600;

  private MailClientActivity() {}

  /** Hits for a single-criterion file-name search, on endpoints {@code found} does not already hold. */
  static List<TelemetrySearch.Hit> hits(Tenant tenant, List<Criterion> criteria, List<TelemetrySearch.Hit> found, long now) {
    if (criteria.size() != 1 || criteria.get(0).typeId() != FILE_NAME || criteria.get(0).contain()) {
      return List.of();
    }
    Set<Integer> already = new HashSet<>();
    found.forEach(h -> already.add(h.endpoint()));
    List<TelemetrySearch.Hit> hits = new ArrayList<>();
    List<Endpoint> endpoints = tenant.world().endpoints();
    for (int i = 0; i < endpoints.size(); i++) {
      Endpoint e = endpoints.get(i);
      String client = tenant.console().apexCentral().emailClientOf(e);
      if (!e.online() || already.contains(i) || !criteria.get(0).matches(client)) {
        continue;
      }
      hits.add(new TelemetrySearch.Hit(i, List.of(Map.of(client, new long[] {now - 25 * HOUR, now - HOUR}))));
    }
    return hits;
  }
}
