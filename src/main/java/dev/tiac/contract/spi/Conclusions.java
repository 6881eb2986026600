package dev.tiac.contract.spi;

import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.LiveResource;
import dev.tiac.state.Attestation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks no single resource answers, drawn from the whole plan once every resource was compared:
 * the correlation readiness. They are added to the plan's changes, never applied.
 */
@FunctionalInterface
public interface Conclusions {
  /** The plan's changes with the conclusions added. */
  List<Change> draw(Facts facts);

  /** Everything a plan saw: its changes, the file, the live view and who attested what. */
  record Facts(List<Change> changes, List<DesiredResource> desired, Map<Address, LiveResource> live,
      Function<Address, Optional<Attestation>> attestations) {
    public Facts {
      changes = List.copyOf(changes);
      desired = List.copyOf(desired);
      live = Map.copyOf(live);
    }
  }
}
