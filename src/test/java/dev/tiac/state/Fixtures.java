package dev.tiac.state;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sample entries shaped like the resources tiac manages. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  static final String ATP = "cas.policy[\"Default Exchange Policy ATP\"]";
  static final String DOMAIN = "apexcentral.suspiciousObject[\"domain:evil.example\"]";
  static final String CLP = "apexcentral.cloudServiceSettings[\"default\"]";

  private Fixtures() {}

  static ResourceState policy(String status) {
    return ResourceState.of(ATP, "cas.policy", Optional.of("policy-17"), false,
        Attributes.of(Map.of("status", status, "targets", List.of("all-mailboxes"))), T0);
  }

  static ResourceState suspiciousDomain() {
    return ResourceState.of(DOMAIN, "apexcentral.suspiciousObject", Optional.of("so-4711"), true,
        Attributes.of(Map.of("type", "domain", "value", "evil.example", "scanAction", "block")), T0);
  }

  static State stateWith(ResourceState... resources) {
    State state = State.create("0.1.0-test", Optional.of("k1:0011223344556677"));
    for (ResourceState resource : resources) {
      state = state.with(resource);
    }
    return state.withSerial(1);
  }
}
