package dev.tiac.state;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One snapshot of the state. Immutable: every change returns a new snapshot, so a snapshot handed
 * out by a backend can never be altered behind the backend's back.
 *
 * @param lineage fixed when the state is first created; a state of another lineage is never
 *     overwritten
 * @param serial grows by one each time the content changes
 * @param tiacVersion version of the tiac that wrote this snapshot
 * @param keyId identifies the key the secret fingerprints were made with (never the key itself)
 * @param resources entries sorted by address
 * @param creating addresses an apply began creating and has not recorded yet: a run killed after
 *     the service made the object but before its answer arrived leaves one here, so the next run
 *     knows the object it finds is tiac's and not someone else's
 * @param binding the setup and tenant the state was written against; {@link StateBinding#NONE}
 *     in a state older than bindings, until its next apply
 */
public record State(
    UUID lineage,
    long serial,
    String tiacVersion,
    Optional<String> keyId,
    SortedMap<String, ResourceState> resources,
    SortedSet<String> creating,
    StateBinding binding) {

  public State {
    Objects.requireNonNull(lineage, "lineage");
    Objects.requireNonNull(tiacVersion, "tiacVersion");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(binding, "binding");
    if (serial < 0) {
      throw new IllegalArgumentException("serial must not be negative: " + serial);
    }
    TreeMap<String, ResourceState> copy = new TreeMap<>(resources);
    copy.forEach(
        (address, resource) -> {
          if (!address.equals(resource.address())) {
            throw new IllegalArgumentException(
                "resource " + resource.address() + " filed under address " + address);
          }
        });
    resources = Collections.unmodifiableSortedMap(copy);
    creating = Collections.unmodifiableSortedSet(new TreeSet<>(creating));
  }

  /** A state bound to nothing (as every state was before bindings). */
  public State(UUID lineage, long serial, String tiacVersion, Optional<String> keyId,
      SortedMap<String, ResourceState> resources, SortedSet<String> creating) {
    this(lineage, serial, tiacVersion, keyId, resources, creating, StateBinding.NONE);
  }

  /** A state with no creation under way. */
  public State(UUID lineage, long serial, String tiacVersion, Optional<String> keyId, SortedMap<String, ResourceState> resources) {
    this(lineage, serial, tiacVersion, keyId, resources, new TreeSet<>());
  }

  /** A brand-new state with a fresh lineage and nothing in it; serial 0 means never written. */
  public static State create(String tiacVersion, Optional<String> keyId) {
    return new State(UUID.randomUUID(), 0, tiacVersion, keyId, new TreeMap<>(), new TreeSet<>(), StateBinding.NONE);
  }

  public Optional<ResourceState> resource(String address) {
    return Optional.ofNullable(resources.get(address));
  }

  /** Records a resource; a creation under way at its address is thereby finished. */
  public State with(ResourceState resource) {
    TreeMap<String, ResourceState> next = new TreeMap<>(resources);
    next.put(resource.address(), resource);
    return new State(lineage, serial, tiacVersion, keyId, next, settled(resource.address()), binding);
  }

  /** Notes that creations at these addresses are about to start. */
  public State creating(java.util.Collection<String> addresses) {
    TreeSet<String> next = new TreeSet<>(creating);
    next.addAll(addresses);
    return new State(lineage, serial, tiacVersion, keyId, resources, next, binding);
  }

  private TreeSet<String> settled(String address) {
    TreeSet<String> next = new TreeSet<>(creating);
    next.remove(address);
    return next;
  }

  public State without(String address) {
    TreeMap<String, ResourceState> next = new TreeMap<>(resources);
    next.remove(address);
    return new State(lineage, serial, tiacVersion, keyId, next, settled(address), binding);
  }

  public State withSerial(long next) {
    return new State(lineage, next, tiacVersion, keyId, resources, creating, binding);
  }

  public State withTiacVersion(String version) {
    return new State(lineage, serial, version, keyId, resources, creating, binding);
  }

  public State withKeyId(String id) {
    return new State(lineage, serial, tiacVersion, Optional.of(id), resources, creating, binding);
  }

  public State withBinding(StateBinding next) {
    return new State(lineage, serial, tiacVersion, keyId, resources, creating, next);
  }

  /** Same lineage, key, resources, creations and binding: what decides whether a write needs a new serial. */
  public boolean sameContentAs(State other) {
    return lineage.equals(other.lineage)
        && keyId.equals(other.keyId)
        && resources.equals(other.resources)
        && creating.equals(other.creating)
        && binding.equals(other.binding);
  }

  /** Short form for messages: lineage and serial, never resource details. */
  public String describe() {
    return "lineage " + lineage + ", serial " + serial;
  }
}
