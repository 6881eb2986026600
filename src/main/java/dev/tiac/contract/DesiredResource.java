package dev.tiac.contract;

import dev.tiac.config.diagnostics.SourceLocation;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One resource as the file wants it. Attributes are typed values in canonical form (set-like lists
 * sorted, case folded where the service folds it) so that comparing with live state is plain
 * equality; secret attributes hold only their {@code ${…}} expression, resolved when a run needs
 * the value.
 */
public record DesiredResource(
    Address address,
    Map<String, Value> attributes,
    Map<String, String> secrets,
    Set<Address> dependsOn,
    Set<OptIn> optIns,
    SourceLocation declaredAt) {
  public DesiredResource {
    attributes = new TreeMap<>(attributes);
    attributes = java.util.Collections.unmodifiableMap(attributes);
    secrets = java.util.Collections.unmodifiableMap(new TreeMap<>(secrets));
    dependsOn = Set.copyOf(dependsOn);
    optIns = Set.copyOf(optIns);
  }

  /** Explicit permissions the file grants for changes that cannot be taken back. */
  public enum OptIn {
    WEAKEN,
    DELETE,
    ROTATE,
    REISSUE,
    TAKEOVER
  }
}
