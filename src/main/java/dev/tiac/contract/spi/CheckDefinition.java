package dev.tiac.contract.spi;

import dev.tiac.contract.Change;
import dev.tiac.contract.DesiredResource.OptIn;
import java.util.Optional;

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
}
