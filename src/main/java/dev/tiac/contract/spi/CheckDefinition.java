package dev.tiac.contract.spi;

import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.contract.DesiredResource.OptIn;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The definition of a check: a kind that is judged, never changed, so nothing about changing it applies. */
public interface CheckDefinition extends KindDefinition {
  @Override
  default Optional<OptIn> optIn() {
    return Optional.empty();
  }

  @Override
  default Optional<String> neverDeleted() {
    return Optional.of("it is a check, never changed");
  }

  @Override
  default int applyCalls(Change change) {
    return 0;
  }

  /** A check is never planned as an action, so there is nothing to judge. */
  @Override
  default Change judge(Change change, Set<OptIn> optIns, Optional<LiveResource> live) {
    return change;
  }

  @Override
  default Optional<String> deleted(Address address, Optional<LiveResource> live) {
    return Optional.empty();
  }

  @Override
  default List<String> consoleSteps(Change change, Map<String, Value> desired) {
    return List.of();
  }
}
