package dev.tiac.providers;

import dev.tiac.plan.LiveResource;
import dev.tiac.plan.desired.DesiredResource;

/** A kind whose objects tiac can create. */
@FunctionalInterface
public interface Creator {
  /** Creates the object and returns it as the service now shows it. */
  LiveResource create(DesiredResource desired);
}
