package dev.tiac.query.source;

import java.util.EnumMap;
import java.util.Map;

/** Requests actually sent, per service, retries included: what the servers themselves record. */
public interface CallCounter {
  int count(Service service);

  default Map<Service, Integer> snapshot() {
    Map<Service, Integer> out = new EnumMap<>(Service.class);
    for (Service s : Service.values()) {
      out.put(s, count(s));
    }
    return out;
  }
}
