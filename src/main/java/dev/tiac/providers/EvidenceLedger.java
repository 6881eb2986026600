package dev.tiac.providers;

import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.Evidence;
import dev.tiac.contract.Source;
import dev.tiac.contract.Unverified;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The evidence a refresh read for each console setting under the runbook driver, and what of each
 * setting no evidence showed, kept so the plan and the correlation readiness can say what it rests
 * on without asking the services twice.
 */
public final class EvidenceLedger {
  private final Map<Address, Evidence> seen = new ConcurrentHashMap<>();
  private final Map<Address, Blind> attested = new ConcurrentHashMap<>();

  /** What of an attested setting no evidence showed, and the attestation it stands on. */
  private record Blind(List<String> attributes, Optional<Source.Attestation> attestation) {}

  void record(Address address, Evidence evidence) {
    seen.put(address, evidence);
  }

  /** A setting that stands on an attestation: {@code blind} is what of it no evidence showed in this run. */
  void attested(Address address, List<String> blind, Optional<Source.Attestation> attestation) {
    attested.put(address, new Blind(List.copyOf(blind), attestation));
  }

  public Optional<Evidence> of(Address address) {
    return Optional.ofNullable(seen.get(address));
  }

  /**
   * The plan's changes, each marked with what of its live side no API showed in this run: the
   * attributes no evidence vouched for, and the secrets the file declares (no API shows one back).
   */
  public List<Change> mark(List<Change> changes, List<DesiredResource> desired) {
    return changes.stream().map(c -> Optional.ofNullable(attested.get(c.address())).flatMap(b -> {
      Set<String> names = new TreeSet<>(b.attributes());
      desired.stream().filter(d -> d.address().equals(c.address())).forEach(d -> names.addAll(d.secrets().keySet()));
      return names.isEmpty() ? Optional.<Change>empty() : Optional.of(c.withUnverified(new Unverified(List.copyOf(names), b.attestation())));
    }).orElse(c)).toList();
  }
}
