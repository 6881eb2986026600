package dev.tiac.contract.spi;

import dev.tiac.contract.DesiredResource;
import dev.tiac.contract.LiveResource;

/** A kind whose objects tiac can change in place. */
@FunctionalInterface
public interface Updater {
  LiveResource update(DesiredResource desired, LiveResource live);
}
