package dev.tiac.query;

import dev.tiac.query.source.Service;
import java.util.EnumMap;
import java.util.Map;

/**
 * Requests sent per service against the fewest that could have answered the same query with the
 * data it met (pages of 1,000 mails, 50 directory keys a search, one investigation per stage).
 */
public record CallReport(Map<Service, Integer> sent, Map<Service, Integer> minimum) {
  public CallReport {
    sent = Map.copyOf(sent);
    minimum = Map.copyOf(minimum);
  }

  public int sent(Service s) {
    return sent.getOrDefault(s, 0);
  }

  public int minimum(Service s) {
    return minimum.getOrDefault(s, 0);
  }

  static CallReport between(Map<Service, Integer> before, Map<Service, Integer> after, Map<Service, Integer> minimum) {
    Map<Service, Integer> sent = new EnumMap<>(Service.class);
    for (Service s : Service.values()) {
      sent.put(s, after.getOrDefault(s, 0) - before.getOrDefault(s, 0));
    }
    return new CallReport(sent, minimum);
  }
}
