package dev.tiac.providers;

import dev.tiac.plan.LiveResource;

/** A kind whose objects tiac can delete (only ever those it created). */
@FunctionalInterface
public interface Deleter {
  void delete(LiveResource live);
}
