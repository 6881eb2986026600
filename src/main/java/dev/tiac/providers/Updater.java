package dev.tiac.providers;

import dev.tiac.plan.LiveResource;
import dev.tiac.plan.desired.DesiredResource;

/** A kind whose objects tiac can change in place. */
@FunctionalInterface
public interface Updater {
  LiveResource update(DesiredResource desired, LiveResource live);
}
