package dev.tiac.apply;

import dev.tiac.contract.Address;
import dev.tiac.contract.Change;
import dev.tiac.contract.LiveResource;
import dev.tiac.contract.Value;
import dev.tiac.state.Attributes;
import dev.tiac.state.ResourceState;
import dev.tiac.state.SecretFingerprinter;
import dev.tiac.state.StateSession;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Records applied changes in the locked state session, one save per mutating call. Secrets are
 * kept only as keyed fingerprints; ownership, once tiac created an object, is never lost.
 */
public final class SessionRecorder implements StateRecorder {
  private final StateSession session;
  private final SecretFingerprinter fingerprinter;
  private final Clock clock;

  public SessionRecorder(StateSession session, SecretFingerprinter fingerprinter, Clock clock) {
    this.session = session;
    this.fingerprinter = fingerprinter;
    this.clock = clock;
  }

  private final java.util.List<ResourceState> queued = new java.util.ArrayList<>();
  private final Object saving = new Object();

  /**
   * Queues the record, then saves: whichever caller gets the save lock writes every record queued
   * so far in one go, so parallel changes share a write; each caller returns only once its own
   * record is on disk.
   */
  @Override
  public void applied(Address address, LiveResource live, boolean created, Map<String, String> secrets) {
    ResourceState next = build(address, live, created, secrets);
    synchronized (queued) {
      queued.add(next);
    }
    synchronized (saving) {
      java.util.List<ResourceState> batch;
      synchronized (queued) {
        batch = java.util.List.copyOf(queued);
        queued.clear();
      }
      if (!batch.isEmpty()) {
        session.recordAll(batch);
      }
    }
  }

  private ResourceState build(Address address, LiveResource live, boolean created, Map<String, String> secrets) {
    String key = address.toString();
    // An update of an object a killed run was creating finishes that creation: it stays tiac's.
    boolean owned = created || session.resource(key).map(ResourceState::owned).orElse(false) || session.state().creating().contains(key);
    ResourceState next = ResourceState.of(key, address.kind().type(), live.remoteId(), owned, Attributes.of(Value.map(live.attributes()).toJson()), clock.instant());
    ResourceState previous = session.resource(key).orElse(null);
    if (previous != null) {
      for (var secret : previous.secrets().entrySet()) {
        next = next.withSecret(secret.getKey(), secret.getValue());
      }
      if (previous.attestation().isPresent()) {
        next = next.withAttestation(previous.attestation().get());
      }
    }
    for (var secret : secrets.entrySet()) {
      next = next.withSecret(secret.getKey(), fingerprinter.fingerprint(key, secret.getKey(), secret.getValue().toCharArray()));
    }
    return next;
  }

  @Override
  public void creating(List<Address> addresses) {
    if (!addresses.isEmpty()) {
      synchronized (saving) {
        session.creating(addresses.stream().map(Address::toString).toList());
      }
    }
  }

  /**
   * Settles the creations an earlier run began and never recorded (it died waiting for the
   * answer): an object found live that needs no change was made by that run and is recorded as
   * tiac's; one that exists nowhere and that this run will not create is forgotten. The others
   * settle when this run creates or changes them.
   */
  public void settle(List<Change> changes, Map<Address, LiveResource> live) {
    Set<Address> acting = new HashSet<>();
    changes.stream().filter(Change::isAction).forEach(c -> acting.add(c.address()));
    for (String key : session.state().creating()) {
      Optional<Address> address = Address.parse(key);
      if (address.isPresent() && acting.contains(address.get())) {
        continue;
      }
      if (address.isPresent() && live.containsKey(address.get())) {
        applied(address.get(), live.get(address.get()), true, Map.of());
      } else {
        synchronized (saving) {
          session.remove(key);
        }
      }
    }
  }

  @Override
  public void deleted(Address address) {
    synchronized (saving) {
      session.remove(address.toString());
    }
  }
}
