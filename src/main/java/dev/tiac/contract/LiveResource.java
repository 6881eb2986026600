package dev.tiac.contract;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One resource as the services show it, its attributes typed as the desired side types them.
 * Attributes that only evidence can show (console settings under the runbook driver) are absent
 * when no evidence exists, which is "unknown", never "deleted".
 */
public record LiveResource(Address address, Map<String, Value> attributes, Optional<String> remoteId) {
  /**
   * A generated secret's {@code deliverTo} when the run that created it died before the answer
   * (the only place the value ever appears) arrived: nobody holds it, so replacing it costs nothing.
   */
  public static final String NEVER_DELIVERED = "never delivered";

  public LiveResource {
    attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
  }

  public static LiveResource of(Address address, Map<String, Value> attributes) {
    return new LiveResource(address, attributes, Optional.empty());
  }
}
