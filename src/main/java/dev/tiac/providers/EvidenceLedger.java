package dev.tiac.providers;

import dev.tiac.contract.Address;
import dev.tiac.contract.Evidence;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The evidence a refresh read for each console setting under the runbook driver, kept so the
 * correlation readiness can say what it rests on without asking the services twice.
 */
public final class EvidenceLedger {
  private final Map<Address, Evidence> seen = new ConcurrentHashMap<>();

  void record(Address address, Evidence evidence) {
    seen.put(address, evidence);
  }

  public Optional<Evidence> of(Address address) {
    return Optional.ofNullable(seen.get(address));
  }
}
