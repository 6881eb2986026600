package dev.tiac.providers;

import dev.tiac.contract.Address;
import dev.tiac.contract.Evidence;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Source;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.ReadContext;
import dev.tiac.contract.spi.ResourceType;
import dev.tiac.state.Attestation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A console-only kind under the runbook driver. No API can read the setting, so what is live is
 * what an operator last attested, overruled by whatever evidence the real APIs do show (Endpoint
 * Sensor off on a policy's endpoints, detections by a policy attested OFF, a token the service no
 * longer knows): that is how drift shows. Evidence that shows nothing changes nothing.
 *
 * <p>A kind with one live object at a time (the synchronization tool: only the latest download
 * works) is what was attested last, whatever it is called: a server declared in place of the
 * attested one reads as that one, so the plan shows the move as a replacement of it.
 */
public final class AttestedConsoleType implements ResourceType {
  private final ResourceKind kind;
  private final Function<Address, Evidence> evidence;
  private final EvidenceLedger ledger;
  private final boolean singleton;

  public AttestedConsoleType(ResourceKind kind, Function<Address, Evidence> evidence, EvidenceLedger ledger) {
    this(kind, evidence, ledger, false);
  }

  /** {@code singleton}: the kind has one live object at a time, the one attested last. */
  public AttestedConsoleType(ResourceKind kind, Function<Address, Evidence> evidence, EvidenceLedger ledger, boolean singleton) {
    this.kind = kind;
    this.evidence = evidence;
    this.ledger = ledger;
    this.singleton = singleton;
  }

  @Override
  public ResourceKind kind() {
    return kind;
  }

  @Override
  public List<LiveResource> list(ReadContext context) {
    List<LiveResource> live = new ArrayList<>();
    for (Address address : context.declared()) {
      if (address.kind() != kind) {
        continue;
      }
      Optional<Address> source = singleton ? latest(context, Optional.of(address)).or(() -> Optional.of(address)) : Optional.of(address);
      Optional<Map<String, Value>> attested = source.flatMap(context.lastApplied()::apply);
      Evidence seen = evidence.apply(address);
      ledger.record(address, seen);
      // Shown gone outweighs any attestation; shown at work stands even before one.
      if (seen.presence() == Evidence.Presence.GONE
          || (attested.isEmpty() && seen.presence() != Evidence.Presence.SHOWN)) {
        continue;
      }
      Map<String, Value> attributes = new HashMap<>(attested.orElse(Map.of()));
      attributes.putAll(seen.vouched());
      live.add(LiveResource.of(address, attributes));
      // What the file declares that stands only on the attestation: no API of this run showed it.
      List<String> blind = attested.orElse(Map.of()).keySet().stream()
          .filter(context.desired().apply(address)::containsKey).filter(a -> !seen.vouched().containsKey(a)).toList();
      if (attested.isPresent()) {
        ledger.attested(address, blind, source.flatMap(context.attestations()).map(a -> new Source.Attestation(a.who(), a.at())));
      }
    }
    if (singleton) {
      // The one attested last is live under its own name too, so a plan that moves it says what becomes of it.
      latest(context, Optional.empty()).filter(a -> !context.declared().contains(a))
          .ifPresent(a -> live.add(LiveResource.of(a, context.lastApplied().apply(a).orElseThrow())));
    }
    return live;
  }

  /**
   * The recorded object of this kind attested last; on a tie, {@code preferred}. Another address
   * attested after the declared one (or instead of it) is the live one.
   */
  private Optional<Address> latest(ReadContext context, Optional<Address> preferred) {
    return context.recorded().stream().filter(a -> a.kind() == kind)
        .filter(a -> context.lastApplied().apply(a).isPresent())
        .max(Comparator.comparing((Address a) -> context.attestations().apply(a).map(Attestation::at).orElse(Instant.MIN))
            .thenComparing(a -> preferred.map(a::equals).orElse(false))
            .thenComparing(Comparator.reverseOrder()));
  }
}
