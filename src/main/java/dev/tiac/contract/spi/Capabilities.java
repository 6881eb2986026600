package dev.tiac.contract.spi;

import dev.tiac.contract.ResourceKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which kinds can be created, updated or deleted, and by whom; a kind lacking a capability makes
 * the matching change fail with a message instead of doing something else.
 */
public final class Capabilities {
  private final Map<ResourceKind, Object> byKind = new EnumMap<>(ResourceKind.class);

  public Capabilities with(ResourceKind kind, Object implementation) {
    byKind.put(kind, implementation);
    return this;
  }

  public Optional<Creator> creator(ResourceKind kind) {
    return Optional.ofNullable(byKind.get(kind)).filter(Creator.class::isInstance).map(Creator.class::cast);
  }

  public Optional<Updater> updater(ResourceKind kind) {
    return Optional.ofNullable(byKind.get(kind)).filter(Updater.class::isInstance).map(Updater.class::cast);
  }

  public Optional<Deleter> deleter(ResourceKind kind) {
    return Optional.ofNullable(byKind.get(kind)).filter(Deleter.class::isInstance).map(Deleter.class::cast);
  }
}
