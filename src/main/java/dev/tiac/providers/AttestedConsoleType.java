package dev.tiac.providers;

import dev.tiac.plan.Address;
import dev.tiac.plan.LiveResource;
import dev.tiac.plan.ResourceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A console-only kind under the runbook driver. No API can read the setting, so what is live is
 * what an operator last attested, overruled by whatever evidence the real APIs do show (Endpoint
 * Sensor off on a policy's endpoints, a token the service refuses): that is how drift shows.
 */
public final class AttestedConsoleType implements ResourceType {
  private final ResourceKind kind;
  private final Function<Address, Map<String, String>> evidence;

  /** {@code evidence} returns the attributes the APIs can vouch for, empty when they show nothing. */
  public AttestedConsoleType(ResourceKind kind, Function<Address, Map<String, String>> evidence) {
    this.kind = kind;
    this.evidence = evidence;
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
      Optional<Map<String, String>> attested = context.lastApplied().apply(address);
      Map<String, String> seen = evidence.apply(address);
      if (attested.isEmpty() && seen.isEmpty()) {
        continue;
      }
      Map<String, String> attributes = new HashMap<>(attested.orElse(Map.of()));
      attributes.putAll(seen);
      live.add(LiveResource.of(address, attributes));
    }
    return live;
  }
}
