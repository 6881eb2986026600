package dev.tiac.contract.spi;

import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.LiveResource;

/** A kind whose objects tiac can create. */
@FunctionalInterface
public interface Creator {
  /** Creates the object and returns it as the service now shows it. */
  LiveResource create(DesiredResource desired);
}
