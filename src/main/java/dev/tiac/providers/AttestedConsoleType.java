package dev.tiac.providers;

import dev.tiac.contract.Address;
import dev.tiac.contract.Evidence;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.ResourceKind;
import dev.tiac.contract.Value;
import dev.tiac.contract.spi.ReadContext;
import dev.tiac.contract.spi.ResourceType;
import java.util.ArrayList;
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
 */
public final class AttestedConsoleType implements ResourceType {
  private final ResourceKind kind;
  private final Function<Address, Evidence> evidence;
  private final EvidenceLedger ledger;

  public AttestedConsoleType(ResourceKind kind, Function<Address, Evidence> evidence, EvidenceLedger ledger) {
    this.kind = kind;
    this.evidence = evidence;
    this.ledger = ledger;
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
      Optional<Map<String, Value>> attested = context.lastApplied().apply(address);
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
    }
    return live;
  }
}
