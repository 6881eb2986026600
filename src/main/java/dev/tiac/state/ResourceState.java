package dev.tiac.state;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What tiac knows about one managed object.
 *
 * @param address stable resource address, e.g. {@code cas.policy["Default Exchange Policy ATP"]}
 * @param kind resource type, e.g. {@code cas.policy}
 * @param remoteId the id the service gave the object, when it has one
 * @param owned true only when tiac created the object; prune may delete nothing else
 * @param attributes non-secret attributes as last applied
 * @param secrets keyed fingerprints of write-only secrets, by attribute name
 * @param attestation operator confirmation of a runbook step, if any
 */
public record ResourceState(
    String address,
    String kind,
    Optional<String> remoteId,
    boolean owned,
    Attributes attributes,
    Map<String, Fingerprint> secrets,
    Optional<Attestation> attestation,
    Instant createdAt,
    Instant updatedAt) {

  public ResourceState {
    if (address.isBlank() || kind.isBlank()) {
      throw new IllegalArgumentException("a resource needs an address and a kind");
    }
    Objects.requireNonNull(remoteId, "remoteId");
    Objects.requireNonNull(attributes, "attributes");
    Objects.requireNonNull(attestation, "attestation");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    secrets = Collections.unmodifiableSortedMap(new TreeMap<>(secrets));
  }

  /** A new entry, created and updated now, with no secrets or attestation yet. */
  public static ResourceState of(
      String address, String kind, Optional<String> remoteId, boolean owned, Attributes attributes, Instant now) {
    return new ResourceState(
        address, kind, remoteId, owned, attributes, Map.of(), Optional.empty(), now, now);
  }

  public ResourceState withRemoteId(String id) {
    return new ResourceState(address, kind, Optional.of(id), owned, attributes, secrets, attestation, createdAt, updatedAt);
  }

  public ResourceState withAttributes(Attributes next) {
    return new ResourceState(address, kind, remoteId, owned, next, secrets, attestation, createdAt, updatedAt);
  }

  public ResourceState withSecret(String attribute, Fingerprint fingerprint) {
    Map<String, Fingerprint> next = new TreeMap<>(secrets);
    next.put(attribute, fingerprint);
    return new ResourceState(address, kind, remoteId, owned, attributes, next, attestation, createdAt, updatedAt);
  }

  public ResourceState withAttestation(Attestation confirmed) {
    return new ResourceState(
        address, kind, remoteId, owned, attributes, secrets, Optional.of(confirmed), createdAt, updatedAt);
  }

  public ResourceState updatedAt(Instant when) {
    return new ResourceState(address, kind, remoteId, owned, attributes, secrets, attestation, createdAt, when);
  }

  /** Equal in everything but {@code updatedAt}, which alone must not count as a change. */
  public boolean sameContentAs(ResourceState other) {
    return equals(other.updatedAt(updatedAt));
  }
}
