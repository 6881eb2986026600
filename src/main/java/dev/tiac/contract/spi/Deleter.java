package dev.tiac.contract.spi;

import dev.tiac.contract.LiveResource;

/** A kind whose objects tiac can delete (only ever those it created). */
@FunctionalInterface
public interface Deleter {
  void delete(LiveResource live);
}
